/**
 * Text widths from the shipped fonts' own metrics (fontkit: advance widths, kerning, ligatures, as
 * a browser shapes the text). Build time and tests only: the graphics' labels are placed at build
 * time, so this module and fontkit never reach the browser (package.json "imports" gives a browser
 * build ./measure-browser.ts instead).
 *
 * A browser picks each character's file by the faces' unicode-range: Latin first, then Latin
 * Extended. A character neither file has is drawn in a system font, which no metrics here describe:
 * for it the caller's estimate stands (src/charts/shared/text.ts).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { FAMILIES, SUBSETS, fontFile, type Role, type Subset, type Weight } from './faces';

const require = createRequire(import.meta.url);

/** The resolved path of a face's file. */
export const fontPath = (role: Role, subset: Subset, weight: Weight) => require.resolve(fontFile(role, subset, weight));

/** "U+0000-00FF,U+0131" → code point ranges */
function parseRanges(ranges: string): [number, number][] {
  return ranges.split(',').map((r) => {
    const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

const rangesCache = new Map<string, Record<string, [number, number][]>>();
/** The unicode-range of each subset, as the font package declares it in its own stylesheets. */
export function unicodeRanges(role: Role): Record<Subset, [number, number][]> {
  const { pkg } = FAMILIES[role];
  let ranges = rangesCache.get(pkg);
  if (!ranges) {
    const file = path.join(path.dirname(path.dirname(fontPath(role, 'latin', 400))), 'unicode.json');
    const declared = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    ranges = Object.fromEntries(SUBSETS.map((s) => [s, parseRanges(declared[s]!)]));
    rangesCache.set(pkg, ranges);
  }
  return ranges as Record<Subset, [number, number][]>;
}

const fonts = new Map<string, fontkit.Font>();
function font(role: Role, subset: Subset, weight: Weight): fontkit.Font {
  const file = fontPath(role, subset, weight);
  let f = fonts.get(file);
  if (!f) {
    f = fontkit.openSync(file) as fontkit.Font;
    fonts.set(file, f);
  }
  return f;
}

/** The subset whose file draws a character, as the browser chooses it; undefined for none. */
function subsetOf(role: Role, weight: Weight, ch: string): Subset | undefined {
  const cp = ch.codePointAt(0)!;
  const ranges = unicodeRanges(role);
  return SUBSETS.find((s) => ranges[s].some(([a, b]) => cp >= a && cp <= b) && font(role, s, weight).hasGlyphForCodePoint(cp));
}

export interface Measured {
  /** width of the characters the shipped font draws, in em */
  em: number;
  /** the characters it does not draw, left to the caller's estimate */
  missing: string[];
}

const cache = new Map<string, Measured>();

/**
 * The advance width of a line of text in the shipped font, in em. Runs of characters from one file
 * are shaped together (kerning within a run); a browser shapes each file's run on its own as well.
 */
export function measure(text: string, weight: Weight = 400, role: Role = 'graphics'): Measured {
  const key = `${role}|${weight}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let em = 0;
  const missing: string[] = [];
  let run = '';
  let runSubset: Subset | undefined;
  const flush = () => {
    if (!run || !runSubset) return;
    const f = font(role, runSubset, weight);
    em += f.layout(run).advanceWidth / f.unitsPerEm;
    run = '';
  };
  for (const ch of text) {
    const subset = subsetOf(role, weight, ch);
    if (!subset) {
      flush();
      runSubset = undefined;
      missing.push(ch);
      continue;
    }
    if (subset !== runSubset) flush();
    runSubset = subset;
    run += ch;
  }
  flush();
  const result = { em, missing };
  cache.set(key, result);
  return result;
}
