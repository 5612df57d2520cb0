/**
 * The troops map in the browser: on each state change, the map group zooms by an interpolated
 * transform, marks move (translate) and fade (opacity), labels and rules are joined by key.
 * Under reduced motion, and on jumps, `instant` is true and nothing animates.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { onGraphicState } from '../../scrolly/events';
import { animate, joinLabels, joinLines, type Any } from '../shared/label-join';
import { symbol } from './render';
import type { Packed, PackedScene } from './pack';
import type { Mark } from './layout';

export function startTroops(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-troops]')) {
    const root = box.closest<HTMLElement>('[data-graphic]');
    const script = box.querySelector('script[data-troops-scenes]');
    if (!root || !script?.textContent) continue;
    const packed = JSON.parse(script.textContent) as Packed;
    const svg = select(box).select('svg');
    const zoom = svg.select('.troops-zoom');
    const marks = svg.selectAll<SVGPathElement, unknown>('.troops-marks path');
    const kinds = marks.nodes().map((n) => (n.getAttribute('class') ?? '').replace(/^.*tm-/, '') as Mark['kind']);
    let shown = root.dataset.state ?? '';

    const draw = (state: string, instant: boolean) => {
      const scene: PackedScene | undefined = packed.states[state];
      if (!scene) return;
      const previous = packed.states[shown];
      shown = state;
      const [k, x, y] = scene.v;
      animate(zoom as Any, instant).attr('transform', `translate(${x},${y}) scale(${k})`).attr('opacity', scene.o);
      packed.focus.forEach((c, i) => animate(zoom.select(`[data-country="${c}"]`) as Any, instant).attr('opacity', scene.f[i]!));
      animate(zoom.select('.map-crimea') as Any, instant).attr('opacity', scene.c);

      // Marks: visible ones move and grow into place; a mark that was hidden is first put where
      // it will be (still transparent) so that it fades in there instead of flying in.
      marks.each(function (_, i) {
        const next = scene.m[i];
        const before = previous?.m[i];
        const node = select(this);
        if (!next) {
          animate(node as Any, instant).attr('opacity', 0);
          return;
        }
        const place = (sel: Any) => sel.attr('transform', `translate(${next[0]},${next[1]})`).attr('d', symbol(kinds[i]!, next[2]));
        if (!before || instant) place(node.interrupt() as Any);
        place(animate(node as Any, instant)).attr('opacity', 1);
      });

      // Rules and labels: joined by key, entering and leaving by opacity.
      joinLines(svg.select('.troops-rules') as Any, scene.r, 'tr', instant);
      for (const size of ['compact', 'wide'] as const) {
        joinLabels(svg.select(`.troops-labels-${size}`) as Any, scene.l[size], packed.fonts[size], instant);
      }
    };

    onGraphicState(root, ({ state, instant }) => {
      if (state === shown && !instant) return;
      draw(state, instant || window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    });
  }
}
