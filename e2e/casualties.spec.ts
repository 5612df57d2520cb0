/** The casualty graphic: every state by scrolling, its marks against the figures, labels at reading size, reduced motion, no JavaScript (axe in every state at every width: audits.spec.ts). */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectActive, guardPage, locales, scrollToStep, stepsOf } from './helpers';
import { FLOOR_COLS, FLOOR_PER_MARK } from '../src/charts/casualties/layout';

const figures = JSON.parse(fs.readFileSync('content/data/figures.json', 'utf8')) as Record<string, { value: number }>;
const tens = (id: string) => Math.ceil(figures[id]!.value / 10);
const hundreds = (id: string) => Math.ceil(figures[id]!.value / FLOOR_PER_MARK);

/** partly filled marks of the groups shown at a scale (ten a mark unless said): one per count that is not a multiple of it */
const partial = (ids: string[], per = 10) => ids.filter((id) => figures[id]!.value % per > 0).length;
const OFFICIAL = ['kz-dead', 'kz-injured', 'kz-detained'];

/** What each state shows, from the figures: visible marks per group (one per person, then per ten, per hundred in the floor), partly filled ones, outlines, bars. */
const SHOWN: Record<string, { marks: Record<string, number>; partial: number; outlines: number[]; bars: number }> = {
  dead: { marks: { dead: figures['kz-dead']!.value, injured: 0, detained: 0 }, partial: 0, outlines: [], bars: 0 },
  injured: { marks: { dead: tens('kz-dead'), injured: tens('kz-injured'), detained: 0 }, partial: partial(['kz-dead', 'kz-injured']), outlines: [], bars: 0 },
  arrested: { marks: { dead: tens('kz-dead'), injured: tens('kz-injured'), detained: tens('kz-detained') }, partial: partial(OFFICIAL), outlines: [], bars: 0 },
  floor: {
    marks: { dead: hundreds('kz-dead'), injured: hundreds('kz-injured'), detained: hundreds('kz-detained') },
    partial: partial(OFFICIAL, FLOOR_PER_MARK),
    // each outline continues the marks before it, up to its count
    outlines: [hundreds('kz-dead-0115') - hundreds('kz-dead'), hundreds('kz-detained-0110') - hundreds('kz-detained'), hundreds('kz-detained-0112') - hundreds('kz-detained-0110')],
    bars: 0,
  },
  days: { marks: { dead: 0, injured: 0, detained: 0 }, partial: 0, outlines: [], bars: 5 },
};

const figure = '[data-graphic="casualties"]';

async function shown(page: Page): Promise<(typeof SHOWN)[string]> {
  return page.evaluate((sel) => {
    // a mark shows when it and its group are opaque
    const opaque = (n: Element | null): boolean => !n || n.tagName === 'svg' || (Number(n.getAttribute('opacity') ?? 1) > 0.99 && opaque(n.parentElement));
    // the dead and partly filled marks are one element each; the other groups' whole marks are
    // subpaths of one path, as are the outlines
    const subpaths = (n: Element) => (n.classList.contains('cm-partial') ? 1 : (n.getAttribute('d') ?? '').split('M').length - 1);
    const count = (group: string) => [...document.querySelectorAll(`${sel} .cas-groups .cm-${group}`)].filter(opaque).reduce((sum, n) => sum + subpaths(n), 0);
    return {
      marks: { dead: count('dead'), injured: count('injured'), detained: count('detained') },
      partial: [...document.querySelectorAll(`${sel} .cas-groups .cm-partial`)].filter(opaque).length,
      outlines: [...document.querySelectorAll(`${sel} .cas-groups path.co`)].filter(opaque).map(subpaths),
      bars: [...document.querySelectorAll(`${sel} .cas-bars rect`)].filter(opaque).length,
    };
  }, figure);
}

/** The floor's marks on screen: the distance between neighbours in a row (px), from the width of a group's full rows. */
async function floorPitch(page: Page): Promise<number> {
  return page.evaluate(([sel, cols]) => {
    const rows = document.querySelector(`${sel} .cas-floor path.cm-detained:not(.cm-partial)`)!.getBoundingClientRect();
    const mark = document.querySelector(`${sel} .cas-floor path.cm-injured:not(.cm-partial)`)!.getBoundingClientRect();
    // a full row spans cols - 1 pitches and one mark
    return (rows.width - mark.height) / (cols - 1);
  }, [figure, FLOOR_COLS] as const);
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
  const steps = stepsOf(locale.tag).filter((s) => s.graphic === 'casualties');

  test.describe(`casualty graphic, ${locale.tag}`, () => {
    test('every state is reached by scrolling, with its marks and legible labels', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      expect(steps.map((s) => s.state)).toEqual(Object.keys(SHOWN));
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => shown(page), { message: step.state }).toEqual(SHOWN[step.state]);
        await expect(page.locator(`${figure} [data-for-state="${step.state}"]`)).toBeVisible();
        expect(await smallestLabel(page), step.state).toBeGreaterThanOrEqual(12);
      }
      expect(guard.problems).toEqual([]);
    });

    test('the floor’s marks stay countable at 320 px and on desktop: a mark a hundred people, at least 8 px apart', async ({ page }) => {
      const step = steps.find((s) => s.state === 'floor')!;
      expect(hundreds('kz-detained'), 'the detained fill a row of the floor').toBeGreaterThanOrEqual(FLOOR_COLS);
      for (const size of [{ width: 320, height: 568 }, { width: 1280, height: 800 }]) {
        await page.setViewportSize(size);
        await page.goto(`/${locale.tag}/`);
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => shown(page)).toEqual(SHOWN.floor);
        expect(await floorPitch(page), `${size.width} px`).toBeGreaterThanOrEqual(8);
      }
    });

    test('going back up returns to the earlier states, in any order, across the change of scale', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      for (const step of [steps.at(-1)!, steps[0]!, steps[3]!, steps[1]!, steps[0]!, steps[2]!]) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => shown(page), { message: step.state }).toEqual(SHOWN[step.state]);
      }
    });

    test('under reduced motion a state change is instant', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${locale.tag}/`);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        // no waiting: the marks must already be where the state puts them
        expect(await shown(page), step.state).toEqual(SHOWN[step.state]);
      }
    });
  });

  test.describe(`casualty graphic without JavaScript, ${locale.tag}`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the summary state: the three groups at one scale, their labels, and the data table', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const root = page.locator(figure);
      await expect(root).toHaveAttribute('data-state', 'arrested');
      await root.scrollIntoViewIfNeeded();
      expect(await shown(page)).toEqual(SHOWN.arrested);
      await expect(root.locator('[data-for-state="arrested"]')).toBeVisible();
      for (const group of ['dead', 'injured', 'detained']) expect(await root.locator(`text[data-key="group-${group}"]`).count(), group).toBeGreaterThan(0);
      expect(await smallestLabel(page)).toBeGreaterThanOrEqual(12);
      const table = page.locator('[data-scrolly]', { has: root }).locator('table');
      await expect(table).toBeAttached();
      for (const id of ['kz-dead', 'kz-injured', 'kz-detained', 'kz-detained-0110', 'kz-detained-0112', 'kz-dead-0115']) await expect(table.locator(`[data-figure-row="${id}"]`)).toHaveCount(1);
    });
  });
}
