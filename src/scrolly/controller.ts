/**
 * The scroll controller: for every [data-scrolly] block, marks the step at the reading line
 * with aria-current="step" and brings its graphic to that step's state. It recomputes on
 * scroll, resize, zoom (visualViewport), orientation change, hash navigation, web fonts loaded and
 * back-forward restore. Links marked data-keep-step (the language switcher) follow the active
 * step's id, so that switching language keeps the reader's place. It lays a block out from
 * measured geometry (fit.ts: sticky, or stacked with a copy of the graphic in each step,
 * stacked.ts) when the block first comes near the screen, and again after every change of the
 * screen's size. For print, every graphic shows its summary state and every data table is open, as in the
 * static page.
 *
 * At load only the blocks near the screen are measured, and only those are read as the reader
 * scrolls. The page lays out what is far from the screen only when it comes near
 * (content-visibility in global.css); reading a far block's geometry would make the browser lay
 * it out at once, and at load that was most of a phone's blocked second.
 */
import { announceState } from '../graphic-state';
import { fitBlock, type BlockGeometry } from './fit';
import { flingJudge } from './fling';
import { pickStep, readingLine } from './pick-step';
import { LAID_OUT_EVENT } from './reading-place';
import { addStepCopies } from './stacked';

interface Block {
  root: HTMLElement;
  /** the sticky box that holds the graphic */
  stage: HTMLElement | null;
  graphic: HTMLElement | null;
  steps: HTMLElement[];
  active: number;
  /** where the sticky graphic sticks, when it sits above the text and covers the top of the screen; else null */
  coverTop: number | null;
  /** how far down the screen the sticky graphic covers (0: it does not); NaN until measured after a layout */
  coveredTo: number;
  /** within a screen of the visible part of the page, as the IntersectionObserver last said */
  near: boolean;
  /** the screen (its layout generation) the block was last laid out for; 0: never */
  laidOutFor: number;
}

