/** The troops map: every state by scrolling, its marks, the estimates chart, its labels at reading size, reduced motion, no JavaScript (axe in every state at every width: audits.spec.ts). */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ESTIMATES, PLANNED, troopsStrings } from '../src/charts/troops/data';
import { translator } from '../src/charts/shared/test-content';
import { SOLDIERS_PER_MARK } from '../src/charts/troops/layout';
import { expectActive, guardPage, locales, scrollToStep, stepsOf } from './helpers';

const figures = JSON.parse(fs.readFileSync('content/data/figures.json', 'utf8'));
const marks = (id: string) => Math.round(figures[id]!.value / SOLDIERS_PER_MARK);
const [troop, csto] = [marks('ru-troops-ukraine'), marks('csto-total')];

/** Visible marks per kind in each state, from the figures: one mark per 1,000 soldiers, one bar per estimate. A mark counts as drawn (its computed opacity, which a transition moves), not as set. */
const MARKS: Record<string, Record<string, number>> = {
  neighbourhood: { troop: 0, csto: 0, bar: 0 },
  buildup: { troop: 0, csto: 0, bar: ESTIMATES.length },
  'ukraine-border': { troop, csto: 0, bar: 0 },
  kazakhstan: { troop: 0, csto, bar: 0 },
  stakes: { troop: 0, csto: 0, bar: 0 },
  'two-fronts': { troop, csto, bar: 0 },
};

const figure = '[data-graphic="troops"]';

async function visibleMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate((sel) => {
    const count = (kind: string) =>
      [...document.querySelectorAll(`${sel} .troops-marks .tm-${kind}`)].filter((n) => Number(getComputedStyle(n).opacity) > 0.99).length;
    // the bars of the label set on screen, grown to their length
    const bars = [...document.querySelectorAll<SVGRectElement>(`${sel} :is(.tb-estimate, .tb-planned)`)].filter(
      (n) => n.checkVisibility() && Number(n.getAttribute('opacity') ?? 1) > 0.99 && n.getBoundingClientRect().width > 1,
    ).length;
    return { troop: count('troop'), csto: count('csto'), bar: bars };
  }, figure);
}

/** What the estimates chart shows on screen: the words of each visible label by key, the map's and the credit's visibility, the bars' kinds and lengths. */
async function estimatesChart(page: Page) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const words = Object.fromEntries(
      [...root.querySelectorAll<SVGTextElement>('svg text')]
        .filter((t) => t.checkVisibility() && Number(t.getAttribute('opacity') ?? 1) > 0.99)
        .map((t) => [t.dataset.key!, [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')]),
    );
    const bars = Object.fromEntries(
      [...root.querySelectorAll<SVGRectElement>('svg rect.tb')].filter((r) => r.checkVisibility()).map((r) => [r.dataset.key!, { kind: r.getAttribute('class')!.replace(/^.*tb-/, ''), px: r.getBoundingClientRect() }]),
    );
    const zero = bars['axis-zero']?.px;
    return {
      words,
      mapOpacity: Number(getComputedStyle(root.querySelector('.troops-base')!).opacity) * Number(root.querySelector('.troops-base')!.getAttribute('opacity') ?? 1),
      credit: root.querySelector<HTMLElement>('.map-credit')!.checkVisibility({ visibilityProperty: true }),
      bars: Object.fromEntries(Object.entries(bars).map(([key, b]) => [key, { kind: b.kind, startsAtZero: zero ? Math.abs(b.px.left - zero.left) < 1 : false, width: b.px.width }])),
    };
  }, figure);
}

/** The drawing's box on screen and whether the map's base covers it (no strip of the frame without map). */
async function frame(page: Page): Promise<{ size: string; covered: boolean }> {
  return page.evaluate((sel) => {
    const svg = document.querySelector(`${sel} svg`)!.getBoundingClientRect();
    const map = document.querySelector(`${sel} .troops-zoom`)!.getBoundingClientRect();
    const covered = map.left <= svg.left + 0.5 && map.top <= svg.top + 0.5 && map.right >= svg.right - 0.5 && map.bottom >= svg.bottom - 0.5;
    return { size: `${Math.round(svg.left)} ${Math.round(svg.width)}×${Math.round(svg.height)}`, covered };
  }, figure);
}

