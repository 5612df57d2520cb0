/**
 * The casualty chart's labels: blocks of text stacked in a column (a group's heading and note, a
 * day's row, the legend's items in a row), each at a height the layout reserves for it.
 *
 * Why not the placer of ../shared/labels.ts, which the maps use: that one puts a label beside a
 * point, tries its sides in turn and skips one that would cover a mark. Here nothing is searched:
 * the text flows from the top of the chart, and the layout sizes the marks to the room the text
 * leaves (the compact set reserves the room, so the wide set always fits where it does). What the
 * chart needs instead is what the shared placer lacks: leading lines in bold counted per block,
 * labels aligned to the bottom of a reserved row, and legend items that wrap into lines. Both
 * measure text with ../shared/text.ts, so a label is as wide here as on a map.
 */
import { LINE_EM, round, textWidth, wrap } from '../shared/text';
import type { Group } from './marks';
import { FONT, PAD, WIDTH } from './measures';
import { UNIT } from './shapes';
import type { Label, LabelClass, Swatch } from './layout';

/** the width of a block of text across the chart */
export const TEXT_W = WIDTH - 2 * PAD;

export interface Block {
  key: string;
  cls: LabelClass;
  texts: string[];
  /** how many of the texts are bold */
  strong?: number;
}

function lines(block: Block, f: number, width: number): { lines: string[]; strong: number } {
  const out: string[] = [];
  let strong = 0;
  block.texts.forEach((t, i) => {
    const bold = i < (block.strong ?? 0);
    const wrapped = wrap(t, f, width, bold);
    out.push(...wrapped);
    if (bold) strong += wrapped.length;
  });
  return { lines: out, strong };
}

export function height(block: Block, f: number, width = TEXT_W): number {
  return lines(block, f, width).lines.length * f * LINE_EM;
}

export function label(block: Block, f: number, x: number, top: number, width = TEXT_W): Label {
  const { lines: ls, strong } = lines(block, f, width);
  const w = Math.max(...ls.map((l, i) => textWidth(l, f, i < strong)));
  return {
    key: block.key,
    x: round(x),
    y: round(top + f * 0.9),
    cls: block.cls,
    lines: ls,
    strong,
    box: [[round(x), round(top)], [round(x + w), round(top + ls.length * f * LINE_EM)]],
  };
}

/** A label at the bottom of the room the compact set reserves for it from `top`. */
export function onTop(block: Block, f: number, top: number, x = PAD, width = TEXT_W): Label {
  return label(block, f, x, top + height(block, FONT.compact, width) - height(block, f, width), width);
}

export interface LegendItem {
  key: string;
  text: string;
  shape: Group;
  outline?: boolean;
  p?: number;
  /** swatch size relative to a ten-people mark */
  s: number;
}

export interface Legend {
  labels: Label[];
  swatches: Swatch[];
  height: number;
}

/**
 * Legend items in a row from the left edge, an item that does not fit starting a new line
 * (and wrapping where it must).
 */
export function legend(items: LegendItem[], f: number, top: number): Legend {
  const lh = f * LINE_EM;
  const labels: Label[] = [];
  const swatches: Swatch[] = [];
  let x = PAD;
  let y = top;
  let rowH = lh;
  for (const item of items) {
    const sw = Math.max(f * 0.8, UNIT * item.s * 1.2);
    const textX = (at: number) => at + sw + f * 0.35;
    if (x > PAD && textX(x) + textWidth(item.text, f) > WIDTH - PAD) {
      x = PAD;
      y += rowH;
      rowH = lh;
    }
    const l = label({ key: item.key, cls: 'legend', texts: [item.text] }, f, textX(x), y, WIDTH - PAD - textX(x));
    labels.push(l);
    swatches.push({ key: item.key, shape: item.shape, outline: item.outline ?? false, x: round(x + sw / 2), y: round(y + lh / 2 - f * 0.08), s: item.s, p: item.p });
    rowH = Math.max(rowH, l.lines.length * lh);
    // a wrapped item ends its line
    x = l.lines.length > 1 ? WIDTH : l.box[1][0] + f;
  }
  return { labels, swatches, height: y + rowH - top };
}

/** The wide legend sits right above the first label; the compact one at the top. */
export function legendAbove(items: LegendItem[], f: number, firstLabel: Label, top: number): Legend {
  if (f === FONT.compact) return legend(items, f, top);
  const h = legend(items, f, 0).height;
  return legend(items, f, Math.max(top, firstLabel.box[0][1] - 6 - h));
}
