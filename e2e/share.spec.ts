/**
 * Each published locale's share image: the page's og:image and twitter:image name it, the site
 * serves it, and it is a 1200×630 PNG of its own (the two locales' images differ).
 */
import { expect, test } from '@playwright/test';
import { locales } from './helpers';

test('each published locale names its own share image, and the site serves it as a 1200×630 PNG', async ({ page, request }) => {
  const seen = new Set<string>();
  for (const locale of locales.filter((l) => l.status === 'published')) {
    await page.goto(`/${locale.tag}/`);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(og);
    const { pathname } = new URL(og!);
    expect(pathname).toBe(`/${locale.tag}/share.png`);
    const response = await request.get(pathname);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    seen.add(png.toString('base64'));
  }
  expect(seen.size).toBe(locales.filter((l) => l.status === 'published').length);
});
