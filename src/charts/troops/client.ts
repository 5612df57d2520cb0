/**
 * The troops map in the browser: on each state change, the map group zooms by an interpolated
 * transform and fades (the estimates chart has no map), marks move and fade (CSS transitions),
 * the chart's bars grow from zero and shrink back to it, labels are joined by key.
 * Under reduced motion, and on jumps, `instant` is true and nothing animates.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { onGraphicState, startEach } from '../../graphic-state';
import { lineHeight } from '../shared/text';
import { symbol } from './render';
import type { Packed, PackedBar, PackedLabel, PackedScene } from './pack';
import type { Mark } from './layout';
import { DURATION, LEAVE, drawnLabelIdentity, labelIdentity } from '../shared/motion';


type Any = Selection<any, any, any, any>;

function animate(sel: Any, instant: boolean, delay = 0, duration = DURATION): Any {
  return instant ? sel.interrupt() : (sel.transition().delay(delay).duration(duration).ease(easeCubicInOut) as unknown as Any);
}

const sameMark = (a: PackedScene['m'][number] | undefined, b: PackedScene['m'][number] | undefined) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.every((v, i) => v === b[i]));

export function startTroops(): void {
  startEach('[data-troops]', (box, root) => {
    const script = box.querySelector('script[data-troops-scenes]');
    if (!script?.textContent) return;
    const packed = JSON.parse(script.textContent) as Packed;
    const svg = select(box).select('svg');
    const base = svg.select('.troops-base');
    const zoom = svg.select('.troops-zoom');
    const marksGroup = box.querySelector<SVGGElement>('.troops-marks')!;
    const marks = [...marksGroup.querySelectorAll('path')];
    const kinds = marks.map((n) => (n.getAttribute('class') ?? '').replace(/^.*tm-/, '') as Mark['kind']);
    let shown = root.dataset.state ?? '';

    const draw = (state: string, instant: boolean) => {
      const scene: PackedScene | undefined = packed.states[state];
      if (!scene) return;
      const previous = packed.states[shown];
      shown = state;
      const [k, x, y] = scene.v;
      animate(zoom as Any, instant).attr('transform', `translate(${x},${y}) scale(${k})`);
      animate(base as Any, instant).attr('opacity', scene.o);
      packed.focus.forEach((c, i) => animate(zoom.select(`[data-country="${c}"]`) as Any, instant).attr('opacity', scene.f[i]!));
      animate(zoom.selectAll('.map-crimea, .map-held') as Any, instant).attr('opacity', scene.c);

      // Marks: one per thousand soldiers, so the browser moves and fades them (CSS transitions on their
      // attributes, troops.css) instead of a script tween each, which made each change of state
      // a longer task. The transition's length comes from here (--tm-duration), 0 for a jump,
      // which also stops those under way. A mark that was hidden is placed where it will be, only
      // its opacity transitioning ([data-placed]: an attribute, as the mark's class names its kind),
      // so that it fades in there instead of flying in.
      marksGroup.style.setProperty('--tm-duration', instant ? '0s' : `${DURATION}ms`);
      marks.forEach((node, i) => {
        const next = scene.m[i];
        const before = previous?.m[i];
        if (!instant && sameMark(before, next)) return;
        node.toggleAttribute('data-placed', !before);
        node.setAttribute('opacity', next ? '1' : '0');
        if (!next) return;
        node.setAttribute('transform', `translate(${next[0]},${next[1]})`);
        node.setAttribute('d', symbol(kinds[i]!, next[2]));
      });

      for (const size of ['compact', 'wide'] as const) {
        // the label groups are the svg's children: the map's hatching pattern wears their classes too (MapLayers `sets`)
        // Bars, joined by key: an entering bar grows from zero, a leaving one shrinks back to it,
        // so the chart builds up from its axis as the map fades out.
        const bars = svg.select(`:scope > .troops-labels-${size} .troops-bars`).selectAll<SVGRectElement, PackedBar>('rect')
          .data(scene.b[size], function (d) { return d ? d[0] : (this as SVGRectElement).dataset.key!; });
        animate(bars.exit() as Any, instant).attr('width', 0).attr('opacity', 0).remove();
        const newBars = bars.enter().append('rect').attr('class', (d) => `tb tb-${d[1]}`).attr('data-key', (d) => d[0])
          .attr('x', (d) => d[2]).attr('y', (d) => d[3]).attr('height', (d) => d[5]).attr('width', 0).attr('opacity', 0);
        animate(newBars.merge(bars) as Any, instant)
          .attr('x', (d: PackedBar) => d[2]).attr('y', (d: PackedBar) => d[3])
          .attr('width', (d: PackedBar) => d[4]).attr('height', (d: PackedBar) => d[5])
          .attr('opacity', 1);

        // Labels of the leaving state go in LEAVE; the next state's appear after them (motion.ts).
        const lh = lineHeight(packed.fonts[size]);
        const labels = svg.select(`:scope > .troops-labels-${size}`).selectAll<SVGTextElement, PackedLabel>(':scope > text')
          .data(scene.l[size], function (d) { return d ? labelIdentity(d[0], d[5]) : drawnLabelIdentity(this as SVGTextElement); });
        animate(labels.exit() as Any, instant, 0, LEAVE).attr('opacity', 0).remove();
        const entered = labels.enter().append('text').attr('data-key', (d) => d[0]).attr('opacity', 0)
          .attr('transform', (d) => `translate(${d[1]},${d[2]})`);
        const all = entered.merge(labels);
        all.attr('class', (d) => `tl tl-${d[4]}`).attr('text-anchor', (d) => d[3]);
        entered.each(function (d) {
          select(this).selectAll('tspan').data(d[5]).enter().append('tspan')
            .attr('x', 0).attr('dy', (_, i) => (i ? lh : null)).text((line) => line);
        });
        animate(labels as Any, instant).attr('transform', (d: PackedLabel) => `translate(${d[1]},${d[2]})`).attr('opacity', 1);
        animate(entered as Any, instant, LEAVE, DURATION - LEAVE).attr('opacity', 1);
      }
    };

    onGraphicState(root, ({ state, instant }) => {
      if (state === shown && !instant) return;
      draw(state, instant);
    });
  });
}
