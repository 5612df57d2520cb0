/**
 * The scroll controller: for every [data-scrolly] block, marks the step at the reading line
 * with aria-current="step" and brings its graphic to that step's state. It recomputes on
 * scroll, resize, zoom (visualViewport), orientation change, hash navigation, load and
 * back-forward restore. Links marked data-keep-step (the language switcher) follow the active
 * step's id, so that switching language keeps the reader's place. For print, every graphic
 * shows its summary state and every data table is open, as in the static page.
 */
import { announceState } from '../graphic-state';
import { pickStep, readingLine } from './pick-step';

interface Block {
  graphic: HTMLElement | null;
  steps: HTMLElement[];
  active: number;
}

function blocks(): Block[] {
  return [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((root) => ({
    graphic: root.querySelector<HTMLElement>('[data-graphic]'),
    steps: [...root.querySelectorAll<HTMLElement>('[data-step]')],
    active: -1,
  }));
}

function keepStepInLinks(stepId: string | null): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-step]')) {
    const url = new URL(link.href);
    url.hash = stepId ?? '';
    link.href = url.toString();
  }
}

export function startScrollytelling(): void {
  const all = blocks();
  if (all.length === 0) return;
  document.documentElement.classList.add('scrolly-active');
  let scheduled = false;
  let lastScrollY = window.scrollY;
  let linkedStep: string | null | undefined;

  // Between beforeprint and afterprint the graphics show their summary states: the print layout
  // resizes the page, and a step picked from that layout would undo them.
  let printing = false;

  const update = (jump: boolean) => {
    scheduled = false;
    if (printing) return;
    // A big move between two frames is a jump, not reading: no animation through it.
    const jumped = jump || Math.abs(window.scrollY - lastScrollY) > window.innerHeight * 1.5;
    lastScrollY = window.scrollY;
    const line = readingLine(window.innerHeight, window.innerWidth);
    let current: string | null = null;
    for (const block of all) {
      const index = pickStep(block.steps.map((s) => s.getBoundingClientRect()), line);
      const first = block.steps[0]?.getBoundingClientRect();
      const last = block.steps.at(-1)?.getBoundingClientRect();
      if (first && last && first.top <= line && last.bottom >= 0) current = block.steps[index]?.id ?? current;
      if (index === block.active) continue;
      const previousStep = block.steps[block.active];
      previousStep?.removeAttribute('aria-current');
      const step = block.steps[index]!;
      step.setAttribute('aria-current', 'step');
      block.active = index;
      const state = step.dataset.state;
      if (block.graphic && state && state !== block.graphic.dataset.state) {
        announceState(block.graphic, {
          state,
          previous: block.graphic.dataset.state ?? state,
          instant: jumped,
        });
      }
    }
    // Only on a change: rewriting every link's href restyles the page, which a scroll frame
    // that also animates a graphic cannot afford.
    if (current !== linkedStep) keepStepInLinks(current);
    linkedStep = current;
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => update(false));
  };
  const jump = () => requestAnimationFrame(() => update(true));

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', jump);
  window.addEventListener('orientationchange', jump);
  window.addEventListener('hashchange', jump);
  window.addEventListener('load', jump);
  window.addEventListener('pageshow', jump);
  window.visualViewport?.addEventListener('resize', jump);
  window.addEventListener('beforeprint', () => {
    printing = true;
    for (const block of all) {
      const graphic = block.graphic;
      const summary = graphic?.dataset.summary;
      if (graphic && summary && summary !== graphic.dataset.state) announceState(graphic, { state: summary, previous: graphic.dataset.state ?? summary, instant: true });
      block.active = -1;
    }
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details.graphic-data')) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    for (const block of all) block.steps.forEach((s) => s.removeAttribute('aria-current'));
    update(true);
  });
  update(true);
}
