/**
 * Every screen a reader has: at each viewport, every step is scrolled up from the bottom of the
 * screen to the first position at which it is current (the moment the reader first sees its
 * state), and the rendered geometry is checked (screen-geometry.ts). Reduced motion makes each
 * state final at once, which is where a transition ends. Print has its own spec (print.spec.ts).
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { bringEveryBlockNear, locales, stepsOf } from './helpers';
import { SCREENS, screenProblems } from './screen-geometry';

for (const locale of locales) {
  for (const screen of SCREENS) {
    test.describe(`${locale.tag} at ${screen.name}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale ?? 1, isMobile: screen.mobile ?? false, hasTouch: screen.mobile ?? false });
      test('every step: its graphic visible beside or above its card, labels legible, nothing overlapping or overflowing', async ({ page }) => {
        test.setTimeout(300_000);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`/${locale.tag}/`);
        const problems: string[] = [];
        for (const step of stepsOf(locale.tag)) problems.push(...(await screenProblems(page, step)));
        expect(problems).toEqual([]);
      });
    });
  }
}

test.describe('a larger default font', () => {
  const setDefaultFont = async (page: Page, px: number) => {
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
  };

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const locale of locales) {
      test(`${locale.tag}: 24 px as the browser's default font stacks every graphic, labels legible and apart`, async ({ page }) => {
        test.setTimeout(300_000);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await setDefaultFont(page, 24);
        await page.goto(`/${locale.tag}/`);
        const problems: string[] = [];
        for (const step of stepsOf(locale.tag)) problems.push(...(await screenProblems(page, step)));
        expect(problems).toEqual([]);
        // every block was laid out on the way, as the reader reached it
        const blocks = await page.locator('[data-scrolly]').count();
        await expect(page.locator('[data-scrolly][data-layout="stacked"]')).toHaveCount(blocks);
      });
    }
  });

  test.describe('on a desktop', () => {
    test.use({ viewport: { width: 1280, height: 800 } });
    test("the labels grow with the browser's default font: at 24 px none is under 18 px (0.75 of it, as 12 px is of 16)", async ({ page }) => {
      // each graphic's smallest label as the reader sees it: on its sticky graphic, or on the
      // copies of a stacked block
      const smallestLabels = () =>
        page.evaluate(() => {
          const smallest: Record<string, number> = {};
          for (const t of document.querySelectorAll<SVGTextElement>(':is([data-graphic], [data-copy-of]) svg text')) {
            if (t.getBoundingClientRect().width < 2 || !t.checkVisibility()) continue;
            const figure = t.closest<HTMLElement>('[data-graphic], [data-copy-of]')!;
            const name = figure.dataset.graphic ?? figure.dataset.copyOf!;
            const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a;
            smallest[name] = Math.min(smallest[name] ?? Infinity, px);
          }
          return smallest;
        });
      await page.goto('/en/');
      await bringEveryBlockNear(page);
      const normal = await smallestLabels();
      await setDefaultFont(page, 24);
      await page.reload();
      await bringEveryBlockNear(page);
      const larger = await smallestLabels();
      expect(Object.keys(larger)).toEqual(Object.keys(normal));
      for (const [graphic, px] of Object.entries(larger)) expect(px, `${graphic}: ${normal[graphic]!.toFixed(1)} px at 16 px, ${px.toFixed(1)} px at 24 px`).toBeGreaterThanOrEqual(18 - 0.05);
    });
  });
});
