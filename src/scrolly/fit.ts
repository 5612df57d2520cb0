/**
 * How a scrolly block is laid out on this screen, from measured geometry alone (never from the
 * user agent): a sticky graphic beside or above the steps, or, where a sticky graphic could not
 * show its labels at a readable size and still leave room to read, the stacked layout, in which
 * every step carries its own static copy of the graphic above its text.
 *
 * The graphic is sized to the height it has as well as the width: its drawing keeps its aspect
 * ratio, so the height left after the masthead, the graphic's own title and credit (its
 * "chrome") and, on narrow screens, the band kept free for the text below it, gives a width. A
 * chart's labels are sized in the drawing's units, so the drawing's width decides the labels'
 * size on screen: below `minWidth` they would be under the smallest readable size, and the block
 * stacks instead of shrinking them.
 */
export type BlockLayout = 'sticky' | 'stacked';

export interface BlockGeometry {
  /** the viewport's height, CSS px */
  viewportHeight: number;
  /** where the sticky graphic starts: the masthead's bottom edge */
  top: number;
  /** the graphic's height apart from its drawing: title, credit, padding */
  chrome: number;
  /** the width the drawing may take in its column */
  columnWidth: number;
  /** the drawing's height over its width */
  aspect: number;
  /** the narrowest drawing whose smallest label is still readable */
  minWidth: number;
  /** graphic and steps side by side (wide screens) rather than the graphic above the text */
  sideBySide: boolean;
  /** the tallest step card, CSS px */
  tallestCard: number;
}

export interface BlockFit {
  layout: BlockLayout;
  /** the drawing's widest width: in the sticky layout, what the height allows; stacked, each copy
   * as wide as lets it fit the screen under the masthead, never narrower than readable (the page
   * caps it at its column) */
  width: number;
}

/** Above the text, the graphic leaves at least this share of the screen to the cards. */
export const TEXT_BAND = 0.35;
/** A card taller than this share of the screen cannot be read beside a sticky graphic. */
export const MAX_CARD_SHARE = 0.45;

export function fitBlock(g: BlockGeometry): BlockFit {
  const textBand = g.sideBySide ? 0 : g.viewportHeight * TEXT_BAND;
  const drawingHeight = g.viewportHeight - g.top - g.chrome - textBand;
  const width = Math.floor(Math.min(g.columnWidth, drawingHeight / g.aspect));
  const cardFits = g.tallestCard <= g.viewportHeight * MAX_CARD_SHARE || (g.sideBySide && g.tallestCard <= g.viewportHeight - g.top);
  if (width >= g.minWidth && cardFits) return { layout: 'sticky', width };
  const screenful = (g.viewportHeight - g.top - g.chrome) / g.aspect;
  return { layout: 'stacked', width: Math.floor(Math.max(g.minWidth, screenful)) };
}
