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

// Fonts and each character's subset are looked up once: resolving a package path is slow, and a
// build measures thousands of lines.
const fonts = new Map<string, fontkit.Font>();
function font(role: Role, subset: Subset, weight: Weight): fontkit.Font {
  const key = `${role}|${subset}|${weight}`;
  let f = fonts.get(key);
  if (!f) {
    f = fontkit.openSync(fontPath(role, subset, weight)) as fontkit.Font;
    fonts.set(key, f);
  }
  return f;
}

const subsets = new Map<string, Subset | undefined>();
/** The subset whose file draws a character, as the browser chooses it; undefined for none. */
function subsetOf(role: Role, weight: Weight, ch: string): Subset | undefined {
  const key = `${role}|${weight}|${ch}`;
  if (subsets.has(key)) return subsets.get(key);
  const cp = ch.codePointAt(0)!;
  const ranges = unicodeRanges(role);
  const subset = SUBSETS.find((s) => ranges[s].some(([a, b]) => cp >= a && cp <= b) && font(role, s, weight).hasGlyphForCodePoint(cp));
  subsets.set(key, subset);
  return subset;
}

export interface Measured {
  /** width of the characters the shipped font draws, in em */
  em: number;
  /** the characters it does not draw, left to the caller's estimate */
  missing: string[];
}

/**
 * A line of text split as a browser draws it: runs of characters from one file, shaped together
 * (kerning within a run; a browser shapes each file's run on its own as well), and the characters
 * no shipped file draws.
 */
function shape(text: string, weight: Weight, role: Role): { runs: { font: fontkit.Font; glyphs: fontkit.GlyphRun }[]; missing: string[] } {
  const runs: { font: fontkit.Font; glyphs: fontkit.GlyphRun }[] = [];
  const missing: string[] = [];
  let run = '';
  let runSubset: Subset | undefined;
  const flush = () => {
    if (run && runSubset) {
      const f = font(role, runSubset, weight);
      runs.push({ font: f, glyphs: f.layout(run) });
    }
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
  return { runs, missing };
}

const cache = new Map<string, Measured>();

/** The advance width of a line of text in the shipped font, in em. */
export function measure(text: string, weight: Weight = 400, role: Role = 'graphics'): Measured {
  const key = `${role}|${weight}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { runs, missing } = shape(text, weight, role);
  const result = { em: runs.reduce((sum, r) => sum + r.glyphs.advanceWidth / r.font.unitsPerEm, 0), missing };
  cache.set(key, result);
  return result;
}

/**
 * A line of text as an SVG path in the shipped font, its baseline at y = 0 and its start at x = 0,
 * at a font size of `size` units: text for an image that is drawn without any font installed (the
 * share images). Characters no shipped file draws are left out.
 */
export function outline(text: string, size: number, weight: Weight = 400, role: Role = 'graphics'): { d: string; width: number } {
  const parts: string[] = [];
  let x = 0;
  for (const { font: f, glyphs } of shape(text, weight, role).runs) {
    const scale = size / f.unitsPerEm;
    glyphs.glyphs.forEach((glyph, i) => {
      const position = glyphs.positions[i]!;
      const at = x + position.xOffset * scale;
      const d = glyph.path.scale(scale, -scale).translate(at, -position.yOffset * scale).toSVG();
      if (d) parts.push(d);
      x += position.xAdvance * scale;
    });
  }
  return { d: parts.join(''), width: x };
}
