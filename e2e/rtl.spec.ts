/**
 * A right-to-left locale (the Hebrew-letter pseudo-locale of src/i18n/pseudo.ts, built in a copy
 * of the project and not shipped): the page mirrors, the maps do not, and figures and map labels
 * stay readable: inside their graphic and clear of each other in every state.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildWithPseudoLocale } from '../src/i18n/pseudo-build';
import { serveStatic } from './temp-build';
import { scrollToStep, stepsOf } from './helpers';

let site: { url: string; stop: () => void };

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const result = buildWithPseudoLocale('rtl');
  expect(result.ok, result.output).toBe(true);
  site = await serveStatic(`${result.dir}/dist`);
});
test.afterAll(() => site?.stop());

/** Labels of the active graphic that leave it or overlap another label by more than 2 px. */
function unreadableLabels(page: Page, graphic: string): Promise<string[]> {
  return page.evaluate((name) => {
    const svg = document.querySelector<SVGSVGElement>(`[data-graphic="${name}"] svg`);
    if (!svg) return [`no SVG in ${name}`];
    const box = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll<SVGTextElement>('text')]
      .filter((t) => t.getBoundingClientRect().width > 0 && getComputedStyle(t).display !== 'none' && Number(t.getAttribute('opacity') ?? 1) > 0.99)
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
    const problems: string[] = [];
    for (const [i, a] of labels.entries()) {
      if (a.r.left < box.left - 2 || a.r.right > box.right + 2) problems.push(`"${a.text}" leaves the graphic`);
      for (const b of labels.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    return problems;
  }, graphic);
}

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
    await expect(page.locator('[data-figure="ru-troops-ukraine"]').first()).toContainText('100,000');
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
