import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { discoverLocales } from '../i18n/registry';
import { colour } from '../charts/shared/tokens';
import { HEIGHT, WIDTH, sharePng, shareSvg, sitePalette } from './share-image';

const palette = sitePalette();
const frontmatter = (tag: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.resolve('content/article', `${tag}.mdx`), 'utf8'))![1]!) as { title: string; kicker: string };
const textOf = (tag: string) => ({ siteName: 'Site', kicker: frontmatter(tag).kicker, title: frontmatter(tag).title, date: '10 January 2022' });

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

  it('wears the page’s colours: the light theme’s tokens', () => {
    expect(palette.bg).toBe(colour('bg', 'light'));
    expect(palette.text).toBe(colour('text', 'light'));
    expect(shareSvg(textOf('en'), palette)).toContain(`fill="${palette.bg}"`);
  });
});
