/**
 * The Nord Stream map in the browser. Every state is already in the page as an overlay of its own
 * (render.ts), the states not shown out of the layout (nordstream.css); a state change fades two
 * overlays, the leaving one out and the next in, and, when the state frames another part of the
 * map, moves the base map (its transform, from the overlay's data-frame). CSS transitions, which
 * the compositor runs, do the rest, in the order of motion.ts: the leaving overlay fades out first
 * (LEAVE); the map then moves; the next overlay fades in after, once the map has reached its
 * frame, so that no label or line is seen on a map still moving. Under reduced motion, and on
 * jumps, `instant` is true and the change happens at once.
 */
import { onGraphicState, startEach } from '../../graphic-state';
import { DURATION, LEAVE } from '../shared/motion';

/** How the change is timed (ms): the overlay fades and, when the frame changes, the map's move. */
function timing(moves: boolean): { out: number; move: number; inDelay: number; inDuration: number } {
  if (!moves) return { out: LEAVE, move: 0, inDelay: LEAVE, inDuration: DURATION - LEAVE };
  const move = DURATION - 2 * LEAVE;
  return { out: LEAVE, move, inDelay: LEAVE + move, inDuration: LEAVE };
}

export function startNordstream(): void {
  startEach('[data-nordstream]', (box, root) => {
    const overlays = new Map([...box.querySelectorAll<SVGSVGElement>('svg[data-overlay]')].map((o) => [o.dataset.overlay!, o]));
    const frame = box.querySelector<SVGGElement>('[data-frame-base]');
    let shown = root.dataset.state ?? '';

    onGraphicState(root, ({ state, instant }) => {
      const next = overlays.get(state);
      if (!next || (state === shown && !instant)) return;
      const moves = overlays.get(shown)?.dataset.frame !== next.dataset.frame;
      const t = timing(moves);
      for (const [name, overlay] of overlays) {
        const showing = name === state;
        overlay.style.transitionDuration = instant ? '0s' : `${showing ? t.inDuration : t.out}ms`;
        overlay.style.transitionDelay = instant ? '0s' : `${showing ? t.inDelay : 0}ms`;
        overlay.classList.toggle('ns-overlay-entering', showing && !instant);
        overlay.classList.toggle('ns-overlay-off', !showing);
      }
      if (frame && next.dataset.frame) {
        frame.style.transitionDuration = instant ? '0s' : `${t.move}ms`;
        frame.style.transitionDelay = instant ? '0s' : `${t.out}ms`;
        frame.style.transform = next.dataset.frame;
      }
      shown = state;
    });
  });
}
