/** Shared steps of the end-to-end specs: the built site's locales and steps, and scrolling like a reader. */
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { discoverLocales } from '../src/i18n/registry';
import { structureOfSource } from '../src/integration/article-structure';
import fs from 'node:fs';

export const locales = discoverLocales(path.resolve('content'));

export interface StepSpec {
  id: string;
  state: string;
  graphic: string;
}

/** The steps of a locale's article, read from its MDX, in order. */
export function stepsOf(tag: string): StepSpec[] {
  const structure = structureOfSource(fs.readFileSync(path.resolve('content/article', `${tag}.mdx`), 'utf8'));
  return structure.blocks.flatMap((b) => b.steps.map((s) => ({ id: s.id!, state: s.state!, graphic: b.graphic! })));
}

/**
 * Scrolls a step to where a reader reads it: beside a sticky graphic, the card's middle at the
 * middle of the screen; below a sticky graphic that covers the top of the screen, the card's top
 * just below the graphic; in a stacked block, the step (its copy of the graphic, then its text)
 * at the top of the screen.
 */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate(async (stepId) => {
    // A part of the page far from the screen has an estimated height until it comes near
    // (content-visibility), and a block is laid out when it comes near. Scrolling the step into
    // view first gives its block its real size, as a link to it does; then the place is measured
    // again after each move until it holds.
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const el = document.getElementById(stepId)!;
    if (Math.abs(el.getBoundingClientRect().top) > window.innerHeight * 2) {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      await frames();
    }
    for (let tries = 0; tries < 6; tries++) {
      const root = el.closest<HTMLElement>('[data-scrolly]');
      const stage = root?.querySelector<HTMLElement>('.scrolly-graphic');
      const card = el.querySelector('.step-card') ?? el;
      const r = card.getBoundingClientRect();
      const masthead = stage ? parseFloat(getComputedStyle(stage).top) || 0 : 0;
      let target: number;
      if (root?.dataset.layout === 'stacked') {
        target = el.getBoundingClientRect().top - masthead - 4;
      } else {
        const s = stage?.getBoundingClientRect();
        const covers = s && s.left < r.right && s.right > r.left;
        const coveredTo = covers ? masthead + stage!.offsetHeight : 0;
        target = covers ? r.top - (coveredTo + (window.innerHeight - coveredTo) * 0.15) : r.top + r.height / 2 - window.innerHeight / 2;
      }
      if (Math.abs(target) < 1) return;
      window.scrollTo({ top: window.scrollY + target, behavior: 'instant' });
      await frames();
    }
  }, id);
}

/**
 * Brings each scrolly block near, as a reader reaches it: the browser lays it out
 * (content-visibility) and the controller lays it out for the screen and gives its graphic its
 * first step's state. Until then a block far from the screen has neither.
 */
export async function bringEveryBlockNear(page: Page): Promise<void> {
  for (const block of await page.locator('[data-scrolly]').all()) {
    await block.scrollIntoViewIfNeeded();
    await expect(block).toHaveAttribute('data-layout', /^(sticky|stacked)$/);
  }
}

/** Waits until the web fonts have arrived and the page has drawn two frames and rested 300 ms: the page as a reader first sees it. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))))));
}

/** Asserts the DOM contract for an active step: aria-current on it alone, its graphic in its state. */
export async function expectActive(page: Page, step: StepSpec): Promise<void> {
  await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
  const block = page.locator('[data-scrolly]', { has: page.locator(`[data-step="${step.id}"]`) });
  await expect(block.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(block.locator(`[data-graphic="${step.graphic}"]`)).toHaveAttribute('data-state', step.state);
}

/** Fails the test on any console error or request to another origin. */
export function guardPage(page: Page, baseURL: string): { problems: string[] } {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  return { problems };
}

/**
 * Labels of a graphic that the reader sees (displayed, opaque) that leave the graphic, overlap
 * another such label or the graphic's title or credit by more than 2 px, or render smaller than
 * the smallest readable size, measured on the rendered text. `root` picks the graphic (by default
 * the one the reader sees: the page's graphic, or in a stacked block the current step's copy);
 * `apart: false` leaves out the check of labels against each other.
 */
export function unreadableLabels(page: Page, graphic: string, root?: string, minPx = MIN_LABEL_PX, apart = true): Promise<string[]> {
  return page.evaluate(
    ({ name, selector, minPx, apart }) => {
      // in a stacked block the reader sees the current step's copy, not the page's graphic
      const original = document.querySelector<HTMLElement>(`[data-graphic="${name}"]`);
      const stacked = original?.closest<HTMLElement>('[data-scrolly]')?.dataset.layout === 'stacked';
      const figure = selector ? document.querySelector<HTMLElement>(selector) : stacked ? original!.closest('[data-scrolly]')!.querySelector<HTMLElement>('[aria-current="step"] [data-copy-of]') : original;
      const svg = figure?.querySelector<SVGSVGElement>('svg');
      if (!figure || !svg) return [`no SVG in ${name}`];
      const box = svg.getBoundingClientRect();
      const seen = (el: Element) => {
        for (let n: Element | null = el; n && n !== figure; n = n.parentElement) {
          const style = getComputedStyle(n);
          if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.99) return false;
        }
        return true;
      };
      const labels = [...figure.querySelectorAll<SVGTextElement>('svg text')]
        .filter((t) => t.getBoundingClientRect().width > 0 && seen(t))
        .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a }));
      if (labels.length === 0) return [`no label shown in ${name}`];
      const others = [...figure.querySelectorAll<HTMLElement>('.graphic-title, .map-credit')]
        .filter((el) => seen(el) && el.getBoundingClientRect().height > 0)
        .map((el) => ({ text: el.textContent?.trim() ?? '', r: el.getBoundingClientRect() }));
      const overlap = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
      const problems: string[] = [];
      for (const [i, a] of labels.entries()) {
        if (a.r.left < box.left - 2 || a.r.right > box.right + 2 || a.r.top < box.top - 2 || a.r.bottom > box.bottom + 2) problems.push(`"${a.text}" leaves the graphic`);
        if (a.px < minPx - 0.05) problems.push(`"${a.text}" is ${a.px.toFixed(1)} px`);
        for (const b of [...(apart ? labels.slice(i + 1) : []), ...others]) if (overlap(a.r, b.r)) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
      return problems;
    },
    { name: graphic, selector: root, minPx, apart },
  );
}

