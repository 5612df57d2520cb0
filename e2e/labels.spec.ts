/**
 * Labels as the browser renders them, not as the layouts estimate them: in every state of every
 * graphic, in each locale, the labels the reader sees stay inside their graphic and clear of each
 * other; and each graphic shows the label set its layout made for the container's width, at the
 * size the layout placed it, never under 12.8 CSS px. In the same pass, each legend swatch is drawn
 * in the computed colour of the marks it explains (src/charts/STYLE.md).
 */
import { expect, test } from '@playwright/test';
import * as casualties from '../src/charts/casualties/layout';
import * as geneva from '../src/charts/geneva/layout';
import * as nordstream from '../src/charts/nordstream/layout';
import * as troops from '../src/charts/troops/layout';
import { expectActive, legendColours, locales, scrollToStep, stepsOf, unreadableLabels } from './helpers';

/** Each graphic with label sets: its layout's sizes and breakpoint, and the element whose width its container query reads. */
const LABEL_SETS = {
  casualties: { layout: casualties, container: '.casualties' },
  troops: { layout: troops, container: '.troops-map' },
  nordstream: { layout: nordstream, container: '.ns-map' },
  geneva: { layout: geneva, container: '.geneva' },
} as const;

/** The smallest readable label, CSS px (ARCHITECTURE.md, quality bars). */
const MIN_READABLE_PX = 12.8;

for (const locale of locales) {
  test(`${locale.tag}: in every state the labels the reader sees stay inside their graphic and apart, and legend swatches match their marks`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/${locale.tag}/`);
    const legendsCompared = new Map<string, number>();
    for (const step of stepsOf(locale.tag).filter((s) => s.graphic in LABEL_SETS)) {
      await scrollToStep(page, step.id);
      await expectActive(page, step);
      expect(await unreadableLabels(page, step.graphic), `${step.id} (${step.state})`).toEqual([]);
      const { compared, mismatches } = await legendColours(page, step.graphic);
      expect(mismatches, `${step.id} (${step.state}): legend swatches against their marks`).toEqual([]);
      legendsCompared.set(step.graphic, (legendsCompared.get(step.graphic) ?? 0) + compared.length);
    }
    // the graphics whose legends explain coloured marks: each compared at least once
    for (const graphic of ['casualties', 'troops', 'geneva']) expect(legendsCompared.get(graphic), `${graphic}: legend swatches compared`).toBeGreaterThan(0);
  });
}

for (const [graphic, { layout, container }] of Object.entries(LABEL_SETS)) {
  const { compact, wide } = layout.MIN_PX;
  test(`${graphic}: the container shows the label set its layout made for its width, at the layout's size`, async ({ page }) => {
    await page.goto('/en/');
    const widths = [compact, wide - 1, wide, layout.WIDTH];
    for (const width of widths) {
      const seen = await page.evaluate(
        ({ graphic, container, width }) => {
          const box = document.querySelector<HTMLElement>(`[data-graphic="${graphic}"] ${container}`)!;
          box.style.width = `${width}px`;
          const texts = [...box.querySelectorAll<SVGTextElement>('svg text')].filter((t) => {
            for (let n: Element | null = t; n && n !== box; n = n.parentElement) if (getComputedStyle(n).display === 'none') return false;
            return true;
          });
          const svg = box.querySelector('svg')!;
          return {
            // the font size in viewBox units (CSS px inside the SVG) and as rendered on screen
            units: [...new Set(texts.map((t) => parseFloat(getComputedStyle(t).fontSize)))],
            // hidden or not, every text is styled, and the browser makes a font for each size
            allUnits: [...new Set([...box.querySelectorAll<SVGTextElement>('svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize)))],
            rendered: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement!.getScreenCTM()!.a)),
            svgWidth: svg.getBoundingClientRect().width,
          };
        },
        { graphic, container, width },
      );
      const set = width < wide ? 'compact' : 'wide';
      expect(seen.svgWidth, `${width} px: the SVG fills its container`).toBeCloseTo(width, 0);
      expect(seen.units, `${width} px: the ${set} set, at its layout's size`).toEqual([layout.FONT[set]]);
      expect(seen.allUnits, `${width} px: the hidden set at the shown set's size, so that it makes no fonts of its own`).toEqual([layout.FONT[set]]);
      expect(seen.rendered, `${width} px`).toBeGreaterThanOrEqual(MIN_READABLE_PX - 0.05);
    }
  });
}
