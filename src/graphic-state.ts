/**
 * The one channel between the scroll controller and the graphics, and the only module both
 * import: the controller sets data-state on a graphic's root and dispatches this event there; a
 * graphic listens on its root. The controller knows no graphic, and no graphic knows about
 * scrolling.
 */
export const GRAPHIC_STATE_EVENT = 'graphic:state';

export interface GraphicStateDetail {
  state: string;
  previous: string;
  /** true when the change should not animate: a jump (load, hash, resize); a graphic also gets true under reduced motion */
  instant: boolean;
}

const reducedMotion = typeof window === 'undefined' ? undefined : window.matchMedia('(prefers-reduced-motion: reduce)');

/** Whether the reader asked for reduced motion: read at each change, as the setting may change while the page is open. */
export function prefersReducedMotion(): boolean {
  return reducedMotion?.matches ?? false;
}

const GRAPHIC_ADDED_EVENT = 'graphic:added';

/**
 * A graphic's root: the page's one graphic (data-graphic, the DOM contract) or a stacked step's
 * copy of it (data-copy-of, src/scrolly/stacked.ts), which the contract's selectors do not see.
 */
export const GRAPHIC_ROOT = '[data-graphic], [data-copy-of]';

/**
 * Starts a graphic's client on every element that matches `selector`, with the graphic's root it
 * belongs to: those in the page now, and those inside a graphic added later (the stacked layout's
 * copies, src/scrolly/stacked.ts). Each element is started once; one outside any graphic, never.
 */
export function startEach(selector: string, start: (element: HTMLElement, root: HTMLElement) => void): void {
  const started = new WeakSet<HTMLElement>();
  const startIn = (scope: ParentNode) => {
    const found = [...scope.querySelectorAll<HTMLElement>(selector)];
    if (scope instanceof HTMLElement && scope.matches(selector)) found.unshift(scope);
    for (const element of found) {
      const root = element.closest<HTMLElement>(GRAPHIC_ROOT);
      if (started.has(element) || !root) continue;
      started.add(element);
      start(element, root);
    }
  };
  startIn(document);
  document.addEventListener(GRAPHIC_ADDED_EVENT, (event) => startIn(event.target as HTMLElement));
}

/** Tells the graphics' clients that a graphic (a copy) was added to the page under `root`. */
export function announceGraphicAdded(root: HTMLElement): void {
  root.dispatchEvent(new Event(GRAPHIC_ADDED_EVENT, { bubbles: true }));
}

export function announceState(root: HTMLElement, detail: GraphicStateDetail): void {
  root.dataset.state = detail.state;
  root.dispatchEvent(new CustomEvent<GraphicStateDetail>(GRAPHIC_STATE_EVENT, { detail }));
}

/** Calls the listener on every change of the graphic's state; under reduced motion every change is instant. */
export function onGraphicState(root: HTMLElement, listener: (detail: GraphicStateDetail) => void): void {
  root.addEventListener(GRAPHIC_STATE_EVENT, (event) => {
    const detail = (event as CustomEvent<GraphicStateDetail>).detail;
    listener({ ...detail, instant: detail.instant || prefersReducedMotion() });
  });
  // A graphic whose script runs after the controller has already chosen a state catches up. The
  // page's graphic still in the state the build drew (data-summary) is drawn already: drawing it
  // again at load cost a forced layout of the whole page (42 ms here, four times that on a slow
  // phone). A copy always catches up: it is cloned from the graphic as it is shown at the time.
  const state = root.dataset.state;
  const drawnByBuild = root.dataset.graphic !== undefined && state === root.dataset.summary;
  if (state && !drawnByBuild) listener({ state, previous: state, instant: true });
}
