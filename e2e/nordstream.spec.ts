/** The Nord Stream map and its timeline: every state by scrolling, its frame, its marks and highlighted timeline marks, its labels at reading size and apart (measured in the browser), reduced motion, no JavaScript (axe in every state at every width: audits.spec.ts). */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { nordstreamInput, nordstreamStrings, type NordstreamData } from '../src/charts/nordstream/data';
import { STATES, WIDE_MIN_PX, layout, timelineItems, type SizeClass } from '../src/charts/nordstream/layout';
import { translator } from '../src/charts/shared/test-content';
import { expectActive, guardPage, locales, scrollToStep, stepsOf, unreadableLabels } from './helpers';

const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const data: NordstreamData = {
  figures: json('content/data/figures.json'),
  places: json('content/data/places.json'),
  pipelines: json('content/data/pipelines.json'),
  positions: json('content/data/positions.json'),
  nordstreamEvents: json('content/data/nordstream-events.json'),
};
const input = nordstreamInput(data);

/**
 * What each state shows, from the layout the unit tests check against content/data: marks of the
 * label set on screen by kind, Nord Stream 2 drawn hollow, the countries by stance, the state's
 * highlighted timeline marks (those reported later drawn hollow) and callouts, and its map frame's scale.
 */
function expectedMarks(tag: string, size: SizeClass): Record<string, Record<string, number>> {
  const strings = nordstreamStrings(translator(tag), data);
  return Object.fromEntries(
    STATES.map((state) => {
      const scene = layout(input, strings, state);
      const marks = (kind: string) => scene.layers[size].marks.filter((m) => m.kind === kind).length;
      const countries = (style: string) => Object.values(scene.countries).filter((c) => c === style).length;
      return [state, {
        landfall: marks('landfall'), idle: Number(scene.idle), opposes: countries('opposes'), supports: countries('supports'),
        timeline: scene.layers[size].marks.filter((m) => m.kind.startsWith('tl-')).length,
        hollow: scene.layers[size].marks.filter((m) => m.kind.startsWith('tl-') && m.later).length,
        callouts: scene.layers[size].labels.filter((l) => l.key.startsWith('callout-') && !l.key.endsWith('-date')).length,
        scale: scene.frame.k,
      }];
    }),
  );
}

const figure = '[data-graphic="nordstream"]';
/** every letter, statement and measure, drawn in the strip in every state */
const ITEMS = timelineItems(input).length;

/** In the state's overlay on screen (fully shown), what it draws; marks in the label set on screen. */
async function visibleMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const overlays = [...root.querySelectorAll<SVGSVGElement>('svg[data-overlay]')]
      .filter((o) => Number(getComputedStyle(o).opacity) > 0.99);
    const empty = { landfall: 0, idle: 0, opposes: 0, supports: 0, timeline: 0, hollow: 0, callouts: 0, scale: 0, overlays: overlays.length };
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
      timeline: layer.querySelectorAll('[class*="nm-tl-"]').length,
      hollow: layer.querySelectorAll('[class*="nm-tl-"].nm-hollow').length,
      callouts: [...layer.querySelectorAll('text[data-key^="callout-"]')].filter((t) => !t.getAttribute('data-key')!.endsWith('-date')).length,
      // the base map's frame as the browser has it (the summary's attribute, or the client's transform)
      scale: Math.round(new DOMMatrix(getComputedStyle(root.querySelector('[data-frame-base]')!).transform).a * 1e4) / 1e4,
    };
    return counts;
  }, figure);
}

/** The timeline's marks in the strip every state shows, in the label set on screen. */
async function stripMarks(page: Page): Promise<number> {
  return page.evaluate((sel) => {
    const layer = [...document.querySelectorAll<SVGGElement>(`${sel} .ns-strip .ns-layer`)].find((g) => getComputedStyle(g).display !== 'none');
    return layer ? layer.querySelectorAll('[class*="nm-tl-"]').length : 0;
  }, figure);
}

/**
 * The days of the state's callouts on screen in reading order (top to bottom, left to right along
 * a row), and the dates of the strip's marks left to right: where a callout's date has a line of
 * its own, that line is its top.
 */
