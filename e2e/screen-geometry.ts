/**
 * The geometry a reader sees when a step becomes current, checked on the rendered page: the
 * viewports that readers have, and what must hold at each of them.
 */
import type { Page } from '@playwright/test';
import { unreadableLabels, type StepSpec } from './helpers';

export interface Screen {
  name: string;
  width: number;
  height: number;
  scale?: number;
  mobile?: boolean;
}

/** Phones, a landscape phone, a tablet, laptops, desktops, and a 1280×800 window at 200 % zoom. */
export const SCREENS: Screen[] = [
  { name: '320×568', width: 320, height: 568, scale: 2, mobile: true },
  { name: '375×667', width: 375, height: 667, scale: 2, mobile: true },
  { name: '390×844', width: 390, height: 844, scale: 3, mobile: true },
  { name: '412×915', width: 412, height: 915, scale: 2.6, mobile: true },
  { name: '812×375 landscape', width: 812, height: 375, scale: 3, mobile: true },
  { name: '768×1024', width: 768, height: 1024, scale: 2, mobile: true },
  { name: '1366×650', width: 1366, height: 650 },
  { name: '1280×800', width: 1280, height: 800 },
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '640×400 (1280×800 at 200 %)', width: 640, height: 400, scale: 2 },
];

/**
 * Scrolls the step's top up from the bottom of the screen, a twentieth of the screen at a time,
 * until the step is current, then checks:
 * - beside or above a sticky graphic, the active card does not touch the graphic's box, and a
 *   card above which the graphic sits is at most 45 % of the screen's height;
 * - in a stacked block, the card does not touch the step's own copy of the graphic;
 * - the graphic's box stays inside its sticky box, and that inside the screen;
 * - the page does not scroll sideways;
 * - the graphic the reader sees shows its title, and neither the title nor the drawing starts
 *   under the masthead; a stacked step scrolled to its top shows its copy whole below the masthead,
 *   unless its drawing is already as narrow as its labels allow (then its title and top still show);
 * - the labels the reader sees are inside the drawing, apart from the title
 *   and credit (`labelsApart`: and from each other), and at least `minPx` tall as rendered.
 */
