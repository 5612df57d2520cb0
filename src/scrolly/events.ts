/**
 * The one channel between the scroll controller and the graphics: the controller sets
 * data-state on a graphic's root and dispatches this event there; a graphic listens on its root.
 * The controller knows no graphic, and no graphic knows about scrolling.
 */
export const GRAPHIC_STATE_EVENT = 'graphic:state';

export interface GraphicStateDetail {
  state: string;
  previous: string;
  /** true when the change should not animate: reduced motion, or a jump (load, hash, resize) */
  instant: boolean;
}

export function announceState(root: HTMLElement, detail: GraphicStateDetail): void {
  root.dataset.state = detail.state;
  root.dispatchEvent(new CustomEvent<GraphicStateDetail>(GRAPHIC_STATE_EVENT, { detail }));
}

export function onGraphicState(root: HTMLElement, listener: (detail: GraphicStateDetail) => void): void {
  root.addEventListener(GRAPHIC_STATE_EVENT, (event) => listener((event as CustomEvent<GraphicStateDetail>).detail));
  // A graphic whose script runs after the controller has already chosen a state catches up.
  if (root.dataset.state) listener({ state: root.dataset.state, previous: root.dataset.state, instant: true });
}