async function readingOrder(page: Page): Promise<{ callouts: string[]; marks: string[] }> {
  const dateOf = Object.fromEntries(timelineItems(input).map((i) => [i.key, i.date]));
  const { callouts, marks } = await page.evaluate((sel) => {
    const shownLayer = (root: Element) => [...root.querySelectorAll<SVGGElement>('.ns-layer')].find((g) => getComputedStyle(g).display !== 'none');
    const overlay = [...document.querySelectorAll<SVGSVGElement>(`${sel} svg[data-overlay]`)].find((o) => Number(getComputedStyle(o).opacity) > 0.99);
    const layer = overlay && shownLayer(overlay);
    const texts = layer ? [...layer.querySelectorAll<SVGTextElement>('text[data-key^="callout-"]')] : [];
    const tops = new Map<string, { top: number; left: number }>();
    for (const t of texts) {
      const day = t.getAttribute('data-key')!.replace(/-date$/, '').slice(-10);
      const r = t.getBoundingClientRect();
      const seen = tops.get(day);
      if (!seen || r.top < seen.top) tops.set(day, { top: r.top, left: r.left });
    }
    const strip = shownLayer(document.querySelector(`${sel} .ns-strip`)!);
    const stripMarks = strip ? [...strip.querySelectorAll<SVGGraphicsElement>('[class*="nm-tl-"]')].map((m) => { const r = m.getBoundingClientRect(); return { key: m.getAttribute('data-key')!, x: r.left + r.width / 2 }; }) : [];
    return {
      // one row: tops within 2 px
      callouts: [...tops].sort(([, a], [, b]) => (Math.abs(a.top - b.top) > 2 ? a.top - b.top : a.left - b.left)).map(([day]) => day),
      marks: stripMarks,
    };
  }, figure);
  // marks of two lanes may share a place: left to right, within half a pixel, then by date
  const leftToRight = marks.map((m) => ({ date: dateOf[m.key] ?? m.key, x: m.x })).sort((a, b) => (Math.abs(a.x - b.x) > 0.5 ? a.x - b.x : a.date.localeCompare(b.date)));
  return { callouts, marks: leftToRight.map((m) => m.date) };
}

/** Both pipelines are drawn as lines of some length on screen, in the overlay shown. */
async function routesDrawn(page: Page): Promise<boolean> {
  return page.evaluate((sel) => {
    const overlay = [...document.querySelectorAll<SVGSVGElement>(`${sel} svg[data-overlay]`)].find((o) => Number(getComputedStyle(o).opacity) > 0.99)!;
    const lines = [...overlay.querySelectorAll<SVGPathElement>('.ns-route')];
    // on screen, across a fifth of the map at least, whatever the state's frame
    const width = overlay.getBoundingClientRect().width;
    return lines.length === 2 && lines.every((l) => l.getBoundingClientRect().width > width / 5);
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

/** The states whose overlay is in the layout (not display: none), in page order. */
async function overlaysInLayout(page: Page): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll<SVGSVGElement>(`${sel} svg[data-overlay]`)].filter((o) => getComputedStyle(o).display !== 'none').map((o) => o.dataset.overlay!), figure);
}

/** An overlay's opacity transition: from and to, and its time span from the change (ms). */
interface Fade {
  name: string;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The label set the page shows: the container's width against the layout's breakpoint. */
async function sizeShown(page: Page): Promise<SizeClass> {
  const width = await page.locator(`${figure} .ns-map`).evaluate((el) => el.getBoundingClientRect().width);
  return width >= WIDE_MIN_PX ? 'wide' : 'compact';
}

for (const locale of locales) {
  const steps = stepsOf(locale.tag).filter((s) => s.graphic === 'nordstream');
  const MARKS = { compact: expectedMarks(locale.tag, 'compact'), wide: expectedMarks(locale.tag, 'wide') };

  test.describe(`nordstream map, ${locale.tag}`, () => {
    test('every state is reached by scrolling, with its marks and legible labels', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      expect(steps.map((s) => s.state)).toEqual([...STATES]);
      const shown = MARKS[await sizeShown(page)];
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visibleMarks(page), { message: step.state }).toEqual(shown[step.state]);
        // the states not shown are out of the layout: laid out, they made one long pause as the block came near
        await expect.poll(() => overlaysInLayout(page), { message: step.state }).toEqual([step.state]);
        expect(await routesDrawn(page), step.state).toBe(true);
        await expect(page.locator(`${figure} [data-for-state="${step.state}"]`)).toBeVisible();
        expect(await smallestLabel(page), step.state).toBeGreaterThanOrEqual(12);
        expect(await stripMarks(page), step.state).toBe(ITEMS);
        // the strip and the callouts read in date order, as rendered
        const order = await readingOrder(page);
        expect(order.callouts, step.state).toEqual([...order.callouts].sort());
        expect(order.callouts.length, step.state).toBe(shown[step.state]!.callouts);
        expect(order.marks, step.state).toEqual([...order.marks].sort());
        // measured in the browser: every label of the map and the timeline inside, legible, apart
        expect(await unreadableLabels(page, 'nordstream'), step.state).toEqual([]);
      }
      expect(guard.problems).toEqual([]);
    });

