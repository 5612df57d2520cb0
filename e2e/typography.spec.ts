/**
 * Typography a reader sees on a wide screen: section headings, the body text and the graphics'
 * "Data" toggles share one left edge, whatever their font size.
 */
import { expect, test } from '@playwright/test';
import { locales } from './helpers';

for (const locale of locales.filter((l) => l.status === 'published')) {
  test(`${locale.tag}: headings, paragraphs and data toggles start at one left edge`, async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'the one edge is a wide-screen rule; on a phone everything spans the screen');
    await page.goto(`/${locale.tag}/`);
    const edges = await page.evaluate(() => {
      // where the content starts: a heading's or paragraph's first letter, a toggle's disclosure marker
      const left = (el: Element) => {
        const style = getComputedStyle(el);
        return Math.round(el.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft));
      };
      const pick = (selector: string) => [...document.querySelectorAll(selector)].map((el) => ({ what: `${selector}: ${el.textContent!.trim().slice(0, 30)}`, left: left(el) }));
      return [...pick('.article-body > h2'), ...pick('.article-body > p'), ...pick('.graphic-data > summary')];
    });
    expect(edges.filter((e) => e.what.startsWith('.graphic-data')).length, 'data toggles').toBeGreaterThan(0);
    expect(edges.filter((e) => e.what.startsWith('.article-body > h2')).length, 'section headings').toBeGreaterThan(0);
    const body = edges.find((e) => e.what.startsWith('.article-body > p'))!.left;
    expect(edges.filter((e) => Math.abs(e.left - body) > 1)).toEqual([]);
  });
}