function blocks(): Block[] {
  return [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((root) => ({
    root,
    stage: root.querySelector<HTMLElement>('.scrolly-graphic'),
    graphic: root.querySelector<HTMLElement>('[data-graphic]'),
    steps: [...root.querySelectorAll<HTMLElement>('[data-step]')],
    active: -1,
    coverTop: null,
    coveredTo: 0,
    near: false,
    laidOutFor: 0,
  }));
}

/**
 * The block's geometry in its plain sticky layout. A drawing (an SVG) may be narrowed down to the
 * width at which its labels stay readable; any other visual (a panel of text) keeps its width.
 */
function measure(block: Block): BlockGeometry | null {
  const { root, stage, graphic } = block;
  const column = graphic?.querySelector<HTMLElement>('.graphic-visual');
  const steps = root.querySelector<HTMLElement>('.scrolly-steps');
  if (!stage || !graphic || !column || !steps) return null;
  const drawing = column.querySelector<SVGSVGElement>('svg');
  const view = drawing?.viewBox.baseVal;
  const visual = (drawing ?? column).getBoundingClientRect();
  if (!visual.width) return null;
  const stageStyle = getComputedStyle(stage);
  const stageBox = stage.getBoundingClientRect();
  const stepsBox = steps.getBoundingClientRect();
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  // the narrowest readable drawing, in rem, from the build (label-sizes-css.ts)
  const readableWidth = drawing ? parseFloat(getComputedStyle(drawing).getPropertyValue('--readable-width')) : 0;
  return {
    viewportHeight: window.innerHeight,
    top: parseFloat(stageStyle.top) || 0,
    chrome: graphic.getBoundingClientRect().height - visual.height + parseFloat(stageStyle.paddingTop) + parseFloat(stageStyle.paddingBottom),
    columnWidth: column.clientWidth,
    aspect: view?.width ? view.height / view.width : visual.height / visual.width,
    minWidth: !drawing ? column.clientWidth : readableWidth > 0 ? readableWidth * rem : 0,
    sideBySide: stepsBox.right <= stageBox.left || stepsBox.left >= stageBox.right,
    tallestCard: Math.max(0, ...block.steps.map((s) => s.querySelector('.step-card')?.getBoundingClientRect().height ?? 0)),
  };
}

/**
 * Lays blocks out for the screen as it is now: each measured in its plain sticky layout, then
 * fitted. All are reset first and all measured before any is changed, so the browser lays the
 * page out once for all of them, not once per block. How far a sticky graphic covers the screen
 * is read with the step positions, after this.
 */
function layOut(all: readonly Block[]): void {
  for (const { root } of all) {
    delete root.dataset.layout;
    root.style.removeProperty('--drawing-width');
  }
  const geometries = all.map(measure);
  all.forEach((block, index) => {
    const geometry = geometries[index];
    block.coverTop = null;
    block.coveredTo = 0;
    if (!geometry) return;
    const fit = fitBlock(geometry);
    block.root.dataset.layout = fit.layout;
    if (fit.layout === 'stacked' && block.graphic) addStepCopies(block.graphic, block.steps);
    block.root.style.setProperty('--drawing-width', `${fit.width}px`);
    if (fit.layout === 'sticky' && !geometry.sideBySide) {
      block.coverTop = geometry.top;
      block.coveredTo = Number.NaN;
    }
  });
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
  const isFling = flingJudge({ y: window.scrollY, time: performance.now() });
  let linkedStep: string | null | undefined;
  // A new generation for every change of the screen that needs the blocks laid out again; a block
  // laid out for an older one is laid out again when it is near.
  let generation = 1;

  // Between beforeprint and afterprint the graphics show their summary states: the print layout
  // resizes the page, and a step picked from that layout would undo them.
  let printing = false;

  const update = (jump: boolean) => {
    scheduled = false;
    if (printing) return;
    // judged in every frame, a jump's too: the next frame's speed is measured from this one
    const flung = isFling({ y: window.scrollY, time: performance.now(), screenHeight: window.innerHeight });
    const jumped = jump || flung;
    const near = all.filter((block) => block.near);
    // A block is laid out first when it comes near; from then on, with every change of the
    // screen, wherever it is: left in an old layout, it would change size when the reader comes
    // back to it, and move the text above the screen.
    const due = all.filter((block) => block.laidOutFor !== generation && (block.near || block.laidOutFor > 0));
    layOut(due);
    for (const block of due) block.laidOutFor = generation;
    if (due.length > 0) document.dispatchEvent(new Event(LAID_OUT_EVENT));
    // All reads before any write: a step marked current restyles the page, and a read after it
    // would lay the page out again for every block.
    let current: string | null = null;
    const picked = near.map((block) => {
      if (Number.isNaN(block.coveredTo)) block.coveredTo = (block.coverTop ?? 0) + (block.stage?.offsetHeight ?? 0);
      const line = readingLine(window.innerHeight, block.coveredTo);
      const boxes = block.steps.map((s) => s.getBoundingClientRect());
      const index = pickStep(boxes, line);
      const first = boxes[0];
      const last = boxes.at(-1);
      if (first && last && first.top <= line && last.bottom >= 0) current = block.steps[index]?.id ?? current;
      return index;
    });
    near.forEach((block, blockIndex) => {
      const index = picked[blockIndex]!;
      if (index === block.active) return;
      // a block's first state is set while it is still off the screen; passing over a step's
      // state without stopping there is a jump too
      const skipped = block.active < 0 || Math.abs(index - block.active) > 1;
      block.steps[block.active]?.removeAttribute('aria-current');
      const step = block.steps[index]!;
      step.setAttribute('aria-current', 'step');
      block.active = index;
      const state = step.dataset.state;
      const graphic = block.graphic;
      if (!graphic || !state || state === graphic.dataset.state) return;
      // The graphic draws the state in a task of its own, after this frame: drawn in the frame that
      // read the steps' places (and, for a block just come near, laid it out), a state change made
      // pauses of 100-150 ms on a phone at a quarter of a laptop's speed while the reader scrolled.
      // A task later is a frame later at most, and the transition takes 800 ms.
      setTimeout(() => {
        if (block.active === index && state !== graphic.dataset.state) announceState(graphic, { state, previous: graphic.dataset.state ?? state, instant: jumped || skipped });
      });
    });
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
  // A phone's address bar that slides in and out while the reader scrolls changes the height a
  // little: laying the page out again then would flip a block between sticky and stacked under
  // the reader's thumb. Only a new width or a real change of height (rotation, zoom, a split
  // screen, a larger font) lays the blocks out again.
  let laidOutFor = { width: 0, height: 0, rem: 0 };
  const relayout = (force: boolean) =>
    requestAnimationFrame(() => {
      if (printing) return;
      const now = { width: window.innerWidth, height: window.innerHeight, rem: parseFloat(getComputedStyle(document.documentElement).fontSize) };
      const changed = force || now.width !== laidOutFor.width || now.rem !== laidOutFor.rem || Math.abs(now.height - laidOutFor.height) > laidOutFor.height * 0.15;
      if (changed) {
        laidOutFor = now;
        generation += 1;
      }
      update(true);
    });

  // A screen above and below the visible part: a block is laid out and given its first state
  // before the reader sees it.
  const nearness = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const block = all.find((b) => b.root === entry.target);
        if (block) block.near = entry.isIntersecting;
      }
      schedule();
    },
    { rootMargin: '100% 0px' },
  );
  for (const block of all) nearness.observe(block.root);

  window.addEventListener('scroll', schedule, { passive: true });
  const onResize = () => relayout(false);
  window.addEventListener('resize', onResize);
  window.addEventListener('orientationchange', onResize);
  window.visualViewport?.addEventListener('resize', onResize);
  window.addEventListener('hashchange', jump);
  // The page has no images, and its styles are inline: only a web font still loading can change
  // the sizes measured at the start (laying the page out again at load cost phones a quarter second).
  if (document.fonts.status === 'loading') void document.fonts.ready.then(() => relayout(true));
  window.addEventListener('pageshow', jump);
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
    relayout(true);
  });
  relayout(true);
}
