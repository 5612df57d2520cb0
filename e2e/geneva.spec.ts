/** The Geneva graphic: every state by scrolling, its marks and labels against the layout, reduced motion, no JavaScript, no console error (axe in every state at every width: audits.spec.ts; labels measured: labels.spec.ts). */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { genevaInput, genevaStrings } from '../src/charts/geneva/data';
import { STATES, layout, type Scene } from '../src/charts/geneva/layout';
import { translator } from '../src/charts/shared/test-content';
import { expectActive, guardPage, locales, scrollToStep, stepsOf } from './helpers';

const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const figures = json('content/data/figures.json');
const sources = json('content/data/sources.json');
const graphics = json('content/data/graphics.json');

interface Seen {
  /** visible marks by kind */
  marks: Record<string, number>;
  /** keys of the visible labels, sorted */
  labels: string[];
}

/** What each state shows in a locale, from the layout the unit tests check against content/data (the same in both label sets). */
function expected(tag: string): Record<string, Seen> {
  const strings = genevaStrings(translator(tag), figures, sources);
  const input = genevaInput(figures);
  const seen = (scene: Scene): Seen => {
    const marks: Record<string, number> = {};
    for (const m of scene.marks.filter((mark) => mark.opacity > 0)) marks[m.kind] = (marks[m.kind] ?? 0) + 1;
    return { marks, labels: scene.labels.map((l) => l.key).sort() };
  };
  return Object.fromEntries(STATES.map((state) => [state, seen(layout(input, strings, state, 'compact'))]));
}

const figure = '[data-graphic="geneva"]';

/** Marks and labels in the label set on screen, as drawn now (no waiting for a transition). */
async function visible(page: Page): Promise<Seen> {
  return page.evaluate((sel) => {
    const sets = [...document.querySelectorAll<SVGGElement>(`${sel} .geneva-compact, ${sel} .geneva-wide`)].filter((g) => getComputedStyle(g).display !== 'none');
    if (sets.length !== 1) return { marks: { [`label sets on screen: ${sets.length}`]: 1 }, labels: [] };
    const set = sets[0]!;
    const marks: Record<string, number> = {};
    for (const rect of set.querySelectorAll<SVGRectElement>('.geneva-marks rect')) {
      if (Number(rect.getAttribute('opacity')) < 0.99) continue;
      const kind = [...rect.classList].find((c) => c.startsWith('gm-') && c !== 'gm-outline')!.slice(3);
      marks[kind] = (marks[kind] ?? 0) + 1;
    }
    const labels = [...set.querySelectorAll<SVGTextElement>('.geneva-labels text')].filter((t) => Number(t.getAttribute('opacity') ?? 1) > 0.99).map((t) => t.dataset.key!).sort();
    return { marks, labels };
  }, figure);
}

for (const locale of locales) {
  const steps = stepsOf(locale.tag).filter((s) => s.graphic === 'geneva');
  const STATE = expected(locale.tag);

  test.describe(`Geneva graphic, ${locale.tag}`, () => {
    test('every state is reached by scrolling, with its marks and labels, and no console error', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      expect(steps.map((s) => s.state)).toEqual([...STATES]);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visible(page), { message: step.state }).toEqual(STATE[step.state]);
        await expect(page.locator(`${figure} [data-for-state="${step.state}"]`)).toBeVisible();
      }
      expect(guard.problems).toEqual([]);
    });

    test('going back up returns to the earlier states', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      for (const step of [steps.at(-1)!, steps[0]!, steps[1]!]) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visible(page), { message: step.state }).toEqual(STATE[step.state]);
      }
    });

    test('under reduced motion a state change is instant', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${locale.tag}/`);
      for (const step of [...steps, steps[0]!]) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        // no waiting: marks and labels must already be what the state shows
        expect(await visible(page), step.state).toEqual(STATE[step.state]);
      }
    });
  });

  test.describe(`Geneva graphic without JavaScript, ${locale.tag}`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the summary state: the tables of the week, their labels, its description and the figures table', async ({ page }) => {
      const summary = graphics.geneva.summary as string;
      await page.goto(`/${locale.tag}/`);
      const root = page.locator(figure);
      await expect(root).toHaveAttribute('data-state', summary);
      await root.scrollIntoViewIfNeeded();
      expect(await visible(page)).toEqual(STATE[summary]);
      await expect(root.locator(`[data-for-state="${summary}"]`)).toBeVisible();
      const table = page.locator('[data-scrolly]', { has: root }).locator('table');
      for (const id of graphics.geneva.states[summary].figures as string[]) await expect(table.locator(`[data-figure-row="${id}"]`), id).toHaveCount(1);
    });
  });
}
