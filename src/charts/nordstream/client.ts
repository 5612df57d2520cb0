/**
 * The Nord Stream map in the browser. Every state is already in the page as an overlay of its own
 * (render.ts), transparent but laid out; a state change sets the opacity of two overlays, and a
 * CSS transition, which the compositor runs, crossfades them: no element is created, restyled or
 * moved on the main thread while the reader scrolls. Under reduced motion, and on jumps,
 * `instant` is true and the change happens at once.
 */
import { onGraphicState, startEach } from '../../graphic-state';

export function startNordstream(): void {
  startEach('[data-nordstream]', (box) => {
    const root = box.closest<HTMLElement>('[data-graphic]');
    if (!root) return;
    const overlays = new Map([...box.querySelectorAll<SVGSVGElement>('svg[data-overlay]')].map((o) => [o.dataset.overlay!, o]));
    let shown = root.dataset.state ?? '';

    onGraphicState(root, ({ state, instant }) => {
      const next = overlays.get(state);
      if (!next || (state === shown && !instant)) return;
      box.classList.toggle('ns-instant', instant);
      for (const [name, overlay] of overlays) overlay.style.opacity = name === state ? '1' : '0';
      shown = state;
    });
  });
}
