/**
 * Text measuring for layouts that run without a DOM (at build time and in tests): widths from the
 * shipped graphics font's metrics (src/fonts/measure.ts), lines wrapped greedily, label boxes
 * compared for overlap. Shared by every chart that places labels.
 */
import { measure } from '#measure';

export type Point = [number, number];
export type Box = [Point, Point];

/** line height, in em */
export const LINE_EM = 1.2;

/** Positions and sizes in viewBox units are kept to a tenth: finer is invisible and only costs bytes. */
export const round = (v: number) => Math.round(v * 10) / 10;

/** The distance between two lines of a label at a font size, as layouts place them and renderers draw them. */
export const lineHeight = (size: number) => round(size * LINE_EM);

/**
 * A character the shipped font does not draw (the right-to-left test locale's Hebrew) is drawn in
 * a system font: estimated at 0.55 em (0.62 in bold), a little above DejaVu Sans's average, and
 * Hebrew and Arabic letters wider still (0.56 em measured in the fallback fonts), so that the
 * estimate errs on the wide side.
 */
const CHAR_EM = 0.55;
const BOLD_EM = 0.62;
const WIDE_SCRIPT = /[\u0590-\u08FF]/;
const WIDE_EXTRA_EM = 0.06;
/**
 * A space the font lacks is a narrow gap, not a letter: French groups a figure's thousands with a
 * narrow no-break space (U+202F), which the shipped files do not draw. Counted as the font's own
 * word space; the system font draws it narrower still (0.1 em in Chromium on Linux), so the
 * estimate still errs on the wide side, by a few hundredths of an em instead of half an em.
 */
const SPACE = /\p{Zs}/u;

export function textWidth(text: string, size: number, bold = false): number {
  const weight = bold ? 700 : 400;
  const { em, missing } = measure(text, weight);
  let estimated = 0;
  for (const ch of missing) estimated += SPACE.test(ch) ? measure(' ', weight).em : (bold ? BOLD_EM : CHAR_EM) + (WIDE_SCRIPT.test(ch) ? WIDE_EXTRA_EM : 0);
  return (em + estimated) * size;
}

/**
 * The most lines a label may take. Published text is kept within its length limit by the build;
 * a draft's longer text ends here in an ellipsis, so that one string can never fill a graphic.
 * The whole text stays in the graphic's description and table.
 */
export const MAX_LINES = 8;
const ELLIPSIS = '\u2026';

/** A word wider than the line, cut into pieces that fit (a URL or a run without spaces). */
function pieces(word: string, size: number, width: number, bold: boolean): string[] {
  if (textWidth(word, size, bold) <= width) return [word];
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, size, bold) > width) {
      out.push(piece);
      piece = ch;
    } else piece += ch;
  }
  return piece ? [...out, piece] : out;
}

/** Greedy word wrap to a width in the same units as size; no-break spaces (in dates, names) hold words together. */
export function wrap(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean).flatMap((w) => pieces(w, size, width, bold))) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return lines;
  let last = lines[MAX_LINES - 1]!;
  while (last && textWidth(last + ELLIPSIS, size, bold) > width) last = [...last].slice(0, -1).join('');
  return [...lines.slice(0, MAX_LINES - 1), last.trimEnd() + ELLIPSIS];
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a[0][0] < b[1][0] + margin && b[0][0] < a[1][0] + margin && a[0][1] < b[1][1] + margin && b[0][1] < a[1][1] + margin;
}
