/**
 * A section heading says something its graphic's title does not: a heading that repeats the title
 * of the graphic right below it («Russlands Armee an zwei Fronten» over «Russlands Truppen an zwei
 * Fronten») makes the reader read the same line twice. Checked in every locale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverLocales } from '../i18n/registry';

/** The words that carry meaning: four letters and more, lower case. */
const words = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/’s$/, '')));

/** The share of the shorter text's words that the other has too. */
function shared(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.max(1, Math.min(x.size, y.size));
}

/** Each h2 of an article with the graphics of the scrolly blocks in its section. */
function sections(mdx: string): { heading: string; graphics: string[] }[] {
  return mdx
    .split(/^## /m)
    .slice(1)
    .map((section) => ({ heading: section.split('\n')[0]!.trim(), graphics: [...section.matchAll(/<Scrolly graphic="([^"]+)"/g)].map((m) => m[1]!) }));
}

describe('section headings', () => {
  it('tells a heading that repeats a title from one that does not', () => {
    expect(shared('Russlands Armee an zwei Fronten', 'Russlands Truppen an zwei Fronten')).toBeGreaterThan(0.5);
    expect(shared('Harte Worte in Genf', 'Eine Woche Diplomatie')).toBe(0);
  });

  for (const locale of discoverLocales(path.resolve('content'))) {
    it(`${locale.tag}: no heading repeats the title of a graphic in its section`, () => {
      const strings = JSON.parse(fs.readFileSync(path.resolve('content/locales', `${locale.tag}.json`), 'utf8')) as Record<string, string>;
      const mdx = fs.readFileSync(path.resolve('content/article', `${locale.tag}.mdx`), 'utf8');
      const found = sections(mdx);
      expect(found.some((s) => s.graphics.length > 0)).toBe(true);
      const repeats = found.flatMap((s) => s.graphics.map((g) => ({ heading: s.heading, title: strings[`graphic.${g}.title`] ?? '' })).filter((p) => shared(p.heading, p.title) > 0.5));
      expect(repeats).toEqual([]);
    });
  }
});
