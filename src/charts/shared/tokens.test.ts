import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, difference, parseHex, type Deficiency } from './colour';
import { ONE_HUE_EACH, SEEN_TOGETHER, TOKENS, TOKEN_NAMES, colour, tokensCss, type TokenName } from './tokens';

const MODES = ['light', 'dark'] as const;
const VISIONS: (Deficiency | 'normal')[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** CIEDE2000: marks a reader compares stay at least this far apart in every vision; areas (large, so easier to tell) at least AREA_DELTA */
const MARK_DELTA = 12;
const AREA_DELTA = 5;
/** actors and the toll differ in hue for readers with normal vision wherever they appear */
const HUE_DELTA = 10;

const named = (role: string) => TOKEN_NAMES.filter((n) => TOKENS[n].role === role);
const ratio = (a: TokenName, b: TokenName, mode: (typeof MODES)[number]) => contrast(parseHex(colour(a, mode)), parseHex(colour(b, mode)));
const pairs = <T>(list: T[]) => list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as [T, T]));

describe('colour tokens', () => {
  it('write every colour as a hex value in light and dark', () => {
    for (const n of TOKEN_NAMES) for (const mode of [...MODES, 'print'] as const) expect(() => parseHex(colour(n, mode)), `${n} ${mode}`).not.toThrow();
  });

  describe.each(MODES)('%s mode', (mode) => {
    it('keeps every text colour at 4.5:1 or more on every ground', () => {
      for (const text of named('text')) for (const ground of named('ground')) expect(ratio(text, ground, mode), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    });

    it('keeps every mark at 3:1 or more against the page', () => {
      for (const mark of named('mark')) for (const ground of named('ground')) expect(ratio(mark, ground, mode), `${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
    });

    it('keeps chart text at 4.5:1 or more on every map area', () => {
      for (const fill of named('fill')) expect(ratio('text', fill, mode), `text on ${fill}`).toBeGreaterThanOrEqual(4.5);
    });

    it.each(Object.entries(SEEN_TOGETHER))('tells apart the colours of %s in normal vision and each dichromacy', (_, names) => {
      const min = names.every((n) => TOKENS[n].role === 'fill') ? AREA_DELTA : MARK_DELTA;
      for (const [a, b] of pairs(names))
        for (const vision of VISIONS) expect(difference(colour(a, mode), colour(b, mode), vision), `${a} / ${b}, ${vision}`).toBeGreaterThanOrEqual(min);
    });

    it('gives each actor and each part of the toll a colour of its own', () => {
      for (const [a, b] of pairs(ONE_HUE_EACH.filter((n) => n !== 'accent'))) expect(difference(colour(a, mode), colour(b, mode)), `${a} / ${b}`).toBeGreaterThanOrEqual(HUE_DELTA);
    });

    it('keeps the interface accent off every data colour', () => {
      for (const data of ONE_HUE_EACH.filter((n) => n !== 'accent')) expect(difference(colour('accent', mode), colour(data, mode)), data).toBeGreaterThanOrEqual(HUE_DELTA);
    });
  });

  it('emits each token as a custom property for light, dark and print', () => {
    const css = tokensCss();
    for (const n of TOKEN_NAMES) expect(css.match(new RegExp(`--${n}:#`, 'g')), n).toHaveLength(3);
    expect(css).toContain(`@media (prefers-color-scheme:dark){:root{--bg:${TOKENS.bg.dark};`);
  });
});

/** The files the graphics are made of, and the site's own stylesheets and components */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return /\.(ts|css|astro)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [file] : [];
  });
}

const SRC = path.resolve(__dirname, '../..');
const TOKEN_SOURCE = path.join(SRC, 'charts/shared/tokens.ts');
/** a hex colour, or a colour function with numbers (rgb(), hsl() …) */
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b(?![-\w])|\b(?:rgba?|hsla?|lab|lch|oklab|oklch|color)\(\s*[\d.]/gi;

describe('colours come only from the tokens', () => {
  it('finds no hex or rgb colour in chart code, stylesheets, layouts or components outside the token source', () => {
    const found = [...sourceFiles(path.join(SRC, 'charts')), ...sourceFiles(path.join(SRC, 'styles')), ...sourceFiles(path.join(SRC, 'layouts')), ...sourceFiles(path.join(SRC, 'components'))]
      .filter((f) => f !== TOKEN_SOURCE)
      .flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(COLOUR_LITERAL)].map((m) => `${path.relative(SRC, f)}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('finds every colour custom property a stylesheet reads defined as a token or in a stylesheet', () => {
    const files = sourceFiles(SRC);
    const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const defined = new Set([...TOKEN_NAMES, ...[...text.matchAll(/(?:^|[{;\s'"`])--([\w-]+)\s*:/g)].map((m) => m[1]!)]);
    const read = files.filter((f) => /\.(css|astro)$/.test(f)).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/var\(--([\w-]+)\)/g)].map((m) => ({ f: path.relative(SRC, f), name: m[1]! })));
    expect(read.filter((r) => !defined.has(r.name)).map((r) => `${r.f}: --${r.name}`)).toEqual([]);
  });
});
