/**
 * Browser side of the map labels: joins a state's packed labels to the <text> elements of one
 * label group by key; labels that stay move, new ones fade in where they belong, old ones fade
 * out; lines likewise. Also the one transition every map graphic uses, so that motion feels the
 * same in each.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import type { PackedLabel } from './label-pack';
import { lineHeight } from './label-svg';

export const DURATION = 800;

/** d3's selections and transitions share no usable common type; the helpers accept either. */
export type Any = Selection<any, any, any, any>;

/** A transition, or the selection itself (interrupted) when the change must be instant. */
export function animate(sel: Any, instant: boolean): Any {
  return instant ? sel.interrupt() : (sel.transition().duration(DURATION).ease(easeCubicInOut) as unknown as Any);
}

/** A straight line as the browser receives it: key, ends, and classes beside the base class. */
export type PackedLine = [key: string, x1: number, y1: number, x2: number, y2: number, cls?: string];

/** Joins lines (rules, axes) by key: they move to their new ends, enter and leave by opacity. */
export function joinLines(group: Any, lines: PackedLine[], base: string, instant: boolean): void {
  const joined = group.selectAll<SVGLineElement, PackedLine>('line')
    .data(lines, function (d) { return d ? d[0] : (this as SVGLineElement).dataset.key!; });
  animate(joined.exit() as Any, instant).attr('opacity', 0).remove();
  const entered = joined.enter().append('line').attr('data-key', (d) => d[0]).attr('opacity', 0);
  const all = entered.merge(joined).attr('class', (d) => (d[5] ? `${base} ${d[5]}` : base));
  animate(all as Any, instant)
    .attr('x1', (d: PackedLine) => d[1]).attr('y1', (d: PackedLine) => d[2])
    .attr('x2', (d: PackedLine) => d[3]).attr('y2', (d: PackedLine) => d[4])
    .attr('opacity', 1);
}

/** `size` is the set's font size in viewBox units, which sets the line spacing. */
export function joinLabels(group: Any, labels: PackedLabel[], size: number, instant: boolean): void {
  const dy = lineHeight(size);
  const joined = group.selectAll<SVGTextElement, PackedLabel>('text')
    .data(labels, function (d) { return d ? d[0] : (this as SVGTextElement).dataset.key!; });
  animate(joined.exit() as Any, instant).attr('opacity', 0).remove();
  const entered = joined.enter().append('text').attr('data-key', (d) => d[0]).attr('opacity', 0)
    .attr('transform', (d) => `translate(${d[1]},${d[2]})`);
  const all = entered.merge(joined);
  all.attr('class', (d) => `tl tl-${d[4]}`).attr('text-anchor', (d) => d[3]);
  all.each(function (d) {
    const spans = select(this).selectAll('tspan').data(d[5]);
    spans.exit().remove();
    spans.enter().append('tspan').merge(spans as never)
      .attr('x', 0).attr('dy', (_, i) => (i ? dy : null)).text((line) => line);
  });
  animate(all as Any, instant).attr('transform', (d: PackedLabel) => `translate(${d[1]},${d[2]})`).attr('opacity', 1);
}
