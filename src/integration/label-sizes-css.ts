/**
 * Each graphic's label sets as a stylesheet, made at build time from the layouts that placed the
 * labels: `import 'virtual:label-sizes.css'` gives each graphic's container its `--label-compact`
 * and `--label-wide` sizes, the drawing's `--drawing-ratio` (width over height), its
 * `--readable-width` (in rem: the narrowest drawing whose compact labels are still MIN_LABEL_REM,
 * which the scroll controller's layout reads, src/scrolly/fit.ts), and the container
 * query that swaps the compact set for the wide one at the layout's WIDE_MIN_PX. The breakpoint is
 * written in rem, so a reader with a larger default font keeps the compact set, whose labels are
 * larger in the drawing's units, on a wider graphic: the labels grow with the font. A graphic
 * whose label sets have frames of their own heights (geneva) also gets them, as `--frame-compact`
 * and `--frame-wide` (aspect ratios). A stylesheet, not a style attribute, so the pages'
 * Content-Security-Policy allows it by hash like every other style; no size is copied by hand.
 */
import type { Plugin } from 'vite';
import { virtualStylesheet } from './virtual-css';
import * as casualties from '../charts/casualties/layout';
import * as geneva from '../charts/geneva/layout';
import * as nordstream from '../charts/nordstream/layout';
import * as troops from '../charts/troops/layout';

type Sizes = { compact: number; wide: number };

interface LabelSets {
  layout: { FONT: Sizes; WIDE_MIN_PX: number; WIDTH: number; HEIGHT: number | Sizes };
  /** the groups that hold each label set */
  compact: string;
  wide: string;
}

/** Each graphic's container (the element its container query reads) and its label sets. */
export const LABEL_SETS: Record<string, LabelSets> = {
  '.casualties': { layout: casualties, compact: '.cas-labels-compact', wide: '.cas-labels-wide' },
  '.troops-map': { layout: troops, compact: '.troops-labels-compact', wide: '.troops-labels-wide' },
  '.ns-map': { layout: nordstream, compact: '.ns-compact', wide: '.ns-wide' },
  '.geneva': { layout: geneva, compact: '.geneva-compact', wide: '.geneva-wide' },
};

/** The browser's default font size, which the layouts' pixel breakpoints assume. */
const DEFAULT_REM_PX = 16;
/** The smallest readable chart label: 12 CSS px at the default font size, more for a reader who set a larger one. */
const MIN_LABEL_REM = 0.75;

// SVG user units: inside the viewBox, 1 CSS px is one viewBox unit.
// The hidden label set takes the shown set's size. Chromium styles text in a hidden (display: none)
// SVG group all the same, and makes a font for every size it finds there: a graphic coming near
// the screen made twice the fonts it draws with (troops at 375 px: 12 fonts and 25 ms of layout;
// 8 and 15 ms at the shown set's size, where they are the fonts already made).
export const labelSizesCss = () =>
  Object.entries(LABEL_SETS)
    .map(([container, { layout, compact, wide }]) => {
      const { FONT, WIDTH, HEIGHT, WIDE_MIN_PX } = layout;
      // a drawing with a frame per label set is sized by its taller one, the compact
      const frames = typeof HEIGHT === 'number' ? '' : `;--frame-compact:${WIDTH}/${HEIGHT.compact};--frame-wide:${WIDTH}/${HEIGHT.wide}`;
      const tallest = typeof HEIGHT === 'number' ? HEIGHT : Math.max(HEIGHT.compact, HEIGHT.wide);
      return [
        `${container}{container-type:inline-size;--label-compact:${FONT.compact}px;--label-wide:${FONT.wide}px;--drawing-ratio:${WIDTH / tallest};--readable-width:${(MIN_LABEL_REM * WIDTH) / FONT.compact}${frames}}`,
        `${container} ${wide}{display:none;--label-wide:var(--label-compact)}`,
        `@container (min-width:${WIDE_MIN_PX / DEFAULT_REM_PX}rem){${container} ${compact}{display:none;--label-compact:var(--label-wide)}${container} ${wide}{display:inline;--label-wide:inherit}${frames ? `${container} svg{aspect-ratio:var(--frame-wide)}` : ''}}`,
      ].join('\n');
    })
    .join('\n');

export function labelSizesPlugin(): Plugin {
  return virtualStylesheet('label-sizes', labelSizesCss);
}
