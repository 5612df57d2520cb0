/**
 * The casualty graphic in the browser. Each packed scene places the three groups as wholes (a
 * transform and an opacity each), so most changes of state animate three groups, not hundreds of
 * marks (whose shapes the page already has, one path per group); only the dead's own marks move,
 * where the scale changes: through the `merged` scene, the
 * nine dots of each ten gather into the first one, then the marks take their places in the grid
 * (and the reverse). Marks are expanded by the same code as at build time (marks.ts). Tweens
 * parse our own transform format rather than the DOM's. Under reduced motion, and on jumps,
 * `instant` is true: no animation.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { onGraphicState } from '../../scrolly/events';
import { FONT, changesScale, lineHeight, type Bar, type Rule, type Swatch } from './layout';
import { GROUPS, expand, groupTransform, outlinePath, type Group, type GroupView, type Mark } from './marks';
import type { Packed, PackedLabel, PackedScene } from './pack';
import { markClass, markTransform, outlineClass, swatchClass } from './render';
import { markPath } from './shapes';

const DURATION = 800;
const NS = 'http://www.w3.org/2000/svg';

type Any = Selection<any, any, any, any>;

const numbers = (t: string | null): number[] => (t ?? '').match(/-?[\d.]+(e-?\d+)?/g)?.map(Number) ?? [];
const clamp = (v: number) => Math.max(0, Math.min(1, v));
const opacityOf = (node: Element) => Number(node.getAttribute('opacity') ?? 1);

function animate(sel: Any, instant: boolean, delay = 0): Any {
  return instant ? sel.interrupt() : (sel.transition().delay(delay).duration(DURATION).ease(easeCubicInOut) as unknown as Any);
}

/**
 * Moves a mark or a group to a transform and an opacity. Something that moves and fades fades
 * out at the end of its move (into another mark, into a bar) and in at its start; `jump`: it
 * appears where it is going; `stay`: it fades where it is.
 */
function tween(node: Element, transform: string, opacity: number, delay: number, how: 'move' | 'jump' | 'stay' = 'move') {
  const t = select(node).transition().delay(delay).duration(DURATION).ease(easeCubicInOut)
    .attrTween('opacity', function () {
      const a = opacityOf(this);
      const shape = (k: number) => (how !== 'move' ? k : opacity < a ? clamp((k - 0.6) / 0.4) : clamp(k / 0.5));
      return (k) => String(a + (opacity - a) * shape(k));
    });
  if (how === 'jump') t.attrTween('transform', () => () => transform);
  if (how === 'move') {
    t.attrTween('transform', function () {
      const from = numbers(this.getAttribute('transform'));
      const to = numbers(transform);
      const text = transform.split(/-?[\d.]+(?:e-?\d+)?/);
      // the same format on both ends: interpolate its numbers, keep its text
      return (k) => text.map((part, i) => (i < to.length ? part + (from[i]! + (to[i]! - from[i]!) * k) : part)).join('');
    });
  }
  return t;
}