export async function screenProblems(page: Page, step: StepSpec, minPx?: number, labelsApart = true): Promise<string[]> {
  const seen = await page.evaluate(async (id) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const el = document.getElementById(id)!;
    window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - window.innerHeight, behavior: 'instant' });
    await frame();
    const root = el.closest<HTMLElement>('[data-scrolly]')!;
    const stage = root.querySelector<HTMLElement>('.scrolly-graphic')!;
    // The first step is current before the block reaches the screen (the graphic shows its first
    // state as it comes into view): its moment is when the graphic has reached its place.
    const inPlace = () =>
      root.dataset.layout === 'stacked' ? el.getBoundingClientRect().top <= window.innerHeight / 2 : stage.getBoundingClientRect().top <= (parseFloat(getComputedStyle(stage).top) || 0) + 1;
    for (let i = 0; i < 120 && !(el.getAttribute('aria-current') === 'step' && inPlace()); i++) {
      window.scrollBy({ top: window.innerHeight / 20, behavior: 'instant' });
      await frame();
    }
    // A step of a twentieth of the screen may overshoot the moment the graphic reached its place:
    // back to that moment.
    const stageStart = root.querySelector('.scrolly-stage')!.getBoundingClientRect().top;
    const stickyTop = parseFloat(getComputedStyle(stage).top) || 0;
    if (el === root.querySelector('[data-step]') && root.dataset.layout !== 'stacked' && stageStart < stickyTop) {
      window.scrollBy({ top: stageStart - stickyTop, behavior: 'instant' });
      await frame();
    }
    const problems: string[] = [];
    if (el.getAttribute('aria-current') !== 'step') return { problems: [`${id}: never became current`], stacked: false };
    const card = el.querySelector<HTMLElement>('.step-card')!.getBoundingClientRect();
    const touches = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const stacked = root.dataset.layout === 'stacked';
    if (stacked) {
      const copy = el.querySelector<HTMLElement>('[data-copy-of]');
      if (!copy) problems.push(`${id}: a stacked step without its copy of the graphic`);
      else if (touches(card, copy.getBoundingClientRect())) problems.push(`${id}: the card touches its copy of the graphic`);
    } else {
      const box = stage.getBoundingClientRect();
      const figure = stage.querySelector<HTMLElement>('[data-graphic]')!.getBoundingClientRect();
      if (touches(card, box)) problems.push(`${id}: the card covers the graphic (card ${Math.round(card.top)}–${Math.round(card.bottom)}, graphic ${Math.round(box.top)}–${Math.round(box.bottom)})`);
      const above = box.left < card.right && box.right > card.left;
      if (above && card.height > window.innerHeight * 0.45) problems.push(`${id}: the card is ${Math.round((card.height / window.innerHeight) * 100)} % of the screen's height`);
      if (figure.top < box.top - 1 || figure.bottom > box.bottom + 1 || figure.right > box.right + 1 || figure.left < box.left - 1) problems.push(`${id}: the graphic overflows its box`);
      if (box.bottom > window.innerHeight + 1) problems.push(`${id}: the sticky graphic runs ${Math.round(box.bottom - window.innerHeight)} px off the screen`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`${id}: the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
    problems.push(...titledGraphicProblems());
    // A stacked step is read graphic first: followed from a link, or scrolled to its top, the step
    // starts just below the sticky masthead (the layout's sticky top), and there its copy shows
    // whole, from its title to the bottom of its drawing.
    if (stacked) {
      window.scrollBy({ top: el.getBoundingClientRect().top - stickyTop, behavior: 'instant' });
      await frame();
      problems.push(...titledGraphicProblems(true).map((p) => `${p}, scrolled to the step`));
    }
    return { problems, stacked };

    /** how far down the screen the masthead reaches (0 once a masthead that scrolls has gone) */
    function mastheadBottom(): number {
      return Math.max(0, document.querySelector('.masthead')?.getBoundingClientRect().bottom ?? 0);
    }
    /**
     * The graphic the reader sees with this step (the sticky one, or the step's own copy) shows
     * the title that names it, and neither the title nor the drawing's top edge is under the
     * masthead or above the screen; `whole`: the drawing's bottom edge is on the screen too,
     * unless the drawing is no wider than its narrowest readable width (--readable-width, in rem),
     * where readable labels come first and the screen is simply too short for the whole of it.
     */
    function titledGraphicProblems(whole = false): string[] {
      const shown = stacked ? el.querySelector<HTMLElement>('[data-copy-of]') : stage.querySelector<HTMLElement>('[data-graphic]');
      if (!shown) return [];
      const title = shown.querySelector<HTMLElement>('.graphic-title');
      const visual = shown.querySelector<HTMLElement>('.graphic-visual svg') ?? shown.querySelector<HTMLElement>('.graphic-visual');
      const found: string[] = [];
      const top = mastheadBottom();
      if (!title || !title.checkVisibility() || title.getBoundingClientRect().height < 1) found.push(`${id}: the graphic shows without its title`);
      for (const [name, part] of [['title', title], ['drawing', visual]] as const) {
        if (!part || !part.checkVisibility()) continue;
        const box = part.getBoundingClientRect();
        // under the masthead, or covered by it: what the reader sees at the part's top edge is the part
        const hit = document.elementFromPoint(box.left + box.width / 2, Math.max(box.top, 0) + 1);
        if (box.top < top - 1 || (hit && !part.contains(hit) && hit.closest('.masthead'))) found.push(`${id}: the ${name}'s top edge is ${Math.round(top - box.top)} px under the masthead or above the screen`);
        const readable = parseFloat(getComputedStyle(part).getPropertyValue('--readable-width')) * parseFloat(getComputedStyle(document.documentElement).fontSize) || 0;
        if (whole && name === 'drawing' && box.bottom > window.innerHeight + 1 && box.width > readable + 1) found.push(`${id}: the drawing runs ${Math.round(box.bottom - window.innerHeight)} px off the screen below its title`);
      }
      return found;
    }
  }, step.id);
  if (!(await page.locator(`[data-graphic="${step.graphic}"] .graphic-visual svg`).count())) return seen.problems;
  const root = seen.stacked ? `#${step.id} [data-copy-of]` : undefined;
  const labels = await unreadableLabels(page, step.graphic, root, minPx, labelsApart);
  return [...seen.problems, ...labels.map((p) => `${step.id} (${step.state}): ${p}`)];
}
