/**
 * The label sizes of every graphic as a stylesheet, made at build time from the layouts that
 * placed the labels at those sizes: `import 'virtual:label-sizes.css'` gives each graphic's
 * container its `--label-compact` and `--label-wide`, which the graphic's CSS reads. A
 * stylesheet, not a style attribute, so the pages' Content-Security-Policy allows it by hash
 * like every other style; no size is copied by hand.
 */
import type { Plugin } from 'vite';
import { FONT as casualties } from '../charts/casualties/layout';
import { FONT as geneva, HEIGHT as genevaHeight, WIDTH as genevaWidth } from '../charts/geneva/layout';
import { FONT as nordstream } from '../charts/nordstream/layout';
import { FONT as troops } from '../charts/troops/layout';

/**
 * Each graphic's container (the element its container query reads) and its layout's label sizes;
 * a graphic whose label sets have frames of their own heights (geneva) gives them too, as
 * `--frame-compact` and `--frame-wide` (aspect ratios).
 */
export const LABEL_SIZES: Record<string, { compact: number; wide: number; frames?: { width: number; height: { compact: number; wide: number } } }> = {
  '.casualties': casualties,
  '.troops-map': troops,
  '.ns-map': nordstream,
  '.geneva': { ...geneva, frames: { width: genevaWidth, height: genevaHeight } },
};

// SVG user units: inside the viewBox, 1 CSS px is one viewBox unit
export const labelSizesCss = () =>
  Object.entries(LABEL_SIZES)
    .map(([container, { compact, wide, frames }]) => {
      const aspect = frames ? `;--frame-compact:${frames.width}/${frames.height.compact};--frame-wide:${frames.width}/${frames.height.wide}` : '';
      return `${container}{--label-compact:${compact}px;--label-wide:${wide}px${aspect}}`;
    })
    .join('\n');

const ID = 'virtual:label-sizes.css';
const RESOLVED = '/@explainer/label-sizes.css';

export function labelSizesPlugin(): Plugin {
  return {
    name: 'explainer-label-sizes',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? labelSizesCss() : undefined),
  };
}
