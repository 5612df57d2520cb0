import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { discoverLocales } from '../i18n/registry';
import { colour } from '../charts/shared/tokens';
import { contentFigures, translator, withValues } from '../charts/shared/test-content';
import { graphicText } from '../charts/shared/strings';
import { markCount } from '../charts/troops/layout';
import { FRONTS } from '../components/hero-layout';
import type { Figure } from '../site-content/schemas';
import { HEIGHT, WIDTH, shareScene, sharePng, shareSvg, sitePalette, type ShareText } from './share-image';

const palette = sitePalette();
const frontmatter = (tag: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.resolve('content/article', `${tag}.mdx`), 'utf8'))![1]!) as { title: string; kicker: string };
const textOf = (tag: string, figures: Record<string, Figure> = contentFigures): ShareText => {
  const text = graphicText(translator(tag), figures);
  return {
    publication: 'Site',
    kicker: frontmatter(tag).kicker,
    title: frontmatter(tag).title,
    dateline: 'Geneva, 10 January 2022',
    fronts: FRONTS.map(([id, key]) => ({ words: text(key), soldiers: figures[id]!.value })),
    key: text('hero.key', { count: '1' }),
  };
};
const FIGURE_SETS = {
  'content/data': contentFigures,
  'changed by an editor': withValues(contentFigures, Object.fromEntries(FRONTS.map(([id]) => [id, contentFigures[id]!.value * 1.4]))),
};
const overlapping = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** width and height from a PNG's header */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('share images', () => {
  for (const locale of discoverLocales(path.resolve('content')).filter((l) => l.status === 'published')) {
    it(`${locale.tag}: 1200×630, the same bytes from the same article, the headline drawn in the shipped font`, () => {
      const png = sharePng(textOf(locale.tag), palette);
      expect(size(png)).toEqual([WIDTH, HEIGHT]);
      expect(Buffer.from(sharePng(textOf(locale.tag), palette)).equals(Buffer.from(png))).toBe(true);
      // text as outlines, no <text> left to a font the renderer might not have
      const svg = shareSvg(textOf(locale.tag), palette);
      expect(svg).not.toContain('<text');
      expect(Buffer.from(sharePng({ ...textOf(locale.tag), title: 'X' }, palette)).equals(Buffer.from(png))).toBe(false);
    });
  }

  for (const locale of discoverLocales(path.resolve('content')).filter((l) => l.status === 'published')) {
    for (const [name, figures] of Object.entries(FIGURE_SETS)) {
      it(`${locale.tag}: the first screen's two fronts under the headline, one dot per mark of each figure, at one scale (${name} figures)`, () => {
        const { svg, layout } = shareScene(textOf(locale.tag, figures), palette);
        expect(layout.fronts.map((f) => f.count)).toEqual(FRONTS.map(([id]) => markCount(figures[id]!.value)));
        expect(svg.match(/<circle /g)).toHaveLength(FRONTS.reduce((sum, [id]) => sum + markCount(figures[id]!.value), 0));
        expect(svg).toContain(`fill="${palette.russia}"`);
        expect(new Set(layout.fronts.map((f) => f.width)).size, 'one scale for both fronts').toBe(1);
        const strips = [layout.headline, ...layout.fronts.flatMap((f) => [f.words, f.dots]), layout.foot];
        strips.forEach((strip, i) => {
          expect(strip[0]).toBeGreaterThanOrEqual(0);
          expect(strip[1]).toBeLessThanOrEqual(HEIGHT);
          for (const other of strips.slice(i + 1)) expect(overlapping(strip, other), `${strip} and ${other}`).toBe(false);
        });
        expect(layout.headlineSize, 'the headline stays a headline').toBeGreaterThanOrEqual(40);
      });
    }
  }

  it('wears the page’s colours: the light theme’s tokens', () => {
    expect(palette.bg).toBe(colour('bg', 'light'));
    expect(palette.text).toBe(colour('text', 'light'));
    expect(shareSvg(textOf('en'), palette)).toContain(`fill="${palette.bg}"`);
  });
});