/** Crimea's hatching as drawn: the distance between its lines and their width, in screen px. */
async function hatching(page: Page): Promise<{ apart: number; width: number }> {
  return page.evaluate((sel) => {
    const crimea = document.querySelector<SVGPathElement>(`${sel} .map-crimea`)!;
    const pattern = document.querySelector<SVGPatternElement>(crimea.getAttribute('fill')!.replace(/^url\((.*)\)$/, '$1'))!;
    const lines = [...pattern.querySelectorAll('line')].filter((l) => getComputedStyle(l).display !== 'none' && getComputedStyle(l.parentElement!).display !== 'none');
    const xs = lines.map((l) => l.x1.baseVal.value).sort((a, b) => a - b);
    const m = pattern.patternTransform.baseVal.consolidate()!.matrix;
    const toScreen = crimea.getScreenCTM()!.a * Math.hypot(m.a, m.b);
    return { apart: (xs[1]! - xs[0]!) * toScreen, width: parseFloat(getComputedStyle(lines[0]!).strokeWidth) * toScreen };
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

  const strings = troopsStrings(translator(locale.tag), figures);

  test.describe(`troops map, ${locale.tag}`, () => {
    test('every state is reached by scrolling, with its marks and legible labels', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      expect(steps.map((s) => s.state)).toEqual(Object.keys(MARKS));
      const frames = new Set<string>();
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visibleMarks(page), { message: step.state }).toEqual(MARKS[step.state]);
        await expect(page.locator(`${figure} [data-for-state="${step.state}"]`)).toBeVisible();
        expect(await smallestLabel(page), step.state).toBeGreaterThanOrEqual(12);
        if (step.state !== 'buildup') await expect(page.locator(`${figure} .map-credit`), step.state).toBeVisible();
        const drawn = await frame(page);
        frames.add(drawn.size);
        if (step.state !== 'buildup') await expect.poll(async () => (await frame(page)).covered, `${step.state}: the map fills the frame`).toBe(true);
      }
      expect([...frames], 'one drawing box in every state: the map does not jump').toHaveLength(1);
      expect(guard.problems).toEqual([]);
    });

    test('Crimea’s hatching reads as lines at 320 px and on desktop: lines ≥ 6 px apart, ≥ 1.5 px wide, where the map shows Ukraine’s border', async ({ page }) => {
      const step = steps.find((s) => s.state === 'ukraine-border')!;
      for (const size of [{ width: 320, height: 568 }, { width: 1280, height: 800 }]) {
        await page.setViewportSize(size);
        await page.goto(`/${locale.tag}/`);
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        const drawn = await hatching(page);
        expect(drawn.apart, `${size.width} px`).toBeGreaterThanOrEqual(6);
        expect(drawn.width, `${size.width} px`).toBeGreaterThanOrEqual(1.5);
      }
    });

    test('the buildup state is a chart: an axis from zero, every estimate with who, when and its value, the planned strength outlined, no map', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const step = steps.find((s) => s.state === 'buildup')!;
      await scrollToStep(page, step.id);
      await expectActive(page, step);
      await expect.poll(() => visibleMarks(page)).toEqual(MARKS.buildup);
      await expect.poll(async () => (await estimatesChart(page)).mapOpacity).toBe(0);
      const chart = await estimatesChart(page);
      expect(chart.credit, 'the map credit on a chart').toBe(false);
      expect(chart.words['est-tick-0']).toBe(strings['troops.est.tick.0']);
      expect(chart.bars['axis-zero']?.kind).toBe('zero');
      for (const id of ESTIMATES) {
        expect(chart.words[`est-row-${id}`], id).toBe(strings[`troops.est.label.${id}`]);
        expect(chart.words[`est-value-${id}`], id).toBe(strings[`troops.est.value.${id}`]);
        expect(chart.bars[`bar-${id}`], id).toMatchObject({ kind: PLANNED.has(id) ? 'planned' : 'estimate', startsAtZero: true });
      }
      // the lengths follow the values: the largest estimate has the longest bar
      const longest = [...ESTIMATES].sort((a, b) => figures[b].value - figures[a].value)[0]!;
      const widths = ESTIMATES.map((id) => chart.bars[`bar-${id}`]!.width);
      expect(chart.bars[`bar-${longest}`]!.width).toBe(Math.max(...widths));
    });

    test('going back up returns to the earlier states, in any order', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      for (const step of [steps.at(-1)!, steps[0]!, steps[3]!, steps[2]!]) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visibleMarks(page)).toEqual(MARKS[step.state]);
      }
    });

    test('a mark that appears fades in where its state puts it, instead of flying in', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const at = (state: string) => steps.find((s) => s.state === state)!;
      await scrollToStep(page, at('buildup').id);
      await expectActive(page, at('buildup'));
      await page.waitForTimeout(1000);
      // every transition the troop marks start, as the browser starts it, whatever the frame rate
      await page.evaluate((sel) => {
        const started: string[] = [];
        Object.assign(window, { started_: started });
        document.querySelector(`${sel} .troops-marks`)!.addEventListener('transitionrun', (event) => {
          if ((event.target as Element).classList.contains('tm-troop')) started.push((event as TransitionEvent).propertyName);
        });
      }, figure);
      await scrollToStep(page, at('ukraine-border').id);
      await expectActive(page, at('ukraine-border'));
      await expect.poll(() => visibleMarks(page)).toEqual(MARKS['ukraine-border']);
      const started = await page.evaluate(() => (window as unknown as { started_: string[] }).started_);
      expect(started.length, 'the marks fade in').toBe(MARKS['ukraine-border']!.troop);
      expect(new Set(started), 'the marks neither move nor change size on their way in').toEqual(new Set(['opacity']));
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
