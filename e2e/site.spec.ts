import { expect, test } from '@playwright/test';
import { locales } from './helpers';

const published = locales.filter((l) => l.status === 'published');

test('the root sends a first-time visitor to the best match of the browser languages', async ({ browser, baseURL }) => {
  for (const locale of published) {
    const context = await browser.newContext({ locale: locale.lang, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${locale.tag}/$`));
    await context.close();
  }
});

test('the root remembers an explicit choice of language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: published[0]!.lang, baseURL });
  const page = await context.newPage();
  const other = published[1]!;
  await page.goto(`/${published[0]!.tag}/`);
  await page.getByRole('navigation').getByRole('link', { name: other.label }).click();
  await expect(page).toHaveURL(new RegExp(`/${other.tag}/`));
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/${other.tag}/$`));
  await context.close();
});

for (const locale of locales) {
  test(`${locale.tag}: head carries canonical, hreflang with x-default, social cards and NewsArticle data`, async ({ page }) => {
    await page.goto(`/${locale.tag}/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/${locale.tag}/$`));
    for (const other of published) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${other.lang}"]`)).toHaveAttribute('href', new RegExp(`/${other.tag}/$`));
    }
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: locale.lang, datePublished: '2022-01-10' });
  });
}

test('the sitemap lists every published locale with its alternates', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const locale of published) {
    expect(xml).toContain(`/${locale.tag}/</loc>`);
    expect(xml).toContain(`hreflang="${locale.lang}"`);
  }
});

test('a missing page answers 404 in every language, the one of its address first', async ({ page }) => {
  const response = await page.goto(`/${published[1]!.tag}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[data-notfound]').first()).toHaveAttribute('data-notfound', published[1]!.tag);
  for (const locale of published) await expect(page.locator(`section[lang="${locale.lang}"] a[href="/${locale.tag}/"]`)).toBeVisible();
});
