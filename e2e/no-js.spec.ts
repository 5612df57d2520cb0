import { expect, test } from '@playwright/test';
import { locales, stepsOf } from './helpers';

test.use({ javaScriptEnabled: false });

for (const locale of locales) {
  test(`${locale.tag}: without JavaScript the whole article reads, each graphic in its summary state`, async ({ page }) => {
    await page.goto(`/${locale.tag}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const step of stepsOf(locale.tag)) await expect(page.locator(`[data-step="${step.id}"]`)).toContainText(/\w/);
    const graphics = page.locator('[data-graphic]');
    expect(await graphics.count()).toBeGreaterThan(0);
    for (const graphic of await graphics.all()) {
      const state = await graphic.getAttribute('data-state');
      await expect(graphic.locator(`[data-for-state="${state}"]`).first()).toBeVisible();
    }
    await expect(page.locator('[data-scrolly] table').first()).toBeAttached();
    await expect(page.locator('[aria-current="step"]')).toHaveCount(0);
  });
}

test('the root page without JavaScript is a page of links, one per published language', async ({ page }) => {
  await page.goto('/');
  for (const locale of locales.filter((l) => l.status === 'published')) {
    await expect(page.locator(`section[lang="${locale.lang}"] a[href="/${locale.tag}/"]`)).toBeVisible();
  }
});
