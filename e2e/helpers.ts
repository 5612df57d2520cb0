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

/** Scrolls so that the step's middle sits on the reading line, as a reader would reach it. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    const line = window.innerHeight * (window.innerWidth < 800 ? 0.6 : 0.5);
    const card = el.querySelector('.step-card') ?? el;
    const r = card.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + r.top + r.height / 2 - line, behavior: 'instant' });
  }, id);
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
 * Labels of a graphic that the reader sees (displayed, opaque) and that leave the graphic or
 * overlap another such label by more than 2 px, measured on the rendered text.
 */
export function unreadableLabels(page: Page, graphic: string): Promise<string[]> {
  return page.evaluate((name) => {
    const root = document.querySelector<HTMLElement>(`[data-graphic="${name}"]`);
    const svg = root?.querySelector<SVGSVGElement>('svg');
    if (!root || !svg) return [`no SVG in ${name}`];
    const box = svg.getBoundingClientRect();
    const seen = (el: Element) => {
      for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.99) return false;
      }
      return true;
    };
    const labels = [...root.querySelectorAll<SVGTextElement>('svg text')]
      .filter((t) => t.getBoundingClientRect().width > 0 && seen(t))
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
    if (labels.length === 0) return [`no label shown in ${name}`];
    const problems: string[] = [];
    for (const [i, a] of labels.entries()) {
      if (a.r.left < box.left - 2 || a.r.right > box.right + 2 || a.r.top < box.top - 2 || a.r.bottom > box.bottom + 2) problems.push(`"${a.text}" leaves the graphic`);
      for (const b of labels.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    return problems;
  }, graphic);
}

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