    test('going back up returns to the earlier states, in any order', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const shown = MARKS[await sizeShown(page)];
      for (const step of [steps.at(-1)!, steps[0]!, steps[3]!, steps[2]!]) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        await expect.poll(() => visibleMarks(page)).toEqual(shown[step.state]);
      }
    });

    test('a change of state fades the leaving state out and the next in, then takes the leaving one out of the layout', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      await scrollToStep(page, steps[0]!.id);
      const block = page.locator('[data-scrolly]', { has: page.locator(figure) });
      test.skip((await block.getAttribute('data-layout')) !== 'sticky', 'a stacked block shows each state in a copy of its own, with no change of state');
      await expectActive(page, steps[0]!);
      await page.waitForTimeout(1200);
      const [from, to] = [steps[0]!.state, steps[1]!.state];
      // Each overlay's opacity transition as the browser starts it (its values and its time span
      // from the change), whatever the frame rate: a busy machine's frames may skip a 200 ms fade.
      await page.evaluate(({ sel, names }) => {
        const fades: Fade[] = [];
        Object.assign(window, { fades_: fades });
        for (const name of names) {
          const overlay = document.querySelector<SVGSVGElement>(`${sel} svg[data-overlay="${name}"]`)!;
          overlay.addEventListener('transitionrun', (event) => {
            if (event.propertyName !== 'opacity') return;
            const transition = overlay.getAnimations().find((a) => a instanceof CSSTransition && a.transitionProperty === 'opacity')!;
            const effect = transition.effect as KeyframeEffect;
            const { delay = 0, duration } = effect.getTiming();
            const [first, last] = effect.getKeyframes().map((k) => Number(k.opacity));
            fades.push({ name, from: first!, to: last!, start: delay, end: delay + Number(duration) });
          });
        }
      }, { sel: figure, names: [from, to] });
      await scrollToStep(page, steps[1]!.id);
      await expectActive(page, steps[1]!);
      await expect.poll(() => overlaysInLayout(page)).toEqual([to]);
      const fades = await page.evaluate(() => (window as unknown as { fades_: Fade[] }).fades_);
      const leaving = fades.find((f) => f.name === from);
      const entering = fades.find((f) => f.name === to);
      expect(leaving, `${from} fades out`).toMatchObject({ from: 1, to: 0 });
      expect(entering, `${to} fades in`).toMatchObject({ from: 0, to: 1 });
      // one after the other, never both at once
      expect(entering!.start, `${to} starts once ${from} has gone`).toBeGreaterThanOrEqual(leaving!.end);
    });

    test('under reduced motion a state change is instant', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${locale.tag}/`);
      const shown = MARKS[await sizeShown(page)];
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
        // no waiting: the marks must already be where the state puts them
        expect(await visibleMarks(page), step.state).toEqual(shown[step.state]);
      }
    });

    test('the data section has the positions and the dated events, later ones marked', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const section = page.locator('[data-scrolly]', { has: page.locator(figure) });
      // as a keyboard user opens it
      await section.locator('.graphic-data summary').focus();
      await page.keyboard.press('Enter');
      await expect(section.locator('[data-nordstream-table="positions"] tbody tr')).toHaveCount(Object.keys(data.positions).length);
      // each quotation in its original words, marked with no language but its own
      for (const [id, { quote }] of Object.entries(data.positions)) {
        if (!quote) continue;
        const row = section.locator(`[data-position-row="${id}"]`);
        await expect(row, id).toContainText(quote.text.split(' ').slice(0, 4).join(' '));
        for (const lang of await row.locator('[lang]').evaluateAll((els) => els.map((e) => e.getAttribute('lang')))) expect(lang, id).toBe(quote.lang);
      }
      // a development after 10 January, marked as later
      await expect(section.locator(`[data-event-row="${input.events.find((e) => e.later)!.id}"] .later-tag`)).toBeVisible();
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
      expect(await visibleMarks(page)).toEqual(MARKS[await sizeShown(page)].route);
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
