/**
 * What both the build-time SVG and the browser need to draw the marks: the symbols and the codes
 * of the country styles in the packed scenes. Kept apart so that the browser bundle imports
 * nothing else from the build-time modules.
 */
import type { CountryStyle, MarkKind } from './layout';

/** A symbol centred on 0,0: squares for swatches and threatened measures, circles otherwise. */
export function symbol(kind: MarkKind, r: number): string {
  if (kind === 'threat' || kind.startsWith('swatch')) return `M${-r} ${-r}h${2 * r}v${2 * r}h${-2 * r}z`;
  return `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** A country's style in the packed scenes, by its index here. */
export const STYLE_CODES: readonly CountryStyle[] = ['none', 'opposes', 'supports'];
