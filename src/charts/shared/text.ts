/**
 * Text measuring for layouts that run without a DOM (at build time, in tests, in a worker-free
 * browser layout): widths are estimated from the character count, lines wrapped greedily, label
 * boxes compared for overlap. Shared by every chart that places labels.
 */

export type Point = [number, number];
export type Box = [Point, Point];

/**
 * 0.55 em per character (0.62 in bold) is a little above the average of DejaVu Sans, the widest
 * fallback of the font stack, over mixed-case text with digits; so the estimate errs on the wide
 * side, and labels that pass the overlap tests do not overlap on screen.
 */
const CHAR_EM = 0.55;
const BOLD_EM = 0.62;
/** line height, in em */
export const LINE_EM = 1.2;

/** Positions and sizes in viewBox units are kept to a tenth: finer is invisible and only costs bytes. */
export const round = (v: number) => Math.round(v * 10) / 10;

/** The distance between two lines of a label at a font size, as layouts place them and renderers draw them. */
export const lineHeight = (size: number) => round(size * LINE_EM);

/** Hebrew and Arabic letters run wider than Latin ones in the fallback fonts (0.56 em measured). */
const WIDE_SCRIPT = /[\u0590-\u08FF]/;
const WIDE_EXTRA_EM = 0.06;

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += (bold ? BOLD_EM : CHAR_EM) + (WIDE_SCRIPT.test(ch) ? WIDE_EXTRA_EM : 0);
  return em * size;
}

/** Greedy word wrap to a width in the same units as size; no-break spaces (in dates, names) hold words together. */
export function wrap(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a[0][0] < b[1][0] + margin && b[0][0] < a[1][0] + margin && a[0][1] < b[1][1] + margin && b[0][1] < a[1][1] + margin;
}
