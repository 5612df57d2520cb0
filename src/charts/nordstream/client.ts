/**
 * The Nord Stream map in the browser. Every state is already in the page as an overlay of its own
 * (render.ts), hidden but laid out; a state change crossfades the overlays with a CSS opacity
 * transition, which the compositor runs: no element is created, moved or repainted on the main
 * thread while the reader scrolls. Under reduced motion, and on jumps, `instant` is true and the
 * change happens at once.
 */
import { onGraphicState } from '../../scrolly/events';

/** as long as the CSS transition (nordstream.css) */
const DURATION = 800;

export function startNordstream(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-nordstream]')) {
    const root = box.closest<HTMLElement>('[data-graphic]');
    if (!root) continue;
    const overlays = new Map([...box.querySelectorAll<SVGSVGElement>('svg[data-overlay]')].map((o) => [o.dataset.overlay!, o]));
    const hiding = new Map<SVGSVGElement, number>();
    let shown = root.dataset.state ?? '';

    const show = (overlay: SVGSVGElement, instant: boolean) => {
      window.clearTimeout(hiding.get(overlay));
      hiding.delete(overlay);
      overlay.removeAttribute('visibility');
      // from transparent on the next frame, so that the transition runs from there
      if (instant) overlay.style.opacity = '1';
      else requestAnimationFrame(() => { overlay.style.opacity = '1'; });
    };
    const hide = (overlay: SVGSVGElement, instant: boolean) => {
      overlay.style.opacity = '0';
      const done = () => { overlay.setAttribute('visibility', 'hidden'); hiding.delete(overlay); };
      if (instant) done();
      else hiding.set(overlay, window.setTimeout(done, DURATION));
    };

    onGraphicState(root, ({ state, instant }) => {
      const next = overlays.get(state);
      if (!next || (state === shown && !instant)) return;
      const still = instant || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      box.classList.toggle('ns-instant', still);
      for (const [name, overlay] of overlays) if (name !== state && overlay.style.opacity !== '0' && !overlay.hasAttribute('visibility')) hide(overlay, still);
      show(next, still);
      shown = state;
    });
  }
}
