/** The troops map: every state by scrolling, its marks, its labels at reading size, reduced motion, no JavaScript (axe in every state at every width: audits.spec.ts). */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ESTIMATES } from '../src/charts/troops/data';
import { SOLDIERS_PER_MARK } from '../src/charts/troops/layout';
import { expectActive, guardPage, locales, scrollToStep, stepsOf } from './helpers';

const figures = JSON.parse(fs.readFileSync('content/data/figures.json', 'utf8')) as Record<string, { value: number }>;
const marks = (id: string) => Math.round(figures[id]!.value / SOLDIERS_PER_MARK);
const [troop, csto] = [marks('ru-troops-ukraine'), marks('csto-total')];

/** Visible marks per kind in each state, from the figures: one mark per 1,000 soldiers, one dot per estimate. */
const MARKS: Record<string, Record<string, number>> = {
  neighbourhood: { troop: 0, csto: 0, estimate: 0 },
  buildup: { troop: 0, csto: 0, estimate: ESTIMATES.length },
  'ukraine-border': { troop, csto: 0, estimate: 0 },
  kazakhstan: { troop: 0, csto, estimate: 0 },
  stakes: { troop: 0, csto: 0, estimate: 0 },
  'two-fronts': { troop, csto, estimate: 0 },
};

const figure = '[data-graphic="troops"]';

async function visibleMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate((sel) => {
    const count = (kind: string) =>
      [...document.querySelectorAll(`${sel} .troops-marks .tm-${kind}`)].filter((n) => Number(n.getAttribute('opacity')) > 0.99).length;
    return { troop: count('troop'), csto: count('csto'), estimate: count('estimate') };
  }, figure);
}

/** Smallest rendered font size (CSS px) of the labels the reader sees. */
async function smallestLabel(page: Page): Promise<number> {
  return page.evaluate((sel) => {
    const svg = document.querySelector<SVGSVGElement>(`${sel} svg`)!;
    const scale = svg.getScreenCTM()!.a;
    const sizes = [...svg.querySelectorAll<SVGTextElement>('text')]
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return sizes.length ? Math.min(...sizes) : 0;
  }, figure);
}

for (const locale of locales) {
  const steps = stepsOf(locale.tag).filter((s) => s.graphic === 'troops');

  test.describe(`troops map, ${locale.tag}`, () => {
    test('every state is reached by scrolling, with its marks and legible labels', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      expect(steps.map((s) => s.state)).toEqual(Object.keys(MARKS));
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visibleMarks(page), { message: step.state }).toEqual(MARKS[step.state]);
        await expect(page.locator(`${figure} [data-for-state="${step.state}"]`)).toBeVisible();
        expect(await smallestLabel(page), step.state).toBeGreaterThanOrEqual(12);
      }
      expect(guard.problems).toEqual([]);
    });

    test('going back up returns to the earlier states, in any order', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      for (const step of [steps.at(-1)!, steps[0]!, steps[3]!, steps[2]!]) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visibleMarks(page)).toEqual(MARKS[step.state]);
      }
    });

    test('under reduced motion a state change is instant', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${locale.tag}/`);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        // no waiting: the marks must already be where the state puts them
        expect(await visibleMarks(page), step.state).toEqual(MARKS[step.state]);
      }
    });
  });

  test.describe(`troops map without JavaScript, ${locale.tag}`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the summary state: both deployments at one scale, its labels, the credit', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const root = page.locator(figure);
      await expect(root).toHaveAttribute('data-state', 'two-fronts');
      await root.scrollIntoViewIfNeeded();
      expect(await visibleMarks(page)).toEqual(MARKS['two-fronts']);
      await expect(root.locator('[data-for-state="two-fronts"]')).toBeVisible();
      await expect(root.locator('.map-credit')).toBeVisible();
      expect(await root.locator('text[data-key="total-csto"]').count()).toBeGreaterThan(0);
      expect(await smallestLabel(page)).toBeGreaterThanOrEqual(12);
    });
  });
}
