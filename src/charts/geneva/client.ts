/**
 * The Geneva graphic in the browser: on each state change, in both label sets, marks move
 * (transform) and fade (opacity); labels are joined by key, entering and leaving by opacity.
 * Under reduced motion, and on jumps, `instant` is true and nothing animates.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { onGraphicState, startEach } from '../../graphic-state';
import { DURATION, LEAVE, drawnLabelIdentity, labelIdentity } from '../shared/motion';
import { lineHeight } from '../shared/text';
import type { Packed, PackedLabel, PackedSet } from './pack';

type Any = Selection<any, any, any, any>;

function animate(sel: Any, instant: boolean, delay = 0, duration = DURATION): Any {
  return instant ? sel.interrupt() : (sel.transition().delay(delay).duration(duration).ease(easeCubicInOut) as unknown as Any);
}

const SIZES = ['compact', 'wide'] as const;

export function startGeneva(): void {
  startEach('[data-geneva]', (box, root) => {
    const script = box.querySelector('script[data-geneva-scenes]');
    if (!script?.textContent) return;
    const packed = JSON.parse(script.textContent) as Packed;
    const svg = select(box).select('svg');
    let shown = root.dataset.state ?? '';

    const drawSet = (size: (typeof SIZES)[number], next: PackedSet, before: PackedSet | undefined, instant: boolean) => {
      const group = svg.select(`.geneva-${size}`);
      // A mark that was hidden is first put where it will be, still transparent, so that it
      // fades in there instead of flying in; one that leaves fades out where it is.
      group.selectAll<SVGRectElement, unknown>('.geneva-marks rect').each(function (_, i) {
        const to = next.m[i];
        const from = before?.m[i];
        const node = select(this);
        if (!to) {
          animate(node as Any, instant).attr('opacity', 0);
          return;
        }
        const [x, y, w, h] = to;
        if (!from || instant) node.interrupt().attr('width', w).attr('height', h).attr('transform', `translate(${x},${y})`);
        animate(node as Any, instant).attr('transform', `translate(${x},${y})`).attr('width', w).attr('height', h).attr('opacity', 1);
      });
      // labels of the leaving state go in LEAVE; the next state's appear after them (motion.ts)
      const lh = lineHeight(packed.fonts[size]);
      const labels = group.select('.geneva-labels').selectAll<SVGTextElement, PackedLabel>('text')
        .data(next.l, function (d) { return d ? labelIdentity(d[0], d[4]) : drawnLabelIdentity(this as SVGTextElement); });
      animate(labels.exit() as Any, instant, 0, LEAVE).attr('opacity', 0).remove();
      const entered = labels.enter().append('text').attr('data-key', (d) => d[0]).attr('opacity', 0)
        .attr('transform', (d) => `translate(${d[1]},${d[2]})`);
      entered.attr('class', (d) => `tl tl-${d[3]}`).attr('text-anchor', 'start').each(function (d) {
        select(this).selectAll('tspan').data(d[4]).enter().append('tspan')
          .attr('x', 0).attr('dy', (_, i) => (i ? lh : null)).text((line) => line);
      });
      labels.attr('class', (d) => `tl tl-${d[3]}`);
      animate(labels as Any, instant).attr('transform', (d: PackedLabel) => `translate(${d[1]},${d[2]})`).attr('opacity', 1);
      animate(entered as Any, instant, LEAVE, DURATION - LEAVE).attr('opacity', 1);
    };

    onGraphicState(root, ({ state, instant }) => {
      const next = packed.states[state];
      if (!next || (state === shown && !instant)) return;
      const before = packed.states[shown];
      shown = state;
      for (const size of SIZES) drawSet(size, next[size], before?.[size], instant);
    });
  });
}
