/**
 * The Nord Stream map in the browser: on each state change the base map and the lines fade to
 * the state's opacity, countries take their style (hatched, dotted) by fading in, Nord Stream 2's
 * idle core fades in or out, and each label set's marks, rules and labels are joined by key.
 * Under reduced motion, and on jumps, `instant` is true and nothing animates.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { onGraphicState } from '../../scrolly/events';
import { animate, joinLabels, joinLines, type Any } from '../shared/label-join';
import { STYLE_CODES, symbol } from './shapes';
import type { Packed, PackedMark, PackedScene } from './pack';

function joinMarks(group: Any, marks: PackedMark[], instant: boolean): void {
  const joined = group.selectAll<SVGPathElement, PackedMark>('path')
    .data(marks, function (d) { return d ? d[0] : (this as SVGPathElement).dataset.key!; });
  animate(joined.exit() as Any, instant).attr('opacity', 0).remove();
  // a new mark appears where it belongs; one that stays moves there
  const entered = joined.enter().append('path').attr('data-key', (d) => d[0]).attr('opacity', 0)
    .attr('transform', (d) => `translate(${d[2]},${d[3]})`);
  const all = entered.merge(joined).attr('class', (d) => `nm nm-${d[1]}`).attr('d', (d) => symbol(d[1], d[4]));
  animate(all as Any, instant).attr('transform', (d: PackedMark) => `translate(${d[2]},${d[3]})`).attr('opacity', 1);
}

export function startNordstream(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-nordstream]')) {
    const root = box.closest<HTMLElement>('[data-graphic]');
    const script = box.querySelector('script[data-nordstream-scenes]');
    if (!root || !script?.textContent) continue;
    const packed = JSON.parse(script.textContent) as Packed;
    const svg = select(box).select('svg');
    let shown = root.dataset.state ?? '';

    const draw = (state: string, instant: boolean) => {
      const scene: PackedScene | undefined = packed.states[state];
      if (!scene) return;
      shown = state;
      animate(svg.select('.ns-base') as Any, instant).attr('opacity', scene.o);
      animate(svg.select('.ns-routes') as Any, instant).attr('opacity', scene.ro);
      animate(svg.select('.ns-idle') as Any, instant).attr('opacity', scene.i);
      packed.countries.forEach((c, i) => {
        const style = STYLE_CODES[scene.c[i]!]!;
        const node = svg.select<SVGPathElement>(`.ns-base [data-country="${c}"]`);
        if (style === 'none') {
          animate(node as Any, instant).attr('opacity', 0);
          return;
        }
        // the style changes while the shape is transparent, then it fades in
        if (!node.classed(`ns-${style}`)) node.interrupt().attr('opacity', 0).attr('class', `map-country ns-${style}`);
        animate(node as Any, instant).attr('opacity', 1);
      });
      for (const size of ['compact', 'wide'] as const) {
        const layer = svg.select(`.ns-${size}`);
        joinLines(layer.select('.ns-rules') as Any, scene.s[size].r, 'nr', instant);
        joinMarks(layer.select('.ns-marks') as Any, scene.s[size].m, instant);
        joinLabels(layer.select('.ns-labels') as Any, scene.s[size].l, packed.fonts[size], instant);
      }
    };

    onGraphicState(root, ({ state, instant }) => {
      if (state === shown && !instant) return;
      draw(state, instant || window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    });
  }
}
