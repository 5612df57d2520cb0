/**
 * The casualty graphic in the browser: it expands each packed scene's placements into marks
 * (marks.ts, the same code as at build time) and, on each state change, moves and fades them (transform and opacity, with custom tweens
 * that parse our own transform format instead of the DOM's), and joins
 * labels, legend symbols, rules, outlines and bars by key. A change of scale passes through
 * the `merged` scene: the nine dots of each ten gather into the first one, then the marks take
 * their places in the grid. Under reduced motion, and on jumps, `instant` is true: no animation.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { onGraphicState } from '../../scrolly/events';
import { FONT, changesScale, lineHeight, type Bar, type Rule, type Swatch } from './layout';
import { expand, outlinePath, type Mark } from './marks';
import type { Packed, PackedLabel, PackedScene } from './pack';
import { markTransform, outlineClass, swatchClass, symbolOf } from './render';

const DURATION = 800;
/** the spread of start times within a group, so that marks fill in rather than blink in */
const STAGGER = 300;
const NS = 'http://www.w3.org/2000/svg';

type Any = Selection<any, any, any, any>;

const parse = (t: string | null): number[] => (t ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [0, 0, 1];
const clamp = (v: number) => Math.max(0, Math.min(1, v));

function animate(sel: Any, instant: boolean, delay = 0): Any {
  return instant ? sel.interrupt() : (sel.transition().delay(delay).duration(DURATION).ease(easeCubicInOut) as unknown as Any);
}

export function startCasualties(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-casualties]')) {
    const root = box.closest<HTMLElement>('[data-graphic]');
    const script = box.querySelector('script[data-casualties-scenes]');
    if (!root || !script?.textContent) continue;
    const packed = JSON.parse(script.textContent) as Packed;
    const cache = new Map<string, PackedScene & { marks: Mark[] }>();
    const scene = (state: string) => {
      if (!cache.has(state)) cache.set(state, { ...packed.scenes[state]!, marks: expand(packed.scenes[state]!.place, packed.counts) });
      return cache.get(state)!;
    };
    type Scene = ReturnType<typeof scene>;
    type Outline = Packed['segments'][number] & { o: number; d: string };
    const svg = select(box).select('svg');
    const marksG = svg.select('.cas-marks');
    let shown = root.dataset.summary ?? '';

    // The static marks are the summary's visible ones, in order: bind them, then add the hidden ones.
    const summary = scene(shown);
    marksG.selectAll('use').data(summary.marks.filter((m) => m.o > 0));
    marksG.selectAll<SVGUseElement, Mark>('use').data(summary.marks, (m) => m.key).enter().append('use')
      .attr('class', (m) => `cm cm-${m.group}`).attr('href', (m) => symbolOf(m.group, m.p))
      .attr('transform', (m) => markTransform(m.x, m.y, m.s)).attr('opacity', 0);
    const marks = marksG.selectAll<SVGUseElement, Mark>('use');

    /**
     * Marks to a scene, from `before` (the previous state's scene, or `merged` in the second
     * phase of a change of scale, `planned`: then its values are the start, not the DOM's). A
     * mark hidden in a grid is absent: it fades out where it is, and fades in where it will be;
     * one hidden inside another mark or a bar moves into it, or out of it, as it fades.
     */
    const drawMarks = (next: Scene, before: Scene, instant: boolean, delay = 0, planned = false) => {
      const was = new Map(before.marks.map((m) => [m.key, m]));
      const index = new Map<string, number>();
      const counts = new Map<string, number>();
      for (const m of next.marks) {
        index.set(m.key, counts.get(m.group) ?? 0);
        counts.set(m.group, (counts.get(m.group) ?? 0) + 1);
      }
      marks.data(next.marks, (m) => m.key).each(function (m) {
        const b = was.get(m.key)!;
        const transform = markTransform(m.x, m.y, m.s);
        const href = symbolOf(m.group, m.p);
        const [t0, o0, h0] = planned ? [markTransform(b.x, b.y, b.s), b.o, symbolOf(b.group, b.p)] : [this.getAttribute('transform'), Number(this.getAttribute('opacity') ?? 1), this.getAttribute('href')];
        if (t0 === transform && o0 === m.o && h0 === href) return;
        const node = select(this);
        const leaving = m.o === 0 && next.place[m.group].kind === 'grid';
        const arriving = o0 === 0 && before.place[m.group].kind === 'grid';
        if (instant || (leaving && o0 === 0)) {
          node.interrupt().attr('transform', transform).attr('opacity', m.o).attr('href', href);
          return;
        }
        // the dead gather into their tens and split from them all at once; the others fill in
        const stagger = m.group === 'dead' ? 0 : (index.get(m.key)! / counts.get(m.group)!) * STAGGER;
        const moving = !leaving && !arriving;
        const t = node.transition().delay(delay + stagger).duration(DURATION).ease(easeCubicInOut)
          // moving marks fade out at the end of a move (into another mark, into a bar), in at its start
          .attrTween('opacity', function () {
            const a = Number(this.getAttribute('opacity') ?? 1);
            const shape = (k: number) => (!moving ? k : m.o < a ? clamp((k - 0.6) / 0.4) : clamp(k / 0.5));
            return (k) => String(a + (m.o - a) * shape(k));
          });
        if (arriving) t.attrTween('transform', () => () => transform);
        else if (!leaving) {
          t.attrTween('transform', function () {
            const [x0 = 0, y0 = 0, s0 = 1] = parse(this.getAttribute('transform'));
            return (k) => markTransform(x0 + (m.x - x0) * k, y0 + (m.y - y0) * k, s0 + (m.s - s0) * k);
          });
        }
        // a mark becomes partly filled as it starts to merge, and whole again once it has split
        if (h0 !== href) t.attrTween('href', () => (k) => (m.p === undefined && k < 1 ? h0! : href));
      });
    };

    const drawRest = (next: Scene, instant: boolean, delay: number) => {
      // an outline takes its path when it is shown, and keeps it while it fades out
      const data: Outline[] = packed.segments.map((seg, i) => ({ ...seg, o: next.outlines[i]!, d: next.outlines[i] ? outlinePath(seg, next.place[seg.group]) : '' }));
      const outlines = svg.select('.cas-outlines').selectAll<SVGPathElement, Outline>('path').data(data, function (d) { return d ? d.id : (this as SVGPathElement).dataset.key!; });
      const allOutlines = outlines.enter().append('path').attr('class', outlineClass).attr('data-key', (o) => o.id).attr('opacity', 0).merge(outlines);
      const showing = allOutlines.filter((o) => o.o > 0).attr('d', (o) => o.d);
      // outlines appear once the official marks have made room for them
      animate(showing as Any, instant, delay + DURATION / 2).attr('opacity', 1);
      animate(allOutlines.filter((o) => o.o === 0) as Any, instant, delay).attr('opacity', 0);

      const bars = svg.select('.cas-bars').selectAll<SVGRectElement, Bar>('rect').data(next.bars, function (d) { return d ? d.key : (this as SVGRectElement).dataset.key!; });
      animate(bars.exit() as Any, instant, delay).attr('opacity', 0).remove();
      const entered = bars.enter().append('rect').attr('class', 'cb').attr('data-key', (b) => b.key).attr('opacity', 0)
        .attr('x', (b) => b.x).attr('y', (b) => b.y).attr('height', (b) => b.h).attr('width', 0);
      // bars grow once the marks have flowed into them
      animate(entered.merge(bars) as Any, instant, delay + DURATION / 2)
        .attr('x', (b: Bar) => b.x).attr('y', (b: Bar) => b.y).attr('width', (b: Bar) => b.w).attr('height', (b: Bar) => b.h).attr('opacity', 1);

      for (const size of ['compact', 'wide'] as const) {
        const g = svg.select(`.cas-labels-${size}`);
        const join = <E extends Element, D extends { key: string }>(tag: string, data: D[]) => {
          const sel = g.selectAll<E, D>(`${tag}[data-key]`).data(data, function (d) { return d ? d.key : (this as unknown as HTMLElement).dataset.key!; });
          animate(sel.exit() as Any, instant, delay).attr('opacity', 0).remove();
          const added = sel.enter().append((d) => {
            const node = document.createElementNS(NS, tag);
            node.setAttribute('data-key', d.key);
            node.setAttribute('opacity', '0');
            return node as unknown as E;
          });
          return { added, all: added.merge(sel) };
        };

        const rules = join<SVGLineElement, Rule>('line', next.rules[size]);
        rules.added.attr('class', 'cr').attr('x1', (r) => r.x1).attr('y1', (r) => r.y1).attr('x2', (r) => r.x2).attr('y2', (r) => r.y2);
        animate(rules.all as Any, instant, delay).attr('x1', (r: Rule) => r.x1).attr('y1', (r: Rule) => r.y1).attr('x2', (r: Rule) => r.x2).attr('y2', (r: Rule) => r.y2).attr('opacity', 1);

        const swatches = join<SVGUseElement, Swatch>('use', next.swatches[size]);
        swatches.added.attr('transform', (s) => markTransform(s.x, s.y, s.s));
        swatches.all.attr('class', swatchClass).attr('href', (s) => symbolOf(s.shape, s.p));
        animate(swatches.all as Any, instant, delay).attr('transform', (s: Swatch) => markTransform(s.x, s.y, s.s)).attr('opacity', 1);

        const lh = lineHeight(FONT[size]);
        const labels = join<SVGTextElement, PackedLabel>('text', next.labels[size]);
        labels.added.attr('transform', (l) => `translate(${l.x},${l.y})`);
        labels.all.attr('class', (l) => `cl cl-${l.cls}`).each(function (l) {
          const spans = select(this).selectAll('tspan').data(l.lines);
          spans.exit().remove();
          spans.enter().append('tspan').merge(spans as never)
            .attr('x', 0).attr('dy', (_, i) => (i ? lh : null)).attr('class', (_, i) => (i < l.strong ? 'b' : null)).text((line) => line);
        });
        animate(labels.all as Any, instant, delay).attr('transform', (l: PackedLabel) => `translate(${l.x},${l.y})`).attr('opacity', 1);
      }
    };

    const draw = (state: string, instant: boolean) => {
      if (!packed.scenes[state]) return;
      const next = scene(state);
      const before = packed.scenes[shown] ? scene(shown) : next;
      const previous = shown;
      shown = state;
      if (!instant && changesScale(previous, state)) {
        // First the tens gather, then the marks take their places in the grid; going back, the
        // marks return to their tens, then split. Labels change where the scale of one is shown.
        const merged = scene('merged');
        drawMarks(merged, before, false);
        drawMarks(next, merged, false, DURATION, true);
        drawRest(next, false, state === 'dead' ? 0 : DURATION);
        return;
      }
      drawMarks(next, before, instant);
      drawRest(next, instant, 0);
    };

    onGraphicState(root, ({ state, instant }) => {
      if (state === shown && !instant) return;
      draw(state, instant || window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    });
  }
}