export function startCasualties(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-casualties]')) {
    const root = box.closest<HTMLElement>('[data-graphic]');
    const script = box.querySelector('script[data-casualties-scenes]');
    if (!root || !script?.textContent) continue;
    const packed = JSON.parse(script.textContent) as Packed;
    type Scene = PackedScene & { marks: Mark[] };
    const cache = new Map<string, Scene>();
    const scene = (state: string): Scene => {
      const packedScene = packed.scenes[state]!;
      // only the dead's marks: the other groups' marks never move, and the page has them
      if (!cache.has(state)) cache.set(state, { ...packedScene, marks: expand({ dead: packed.counts.dead, injured: 0, detained: 0 }, packed.pitch, packedScene.frames) });
      return cache.get(state)!;
    };
    const svg = select(box).select('svg');
    const groups = Object.fromEntries(GROUPS.map((g) => [g, box.querySelector<SVGGElement>(`.cg[data-group="${g}"]`)!])) as Record<Group, SVGGElement>;
    let shown = root.dataset.summary ?? '';
    if (!packed.scenes[shown]) continue;

    // The dead's marks move one by one (render.ts): the static ones are the summary's visible
    // ones, in order; the hidden ones are added.
    const summary = scene(shown);
    const nodes = new Map<string, Element>();
    /** the fill each dead mark has now (undefined: whole) */
    const shapeOf = new Map<Element, number | undefined>();
    const statics = [...groups.dead.querySelectorAll('path.cm')];
    summary.marks.filter((m) => m.o > 0).forEach((m, i) => nodes.set(m.key, statics[i]!));
    for (const m of summary.marks) if (nodes.has(m.key)) shapeOf.set(nodes.get(m.key)!, m.p);
    for (const m of summary.marks) {
      if (nodes.has(m.key)) continue;
      const node = document.createElementNS(NS, 'path');
      node.setAttribute('class', markClass(m.group, m.p));
      node.setAttribute('d', markPath(m.group, m.p));
      node.setAttribute('transform', markTransform(m.x, m.y, m.s));
      node.setAttribute('opacity', '0');
      groups.dead.appendChild(node);
      nodes.set(m.key, node);
      shapeOf.set(node, m.p);
    }

    /** The dead's marks to a scene, from `before` (`planned`: the second phase, whose start is `before`, not the DOM). */
    const drawMarks = (next: Scene, before: Scene, instant: boolean, delay = 0, planned = false) => {
      next.marks.forEach((m, i) => {
        const b = before.marks[i]!;
        const node = nodes.get(m.key)!;
        const transform = markTransform(m.x, m.y, m.s);
        const [t0, o0, p0] = planned ? [markTransform(b.x, b.y, b.s), b.o, b.p] : [node.getAttribute('transform'), opacityOf(node), shapeOf.get(node)];
        if (t0 === transform && o0 === m.o && p0 === m.p) return;
        // a hidden mark that stays hidden moves at once; planned, it waits where the first phase left it
        const unseen = o0 === 0 && m.o === 0;
        if (unseen && planned) return;
        shapeOf.set(node, m.p);
        const shape = (sel: Any, p: number | undefined) => sel.attr('class', markClass(m.group, p)).attr('d', markPath(m.group, p));
        if (instant || unseen) {
          shape(select(node).interrupt().attr('transform', transform).attr('opacity', m.o), m.p);
          return;
        }
        const t = tween(node, transform, m.o, delay);
        // a mark becomes partly filled as it starts to merge, and whole again once it has split
        if (p0 !== m.p) {
          if (m.p === undefined) t.on('end.shape', function () { shape(select(this), undefined); });
          else t.on('start.shape', function () { shape(select(this), m.p); });
        }
      });
    };

    /** Groups to a scene. A group hidden where it stands fades there, and appears where it will be. */
    const drawGroups = (next: Scene, before: Scene, instant: boolean, delay = 0, planned = false) => {
      for (const g of GROUPS) {
        const node = groups[g];
        const v: GroupView = next.groups[g];
        const b: GroupView = before.groups[g];
        const transform = groupTransform(v);
        const o0 = planned ? b.o : opacityOf(node);
        if ((planned ? groupTransform(b) : node.getAttribute('transform')) === transform && o0 === v.o) continue;
        if (instant) select(node).interrupt().attr('transform', transform).attr('opacity', v.o);
        else if (v.o === 0 && !v.flow) tween(node, transform, 0, delay, 'stay');
        else tween(node, transform, v.o, delay, o0 === 0 && !b.flow ? 'jump' : 'move');
      }
    };

    const drawRest = (next: Scene, instant: boolean, delay: number) => {
      // an outline gets its path the first time it shows; it appears once the marks have made room
      packed.segments.forEach((seg, i) => {
        let node = groups[seg.group].querySelector<SVGPathElement>(`path[data-key="${seg.id}"]`);
        if (!node) {
          if (!next.outlines[i]) return;
          node = document.createElementNS(NS, 'path');
          node.setAttribute('class', outlineClass(seg));
          node.setAttribute('data-key', seg.id);
          node.setAttribute('opacity', '0');
          node.setAttribute('d', outlinePath(seg, packed.pitch));
          // under the marks, after the outlines before it
          groups[seg.group].insertBefore(node, groups[seg.group].querySelector('.cm'));
        }
        animate(select(node) as Any, instant, delay + (next.outlines[i] ? DURATION / 2 : 0)).attr('opacity', next.outlines[i]!);
      });

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

        const swatches = join<SVGPathElement, Swatch>('path', next.swatches[size]);
        swatches.added.attr('transform', (s) => markTransform(s.x, s.y, s.s));
        swatches.all.attr('class', swatchClass).attr('d', (s) => markPath(s.shape, s.p));
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
      const before = scene(shown);
      const previous = shown;
      shown = state;
      if (!instant && changesScale(previous, state)) {
        // First the tens gather, then the marks take their places in the grid; going back, the
        // marks return to their tens, then split. Labels change where the scale of one is shown.
        const merged = scene('merged');
        drawMarks(merged, before, false);
        drawGroups(merged, before, false);
        drawMarks(next, merged, false, DURATION, true);
        drawGroups(next, merged, false, DURATION, true);
        drawRest(next, false, state === 'dead' ? 0 : DURATION);
        return;
      }
      drawMarks(next, before, instant);
      drawGroups(next, before, instant);
      drawRest(next, instant, 0);
    };

    onGraphicState(root, ({ state, instant }) => {
      if (state === shown && !instant) return;
      draw(state, instant || window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    });
  }
}
