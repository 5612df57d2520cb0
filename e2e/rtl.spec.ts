/**
 * A right-to-left locale (the Hebrew-letter pseudo-locale of src/i18n/pseudo.ts, built in a copy
 * of the project and not shipped): the page mirrors, the maps do not, and figures and map labels
 * stay readable: inside their graphic and clear of each other in every state.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildWithPseudoLocale } from '../src/translation/pseudo-build';
import { removeProject, serveStatic } from './temp-build';
import { scrollToStep, stepsOf, unreadableLabels } from './helpers';

const troopsUkraine = (JSON.parse(fs.readFileSync('content/data/figures.json', 'utf8')) as Record<string, { value: number }>)['ru-troops-ukraine']!.value;
let site: { url: string; stop: () => void };
/** the copy of the project the pseudo-locale was built in, removed when the tests are done */
let copy = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const result = buildWithPseudoLocale('rtl');
  copy = result.dir;
  expect(result.ok, result.output).toBe(true);
  site = await serveStatic(`${result.dir}/dist`);
});
test.afterAll(() => {
  site?.stop();
  if (copy) removeProject(copy);
});

for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 375, height: 812 }]] as const) {
  test(`${name}: the page reads right to left, figures and map labels stay readable in every state`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.url}/he/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'he');
    // Mirrored: the site name starts at the right, the language list sits to its left.
    const siteName = (await page.locator('.site-name').boundingBox())!;
    const switcher = (await page.getByRole('navigation').first().boundingBox())!;
    expect(siteName.x).toBeGreaterThan(switcher.x);
    // Figures keep Latin digits with their grouping, the number reading left to right.
    await expect(page.locator('[data-figure="ru-troops-ukraine"]').first()).toContainText(troopsUkraine.toLocaleString('en'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    for (const step of stepsOf('en')) {
      await scrollToStep(page, step.id);
      await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
      if (name === 'desktop') {
        // The text column is on the right of its graphic.
        const card = (await page.locator(`[data-step="${step.id}"] .step-card`).boundingBox())!;
        const figure = (await page.locator(`[data-graphic="${step.graphic}"]`).boundingBox())!;
        expect(card.x, step.id).toBeGreaterThan(figure.x + figure.width / 2);
      }
      if (await page.locator(`[data-graphic="${step.graphic}"] svg`).count()) expect(await unreadableLabels(page, step.graphic), step.id).toEqual([]);
    }
  });
}
