/**
 * The Nord Stream map in the browser. Every state is already in the page as an overlay of its own
 * (render.ts), transparent but laid out; a state change sets the opacity of two overlays, and a
 * CSS transition, which the compositor runs, fades the leaving one out and then the next one in
 * (motion.ts: never two states' labels at once): no element is created, restyled or moved on
 * the main thread while the reader scrolls. Under reduced motion, and on jumps,
 * `instant` is true and the change happens at once.
 */
import { onGraphicState, startEach } from '../../graphic-state';
import { DURATION, LEAVE } from '../shared/motion';

export function startNordstream(): void {
  startEach('[data-nordstream]', (box, root) => {
    const overlays = new Map([...box.querySelectorAll<SVGSVGElement>('svg[data-overlay]')].map((o) => [o.dataset.overlay!, o]));
    let shown = root.dataset.state ?? '';

    onGraphicState(root, ({ state, instant }) => {
      const next = overlays.get(state);
      if (!next || (state === shown && !instant)) return;
      for (const [name, overlay] of overlays) {
        const showing = name === state;
        overlay.style.transitionDuration = instant ? '0s' : `${showing ? DURATION - LEAVE : LEAVE}ms`;
        overlay.style.transitionDelay = instant ? '0s' : `${showing ? LEAVE : 0}ms`;
        overlay.style.opacity = showing ? '1' : '0';
      }
      shown = state;
    });
  });
}
