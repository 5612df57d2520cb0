/**
 * The web fonts' stylesheet, made at build time from the face list (src/fonts/faces.ts):
 * `import 'virtual:fonts.css'` gives
 * - an @font-face per family, weight and subset, woff2 only (every browser the site supports reads
 *   it), `font-display: swap`, with the package's unicode-range so that a browser fetches a subset
 *   only for a page that has one of its characters; Vite copies each file into the build with a
 *   hashed name, so it is served by the site itself;
 * - a metric-matched fallback per family: a system font (Arial, Times New Roman or a copy with
 *   their metrics) scaled, weight by weight, to the web font's average letter width (size-adjust) with the web
 *   font's ascent, descent and line gap, so that text set in it takes the room the web font will
 *   take, and the swap moves nothing;
 * - the font stacks `--font-serif` (text) and `--font-sans` (headings, graphics, tables), and
 *   `--text-ch`, the text font's `ch` in em whichever face is drawing.
 * `virtual:font-preloads` gives the addresses of the faces the first screen needs (PRELOADED).
 */
import type { Plugin } from 'vite';
import arial from '@capsizecss/metrics/arial';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { fromFile } from '@capsizecss/unpack/fs';
import { FAMILIES, PRELOADED, SUBSETS, WEIGHTS, fallbackName, fontFile, type Family, type Role, type Weight } from '../fonts/faces';
import { fontPath, measure, unicodeRanges } from '../fonts/measure';

/**
 * The system faces' average letter width (em, capsize's xWidthAvg), by weight. @capsizecss/metrics
 * carries the regular faces only; the bold ones were measured with @capsizecss/unpack from
 * Liberation Sans Bold and Liberation Serif Bold, which have Arial Bold's and Times New Roman
 * Bold's advance widths glyph for glyph. Scaled by the regular faces' ratio, a bold fallback was
 * 1.6 % (sans) and 3 % (serif) wider than the web font's bold, and a bold headline broke into one
 * more line.
 */
const SYSTEM_WIDTH: Record<Family['fallback']['metrics'], Record<Weight, number>> = {
  arial: { 400: arial.xWidthAvg / arial.unitsPerEm, 700: 983 / 2048 },
  timesNewRoman: { 400: timesNewRoman.xWidthAvg / timesNewRoman.unitsPerEm, 700: 886 / 2048 },
};

const rangeCss = (ranges: [number, number][]) =>
  ranges.map(([a, b]) => `U+${a.toString(16).toUpperCase().padStart(4, '0')}${a === b ? '' : `-${b.toString(16).toUpperCase().padStart(4, '0')}`}`).join(',');

const percent = (v: number) => `${(v * 100).toFixed(2)}%`;

type FontMetrics = Awaited<ReturnType<typeof fromFile>>;

/** The line box of a web font as the page gets it (em): the family's own lineBox where it sets one, else the regular face's. */
function webLineBox(role: Role, regular: FontMetrics) {
  const set = FAMILIES[role].lineBox;
  return {
    ascent: set?.ascent ?? regular.ascent / regular.unitsPerEm,
    descent: set?.descent ?? Math.abs(regular.descent) / regular.unitsPerEm,
    lineGap: set ? 0 : regular.lineGap / regular.unitsPerEm,
  };
}

/** Each fallback face's adjustments, weight by weight: the shipped face's average letter width over the system face's, and the web font's line box. */
async function fallbackFaces(role: Role) {
  const shipped = new Map(await Promise.all(WEIGHTS.map(async (weight) => [weight, await fromFile(fontPath(role, 'latin', weight))] as const)));
  const { ascent, descent, lineGap } = webLineBox(role, shipped.get(400)!);
  return WEIGHTS.map((weight) => {
    const face = shipped.get(weight)!;
    const sizeAdjust = face.xWidthAvg / face.unitsPerEm / SYSTEM_WIDTH[FAMILIES[role].fallback.metrics][weight];
    return { weight, sizeAdjust, ascent: ascent / sizeAdjust, descent: descent / sizeAdjust, lineGap: lineGap / sizeAdjust };
  });
}

export async function fontsCss(): Promise<string> {
  const rules: string[] = [];
  for (const role of Object.keys(FAMILIES) as Role[]) {
    const family = FAMILIES[role];
    const ranges = unicodeRanges(role);
    const box = family.lineBox ? `;ascent-override:${percent(family.lineBox.ascent)};descent-override:${percent(family.lineBox.descent)};line-gap-override:0%` : '';
    for (const weight of WEIGHTS) {
      // Latin last: where two subsets' ranges overlap (œ, some combining marks), a browser tries
      // the face declared last first, and the Latin one, preloaded, holds them; declared first,
      // one French «œ» fetched the Latin Extended file and put the page over its font budget.
      for (const subset of [...SUBSETS].reverse()) {
        rules.push(`@font-face{font-family:'${family.name}';font-style:normal;font-weight:${weight};font-display:swap;src:url('${fontFile(role, subset, weight)}') format('woff2');unicode-range:${rangeCss(ranges[subset])}${box}}`);
      }
    }
    for (const m of await fallbackFaces(role)) {
      const src = family.fallback.local[m.weight].map((n) => `local('${n}')`).join(',');
      rules.push(`@font-face{font-family:'${fallbackName(role)}';font-style:normal;font-weight:${m.weight};src:${src};size-adjust:${percent(m.sizeAdjust)};ascent-override:${percent(m.ascent)};descent-override:${percent(m.descent)};line-gap-override:${percent(m.lineGap)}}`);
    }
  }
  const stack = (role: Role) => `'${FAMILIES[role].name}','${fallbackName(role)}',${FAMILIES[role].fallback.generic}`;
  // the text font's `ch` (the width of its zero) as a length of its own: the text column's width
  // in `ch` would follow whichever face is drawing, and change when the web font replaces the fallback
  rules.push(`:root{--font-serif:${stack('text')};--font-sans:${stack('graphics')};--text-ch:${measure('0', 400, 'text').em.toFixed(4)}em}`);
  return rules.join('\n');
}

const CSS_ID = 'virtual:fonts.css';
const CSS_RESOLVED = '/@explainer/fonts.css';
const PRELOADS_ID = 'virtual:font-preloads';
const PRELOADS_RESOLVED = '\0explainer-font-preloads';

/** Each preloaded face's Latin file, which every page of a published locale uses, as an address Vite gives it. */
const preloadsModule = () =>
  [
    ...PRELOADED.map(({ role, weight }, i) => `import f${i} from '${fontFile(role, 'latin', weight)}?url';`),
    `export default [${PRELOADED.map((_, i) => `f${i}`).join(', ')}];`,
  ].join('\n');

export function fontsPlugin(): Plugin {
  return {
    name: 'explainer-fonts',
    resolveId: (id) => (id === CSS_ID ? CSS_RESOLVED : id === PRELOADS_ID ? PRELOADS_RESOLVED : undefined),
    load: (id) => (id === CSS_RESOLVED ? fontsCss() : id === PRELOADS_RESOLVED ? preloadsModule() : undefined),
  };
}
