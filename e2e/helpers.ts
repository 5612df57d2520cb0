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
