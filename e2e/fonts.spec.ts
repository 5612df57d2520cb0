/**
 * The web fonts as a reader gets them: served by the site itself, within the font budget, and the
 * font the graphics' labels were measured in at build time (src/fonts/measure.ts) is the font they
 * are drawn in: each visible label line's width in Chromium is within 3 % of the build's measure,
 * and a line's box is as tall as the layouts' line.
 */
import { expect, test } from '@playwright/test';
import { LINE_EM, textWidth } from '../src/charts/shared/text';
import { FAMILIES, fallbackName } from '../src/fonts/faces';
import { bringEveryBlockNear, locales, settle } from './helpers';

/** The most all font files of one page may weigh (README, quality bars). */
const FONT_BUDGET = 80 * 1024;
const TOLERANCE = 0.03;

for (const locale of locales.filter((l) => l.status === 'published')) {
  test(`${locale.tag}: labels are as wide as the build measured them, in the shipped font, within the font budget`, async ({ page }) => {
    const fontBytes: Record<string, number> = {};
    page.on('requestfinished', async (r) => {
      if (r.resourceType() === 'font') fontBytes[r.url()] = (await r.sizes()).responseBodySize;
    });
    await page.goto(`/${locale.tag}/`, { waitUntil: 'load' });
    await bringEveryBlockNear(page);
    await page.evaluate(() => document.fonts.ready);
    const lines = await page.evaluate(() => {
      const shown = (el: Element) => {
        for (let n: Element | null = el; n; n = n.parentElement) if (getComputedStyle(n).display === 'none') return false;
        return true;
      };
      return [...document.querySelectorAll<SVGTextElement>('.graphic svg text')].filter(shown).flatMap((t) => {
        const parts: SVGTextContentElement[] = t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t];
        return parts.map((p) => {
          const style = getComputedStyle(p);
          return {
            text: p.textContent ?? '',
            family: style.fontFamily,
            size: parseFloat(style.fontSize),
            bold: Number(style.fontWeight) >= 600,
            rendered: p.getComputedTextLength(),
            // a one-line label's box as the browser draws it: the font's ascent and descent
            height: t.querySelectorAll('tspan').length <= 1 ? t.getBBox().height : undefined,
          };
        });
      });
    });
    const sample = lines.filter((l) => l.text.trim() && l.rendered > 0);
    expect(sample.length, 'visible label lines').toBeGreaterThan(20);
    for (const l of sample) expect(l.family.startsWith(`"${FAMILIES.graphics.name}"`), `${l.text}: ${l.family}`).toBe(true);
    const off = sample
      .map((l) => ({ ...l, measured: textWidth(l.text, l.size, l.bold) }))
      .filter((l) => Math.abs(l.measured - l.rendered) > TOLERANCE * l.rendered)
      .map((l) => `"${l.text}" (${l.size} px${l.bold ? ', bold' : ''}): drawn ${l.rendered.toFixed(1)}, measured ${l.measured.toFixed(1)}`);
    expect(off).toEqual([]);
    // and as tall as the layouts' line (LINE_EM), so the box a layout keeps apart is the box drawn
    const tall = sample.filter((l) => l.height !== undefined && Math.abs(l.height - l.size * LINE_EM) > TOLERANCE * l.size * LINE_EM);
    expect(tall.map((l) => `"${l.text}": ${l.height!.toFixed(1)} high at ${l.size} px`)).toEqual([]);
    // every font the page loaded came from the site, and all of them within the budget
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`));
    expect(loaded).toEqual(expect.arrayContaining([`${FAMILIES.graphics.name} 400`, `${FAMILIES.text.name} 400`]));
    const origin = new URL(page.url()).origin;
    expect(Object.keys(fontBytes).filter((u) => new URL(u).origin !== origin)).toEqual([]);
    const total = Object.values(fontBytes).reduce((a, b) => a + b, 0);
    test.info().annotations.push({ type: 'font bytes', description: `${total} bytes in ${Object.keys(fontBytes).length} files; ${sample.length} label lines compared` });
    expect(total, `font files: ${Object.keys(fontBytes).map((u) => u.split('/').pop()).join(', ')}`).toBeLessThanOrEqual(FONT_BUDGET);
  });
}

test('the fallback faces take the room the web fonts take: a line as wide within 5 %, a line box as tall', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => document.fonts.ready);
  const sample = (await page.locator('.article-body > p').first().textContent())!.slice(0, 120);
  for (const role of ['text', 'graphics'] as const) {
    const { name } = FAMILIES[role];
    const fallback = fallbackName(role);
    const sizes = await page.evaluate(
      async ({ sample, families }) => {
        // the fallback is a system font: a machine without Arial, Times New Roman or a metric copy of them has none
        const loaded = await Promise.all(families.map((f) => document.fonts.load(`16px "${f}"`)));
        if (loaded.some((faces) => faces.length === 0)) return undefined;
        return families.map((family) => {
          const line = document.createElement('span');
          Object.assign(line.style, { fontFamily: `"${family}"`, fontSize: '20px', lineHeight: 'normal', whiteSpace: 'nowrap', position: 'absolute', top: '0' });
          line.textContent = sample;
          document.body.append(line);
          const { width, height } = line.getBoundingClientRect();
          line.remove();
          return { width, height };
        });
      },
      { sample, families: [name, fallback] },
    );
    test.skip(!sizes, `no system font for ${fallback} on this machine`);
    const [web, system] = sizes!;
    expect(Math.abs(system!.width - web!.width) / web!.width, `${role}: ${system!.width} against ${web!.width}`).toBeLessThan(0.05);
    expect(Math.abs(system!.height - web!.height), role).toBeLessThan(1);
  }
});

for (const locale of locales.filter((l) => l.status === 'published')) {
  test(`${locale.tag}: the web fonts arriving after the first paint move nothing (no layout shift)`, async ({ page }) => {
    // the first paint in the fallback faces, the web fonts a moment later: the swap every slow connection sees
    await page.route('**/*.woff2', async (route) => {
      await new Promise((arrive) => setTimeout(arrive, 600));
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          shifts.push(`${entry.value}: ${entry.sources.map((s) => s.node?.textContent?.trim().slice(0, 40) ?? '?').join(' | ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    /*
     * Phones, as the bench and Lighthouse measure them, move nothing at all. On a desktop the
     * language switcher, aligned right, still moves its left edge by some 3 px as its words change
     * width: a shift of about 0.00003, below the 0.001 that Lighthouse shows.
     */
    for (const { allowed, ...viewport } of [{ width: 375, height: 812, allowed: 0 }, { width: 412, height: 823, allowed: 0 }, { width: 1280, height: 800, allowed: 0.001 }]) {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale.tag}/`);
      const fallbacks = await page.evaluate(async (families) => (await Promise.all(families.map((f) => document.fonts.load(`16px "${f}"`)))).every((faces) => faces.length > 0), [fallbackName('text'), fallbackName('graphics')]);
      test.skip(!fallbacks, 'no system fonts for the fallback faces on this machine');
      await settle(page);
      const arrived = await page.evaluate((families) => families.every((family) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded')), [FAMILIES.text.name, FAMILIES.graphics.name]);
      expect(arrived, 'the web fonts arrived').toBe(true);
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
      const total = shifts.reduce((sum, shift) => sum + parseFloat(shift), 0);
      expect(total, `${viewport.width}×${viewport.height}: ${shifts.join('; ')}`).toBeLessThanOrEqual(allowed);
    }
  });
}
