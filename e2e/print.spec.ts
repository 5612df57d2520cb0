/**
 * The page on paper (A4, print media): nothing fixed or sticky that would print over the text,
 * every table within the page's width, every graphic in its summary state even when the reader
 * printed from another step, and no step styled as active.
 */
import { expect, test } from '@playwright/test';
import { locales, scrollToStep, stepsOf } from './helpers';

/** A4's printable width at 96 CSS px per inch, with the browser's default margins of 1 cm. */
const A4_CSS_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

for (const locale of locales) {
  test(`${locale.tag} prints without sticky parts, with every table on the page and every graphic in its summary state`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'print media does not depend on the screen it was printed from');
    await page.setViewportSize({ width: A4_CSS_WIDTH, height: 1000 });
    await page.goto(`/${locale.tag}/`);
    // print from a step whose state is not its graphic's summary, as a reader mid-article would
    const step = stepsOf(locale.tag).find((s) => s.state !== 'two-fronts' && s.state !== 'arrested') ?? stepsOf(locale.tag)[0]!;
    await scrollToStep(page, step.id);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const paper = await page.evaluate(() => ({
      pinned: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && getComputedStyle(el).display !== 'none')
        .map((el) => el.className || el.tagName),
      tables: [...document.querySelectorAll('table')].map((t) => ({ caption: t.caption?.textContent ?? '', right: t.getBoundingClientRect().right, width: t.scrollWidth, box: t.parentElement!.clientWidth })),
      states: [...document.querySelectorAll<HTMLElement>('[data-graphic]')].map((g) => [g.dataset.state, g.dataset.summary]),
      active: [...document.querySelectorAll('.step[aria-current] .step-card')].map((c) => getComputedStyle(c).borderInlineStartWidth),
      page: document.documentElement.scrollWidth,
    }));
    expect(paper.pinned).toEqual([]);
    expect(paper.tables.length).toBeGreaterThan(0);
    for (const t of paper.tables) {
      expect(t.right, t.caption).toBeLessThanOrEqual(A4_CSS_WIDTH);
      expect(t.width, t.caption).toBeLessThanOrEqual(t.box + 1);
    }
    for (const [state, summary] of paper.states) expect(state).toBe(summary);
    expect(paper.active.every((w) => w === '0px')).toBe(true);
    expect(paper.page).toBeLessThanOrEqual(A4_CSS_WIDTH);
  });
}