/** The smallest readable chart label, CSS px (ARCHITECTURE.md, quality bars). */
export const MIN_LABEL_PX = 12;

/**
 * What a graphic draws, as the reader sees it: every SVG element's box on screen and its opacity
 * (its own and its ancestors'), rounded to a tenth. Two snapshots are equal when nothing moved.
 */
export function geometryOf(page: Page, graphic: string): Promise<string[]> {
  return page.evaluate((name) => {
    const root = document.querySelector<HTMLElement>(`[data-graphic="${name}"]`)!;
    const opacity = (el: Element) => {
      let o = 1;
      for (let n: Element | null = el; n && n !== root; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
      return o;
    };
    const r1 = (n: number) => Math.round(n * 10) / 10;
    return [...root.querySelectorAll('svg *')]
      .filter((el) => el instanceof SVGGraphicsElement && !(el instanceof SVGGElement))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} ${el.getAttribute('data-key') ?? el.getAttribute('class') ?? ''}: ${r1(r.x)},${r1(r.y)} ${r1(r.width)}×${r1(r.height)} o${r1(opacity(el))}`;
      });
  }, graphic);
}

/**
 * Scrolls a step onto the reading line and resolves one frame after its graphic has taken the
 * step's state: the moment a reader first sees the new state.
 */
export async function scrollToStepAndWaitOneFrame(page: Page, step: StepSpec): Promise<void> {
  await scrollToStep(page, step.id);
  await page.evaluate(
    ({ graphic, state }) =>
      new Promise<void>((resolve) => {
        const root = document.querySelector<HTMLElement>(`[data-graphic="${graphic}"]`)!;
        const check = () => (root.dataset.state === state ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
        check();
      }),
    step,
  );
}

/**
 * Each visible legend swatch of a graphic against the visible marks it explains, by the browser's
 * computed colours (src/charts/STYLE.md: a swatch is drawn as its marks are). Returns the pairs
 * compared ("swatch = marks: colour") and every difference. A legend whose marks the state does
 * not show is not compared.
 */
export function legendColours(page: Page, graphic: string): Promise<{ compared: string[]; mismatches: string[] }> {
  return page.evaluate((name) => {
    const original = document.querySelector<HTMLElement>(`[data-graphic="${name}"]`)!;
    const stacked = original.closest<HTMLElement>('[data-scrolly]')?.dataset.layout === 'stacked';
    const figure = stacked ? original.closest('[data-scrolly]')!.querySelector<HTMLElement>('[aria-current="step"] [data-copy-of]')! : original;
    const shown = (el: Element) => {
      for (let n: Element | null = el; n && n !== figure; n = n.parentElement) {
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.99 || Number(n.getAttribute('opacity') ?? 1) < 0.99) return false;
      }
      return true;
    };
    const all = (selector: string) => [...figure.querySelectorAll(selector)].filter(shown);
    /** [swatch selector, marks selector, the painted property] */
    const pairs: [string, string, 'fill' | 'stroke'][] = [];
    // casualties: a swatch names the group it explains (data-group), whatever its classes say
    for (const group of ['dead', 'injured', 'detained']) {
      pairs.push([`.cs[data-group="${group}"]:not(.cs-outline)`, `.cas-groups .cm-${group}`, 'fill']);
      pairs.push([`.cs[data-group="${group}"].cs-outline`, `.cas-groups .co-${group}`, 'stroke']);
    }
    // Geneva: a filled swatch against the filled marks of its kind (outlined ones are later, threats or offers)
    for (const kind of ['russia', 'west', 'other']) pairs.push([`.gm[data-key="legend-${kind}"]`, `.gm-${kind}:not(.gm-outline):not([data-key^="legend-"])`, 'fill']);
    pairs.push(['.gm[data-key="legend-later"]', '.gm-later:not([data-key^="legend-"])', 'stroke']);
    pairs.push(['.tm-legend', '.tm-troop, .tm-csto', 'fill']);
    for (const stance of ['opposes', 'supports']) pairs.push([`.nm-swatch-${stance}`, `.ns-country.ns-${stance}`, 'stroke']);
    const compared: string[] = [];
    const mismatches: string[] = [];
    for (const [swatchSelector, marksSelector, property] of pairs) {
      const swatches = all(swatchSelector);
      const marks = all(marksSelector);
      if (swatches.length === 0 || marks.length === 0) continue;
      const markColours = new Set(marks.map((m) => getComputedStyle(m)[property]));
      for (const s of swatches) {
        const colour = getComputedStyle(s)[property];
        compared.push(`${swatchSelector} = ${marksSelector}: ${colour}`);
        if (markColours.size !== 1 || !markColours.has(colour)) mismatches.push(`${swatchSelector} ${property} ${colour}, marks ${marksSelector}: ${[...markColours].join(' / ')}`);
      }
    }
    return { compared, mismatches };
  }, graphic);
}
