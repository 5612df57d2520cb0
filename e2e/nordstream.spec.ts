/** The Nord Stream map: every state by scrolling, its marks, its labels at reading size, reduced motion, no JavaScript (axe in every state at every width: audits.spec.ts). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectActive, guardPage, locales, scrollToStep, stepsOf } from './helpers';

/** What each state shows, as the layout tests pin it (layout.test.ts), counted in the label set on screen. */
const MARKS: Record<string, Record<string, number>> = {
  route: { landfall: 3, idle: 0, opposes: 0, supports: 0, event: 0, later: 0, threat: 0, faded: 0 },
  status: { landfall: 3, idle: 1, opposes: 0, supports: 0, event: 0, later: 0, threat: 0, faded: 0 },
  critics: { landfall: 0, idle: 0, opposes: 4, supports: 0, event: 0, later: 0, threat: 0, faded: 0 },
  germany: { landfall: 0, idle: 0, opposes: 0, supports: 1, event: 0, later: 0, threat: 0, faded: 0 },
  sanctions: { landfall: 0, idle: 0, opposes: 0, supports: 0, event: 5, later: 2, threat: 3, faded: 1 },
};

const figure = '[data-graphic="nordstream"]';

/** In the state's overlay on screen (fully shown), what it draws; marks in the label set on screen. */
async function visibleMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const overlays = [...root.querySelectorAll<SVGSVGElement>('svg[data-overlay]')]
      .filter((o) => Number(getComputedStyle(o).opacity) > 0.99);
    const empty = { landfall: 0, idle: 0, opposes: 0, supports: 0, event: 0, later: 0, threat: 0, faded: 0, overlays: overlays.length };
    if (overlays.length !== 1) return empty;
    const overlay = overlays[0]!;
    const layer = [...overlay.querySelectorAll<SVGGElement>('.ns-layer')].find((g) => getComputedStyle(g).display !== 'none')!;
    const count = (kind: string) => layer.querySelectorAll(`.nm-${kind}`).length;
    const { overlays: _, ...counts } = {
      ...empty,
      landfall: count('landfall'),
      idle: overlay.querySelectorAll('.ns-idle').length,
      opposes: overlay.querySelectorAll('.ns-country.ns-opposes').length,
      supports: overlay.querySelectorAll('.ns-country.ns-supports').length,
      event: count('event'),
      later: count('later'),
      threat: count('threat'),
      faded: overlay.querySelectorAll('.ns-veil').length,
    };
    return counts;
  }, figure);
}

/** Both pipelines are drawn as lines of some length, in the overlay on screen. */
async function routesDrawn(page: Page): Promise<boolean> {
  return page.evaluate((sel) => {
    const overlay = [...document.querySelectorAll<SVGSVGElement>(`${sel} svg[data-overlay]`)].find((o) => Number(getComputedStyle(o).opacity) > 0.99)!;
    const lines = [...overlay.querySelectorAll<SVGPathElement>('.ns-route')];
    return lines.length === 2 && lines.every((l) => l.getTotalLength() > 500);
  }, figure);
}

/** Smallest rendered font size (CSS px) of the labels the reader sees. */
async function smallestLabel(page: Page): Promise<number> {
  return page.evaluate((sel) => {
    const sizes = [...document.querySelectorAll<SVGTextElement>(`${sel} svg text`)]
      .filter((t) => t.getBoundingClientRect().width > 0 && Number(getComputedStyle(t.ownerSVGElement!).opacity) > 0.99)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement!.getScreenCTM()!.a);
    return sizes.length ? Math.min(...sizes) : 0;
  }, figure);
}

for (const locale of locales) {
  const steps = stepsOf(locale.tag).filter((s) => s.graphic === 'nordstream');

  test.describe(`nordstream map, ${locale.tag}`, () => {
    test('every state is reached by scrolling, with its marks and legible labels', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      expect(steps.map((s) => s.state)).toEqual(Object.keys(MARKS));
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visibleMarks(page), { message: step.state }).toEqual(MARKS[step.state]);
        expect(await routesDrawn(page), step.state).toBe(true);
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

    test('the data section has the positions and the dated events, later ones marked', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const section = page.locator('[data-scrolly]', { has: page.locator(figure) });
      // as a keyboard user opens it
      await section.locator('.graphic-data summary').focus();
      await page.keyboard.press('Enter');
      await expect(section.locator('[data-nordstream-table="positions"] tbody tr')).toHaveCount(9);
      await expect(section.locator('[data-position-row="kuehnert-2022-01-08"] [lang="de"]')).toContainText('Rechtsfrieden');
      await expect(section.locator('[data-event-row="senate-2022"] .later-tag')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('.graphic-data').analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });
  });

  test.describe(`nordstream map without JavaScript, ${locale.tag}`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the summary state: both routes, the landfalls, the owner, the credit and the tables', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const root = page.locator(figure);
      await expect(root).toHaveAttribute('data-state', 'route');
      await root.scrollIntoViewIfNeeded();
      expect(await visibleMarks(page)).toEqual(MARKS.route);
      expect(await routesDrawn(page)).toBe(true);
      await expect(root.locator('[data-for-state="route"]')).toBeVisible();
      await expect(root.locator('.map-credit')).toBeVisible();
      expect(await root.locator('text[data-key="owner"]').count()).toBeGreaterThan(0);
      expect(await root.locator('text[data-key="schematic"]').count()).toBeGreaterThan(0);
      const section = page.locator('[data-scrolly]', { has: root });
      await expect(section.locator('[data-nordstream-table="positions"]')).toBeAttached();
      await expect(section.locator('[data-figure-row="ns2-length"]')).toBeAttached();
      expect(await smallestLabel(page)).toBeGreaterThanOrEqual(12);
    });
  });
}
