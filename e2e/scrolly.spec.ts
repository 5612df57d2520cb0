import { expect, test } from '@playwright/test';
import { expectActive, guardPage, locales, scrollToStep, stepsOf } from './helpers';

for (const locale of locales) {
  const steps = stepsOf(locale.tag);
  const middle = steps[Math.floor(steps.length / 2)]!;

  test.describe(`${locale.label} (${locale.tag})`, () => {
    test('the step at the reading line is active and its graphic shows its state', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
      }
      expect(guard.problems).toEqual([]);
    });

    test('a deep link to a step opens on that step', async ({ page }) => {
      await page.goto(`/${locale.tag}/#${middle.id}`);
      await expectActive(page, middle);
    });

    test('a reload mid-article keeps the step', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      await scrollToStep(page, middle.id);
      await expectActive(page, middle);
      await page.reload();
      await expectActive(page, middle);
    });

    test('a fast scroll over several blocks lands on the right step', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const last = steps.at(-1)!;
      await scrollToStep(page, last.id);
      await expectActive(page, last);
      await scrollToStep(page, steps[1]!.id);
      await expectActive(page, steps[1]!);
    });

    test('a resize and an orientation change keep the step', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      await scrollToStep(page, middle.id);
      await expectActive(page, middle);
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: size.height, height: size.width });
      await scrollToStep(page, middle.id);
      await expectActive(page, middle);
      await page.setViewportSize(size);
      await scrollToStep(page, middle.id);
      await expectActive(page, middle);
    });

    test('the language switch keeps the reader on the same step', async ({ page }) => {
      const other = locales.find((l) => l.tag !== locale.tag)!;
      await page.goto(`/${locale.tag}/`);
      await scrollToStep(page, middle.id);
      await expectActive(page, middle);
      await page.getByRole('navigation').getByRole('link', { name: other.label }).click();
      await expect(page).toHaveURL(new RegExp(`/${other.tag}/#${middle.id}$`));
      await expectActive(page, middle);
    });

    test('under reduced motion a step change starts no animation', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${locale.tag}/`);
      for (const step of steps.slice(0, 3)) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
        expect(running).toBe(0);
      }
    });
  });
}
