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
import type { Transition } from 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { onGraphicState, startEach } from '../../graphic-state';
import type { Bar, Rule, Swatch } from './layout';
import { FONT, changesScale, lineHeight, type SizeClass } from './measures';
import { GROUPS, expand, groupTransform, type Group, type GroupView, type Mark } from './marks';
import type { Packed, PackedLabel, PackedScene } from './pack';
import { markClass, markTransform, swatchClass } from './render';
import { markPath } from './shapes';
import { DURATION, LEAVE, drawnLabelIdentity, labelIdentity } from '../shared/motion';


type Any = Selection<any, any, any, any>;

const NUMBER = /-?[\d.]+(?:e-?\d+)?/g;
const numbers = (t: string | null): number[] => (t ?? '').match(NUMBER)?.map(Number) ?? [];
const clamp = (v: number) => Math.max(0, Math.min(1, v));
const opacityOf = (node: Element) => Number(node.getAttribute('opacity') ?? 1);

function animate(sel: Any, instant: boolean, delay = 0, duration = DURATION): Any {
  return instant ? sel.interrupt() : (sel.transition().delay(delay).duration(duration).ease(easeCubicInOut) as unknown as Any);
}

/** From one transform to another of the same format: its numbers interpolated, its text kept; exact at the end. */
function between(from: string | null, to: string): (k: number) => string {
  const a = numbers(from);
  const b = numbers(to);
  const text = to.split(NUMBER);
  return (k) => (k >= 1 ? to : text.map((part, i) => (i < b.length ? part + ((a[i] ?? b[i]!) + (b[i]! - (a[i] ?? b[i]!)) * k) : part)).join(''));
}

/**
 * An opacity over the course of a change. Something that moves and fades fades out at the end
 * of its move (into another mark, into a bar) and in at its start; else it fades evenly.
 */
function fading(a: number, b: number, moving: boolean): (k: number) => string {
  const shape = (k: number) => (!moving ? k : b < a ? clamp((k - 0.6) / 0.4) : clamp(k / 0.5));
  return (k) => String(k >= 1 ? b : a + (b - a) * shape(k));
}

/** Moves a group or a label to a transform and an opacity; `jump`: it appears where it is going; `stay`: it fades where it is. */
function tween(node: Element, transform: string, opacity: number, delay: number, how: 'move' | 'jump' | 'stay' = 'move') {
  const t = select(node).transition().delay(delay).duration(DURATION).ease(easeCubicInOut)
    .attrTween('opacity', function () { return fading(opacityOf(this), opacity, how === 'move'); });
  if (how === 'jump') t.attrTween('transform', () => () => transform);
  if (how === 'move') t.attrTween('transform', function () { return between(this.getAttribute('transform'), transform); });
  return t;
}

export function startCasualties(): void {
  startEach('[data-casualties]', (box, root) => {
    const script = box.querySelector('script[data-casualties-scenes]');
    if (!script?.textContent) return;
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
    if (!packed.scenes[shown]) return;

    // The dead's marks move one by one (render.ts): the static ones are the summary's visible
    // ones, in order; the hidden ones are added.
    const summary = scene(shown);
    const nodes = new Map<string, Element>();
    const shape = (node: Element, m: Mark) => {
      node.setAttribute('class', markClass(m.group, m.p));
      node.setAttribute('d', markPath(m.group, m.p));
    };
    const statics = [...groups.dead.querySelectorAll('path.cm')];
    summary.marks.filter((m) => m.o > 0).forEach((m, i) => nodes.set(m.key, statics[i]!));
    for (const m of summary.marks) {
      if (!nodes.has(m.key)) {
        const node = select(groups.dead).append('path').attr('transform', markTransform(m.x, m.y, m.s)).attr('opacity', 0).node()!;
        shape(node, m);
        nodes.set(m.key, node);
      }
    }

    /**
     * The dead's marks to a scene, from `before` (`after`: the second phase, which starts where
     * the first ends, from `before`'s values; `toOne`: on the way to the scale of one). All of
     * them move in one transition of their group (named `marks`), which a newer one interrupts.
     */
    const drawMarks = (next: Scene, before: Scene, instant: boolean, after?: Transition<SVGGElement, unknown, null, undefined>, toOne = false) => {
      const planned = !!after;
      if (!planned) select(groups.dead).interrupt('marks');
      const moves: { node: Element; m: Mark }[] = [];
      next.marks.forEach((m, i) => {
        const b = before.marks[i]!;
        const node = nodes.get(m.key)!;
        const transform = markTransform(m.x, m.y, m.s);
        // whether it is partly filled now: the DOM says, since an interrupted change may not have reshaped it
        const [t0, o0, p0] = planned ? [markTransform(b.x, b.y, b.s), b.o, b.p !== undefined] : [node.getAttribute('transform'), opacityOf(node), node.classList.contains('cm-partial')];
        const p1 = m.p !== undefined;
        if (t0 === transform && o0 === m.o && p0 === p1) return;
        // a hidden mark that stays hidden is only put where it will appear from: in its ten's
        // mark, when the tens are about to split
        const unseen = o0 === 0 && m.o === 0;
        if (unseen && (planned || !toOne)) return;
        if (instant || unseen) {
          node.setAttribute('transform', transform);
          node.setAttribute('opacity', String(m.o));
          if (p0 !== p1) shape(node, m);
        } else moves.push({ node, m });
      });
      if (!moves.length) return undefined;
      const t = after ? after.transition() : select(groups.dead).transition('marks').duration(DURATION).ease(easeCubicInOut);
      return t.tween('marks', () => {
        const steps = moves.map(({ node, m }) => ({ node, m, p0: node.classList.contains('cm-partial'), at: between(node.getAttribute('transform'), markTransform(m.x, m.y, m.s)), o: fading(opacityOf(node), m.o, true) }));
        // a mark becomes partly filled as it starts to merge, and whole again once it has split
        for (const s of steps) if (s.m.p !== undefined && !s.p0) shape(s.node, s.m);
        return (k) => {
          for (const s of steps) {
            s.node.setAttribute('transform', s.at(k));
            s.node.setAttribute('opacity', s.o(k));
            if (k >= 1 && s.m.p === undefined && s.p0) shape(s.node, s.m);
          }
        };
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

    const floor = box.querySelector<SVGGElement>('.cas-floor')!;
    const drawFigures = (next: Scene, instant: boolean, delay: number) => {
      // the floor's marks appear once the marks of ten have faded
      animate(select(floor) as Any, instant, delay + (next.floor ? DURATION / 2 : 0)).attr('opacity', next.floor);

      const bars = svg.select('.cas-bars').selectAll<SVGRectElement, Bar>('rect').data(next.bars, function (d) { return d ? d.key : (this as SVGRectElement).dataset.key!; });
      animate(bars.exit() as Any, instant, delay).attr('opacity', 0).remove();
      const all = bars.enter().append('rect').attr('class', 'cb').attr('data-key', (b) => b.key).attr('opacity', 0).attr('width', 0)
        .merge(bars).attr('x', (b) => b.x).attr('y', (b) => b.y).attr('height', (b) => b.h);
      // bars grow once the marks have flowed into them
      animate(all as Any, instant, delay + DURATION / 2).attr('width', (b: Bar) => b.w).attr('opacity', 1);
    };

    /**
     * Labels, rules and legend symbols: those of the leaving state go at once, in LEAVE; those
     * of the next state appear once the marks have taken their places (`delay`), and never
     * before the leaving ones are gone.
     */
    const drawLabels = (next: Scene, size: SizeClass, instant: boolean, delay: number) => {
      const g = svg.select(`.cas-labels-${size}`);
      const enterAt = Math.max(delay, LEAVE);
      const join = <E extends Element, D extends { key: string }>(tag: string, data: D[], identity = (d: D) => d.key, drawn = (node: Element) => node.getAttribute('data-key')!) => {
        const sel = g.selectAll<E, D>(`${tag}[data-key]`).data(data, function (d) { return d ? identity(d) : drawn(this as unknown as Element); });
        animate(sel.exit() as Any, instant, 0, LEAVE).attr('opacity', 0).remove();
        const added = sel.enter().append<E>(tag).attr('data-key', (d) => d.key).attr('opacity', 0);
        return { added, kept: sel, all: added.merge(sel) };
      };

      // rules and legend symbols stand where they are drawn, and fade in
      const rules = join<SVGLineElement, Rule>('line', next.rules[size]);
      rules.all.attr('class', 'cr').attr('x1', (r) => r.x1).attr('y1', (r) => r.y1).attr('x2', (r) => r.x2).attr('y2', (r) => r.y2);
      animate(rules.all as Any, instant, enterAt).attr('opacity', 1);

      const swatches = join<SVGPathElement, Swatch>('path', next.swatches[size]);
      swatches.all.attr('class', swatchClass).attr('data-group', (s) => s.shape).attr('d', (s) => markPath(s.shape, s.p)).attr('transform', (s) => markTransform(s.x, s.y, s.s));
      animate(swatches.all as Any, instant, enterAt).attr('opacity', 1);

      const lh = lineHeight(FONT[size]);
      const labels = join<SVGTextElement, PackedLabel>('text', next.labels[size], (l) => labelIdentity(l.key, l.lines), drawnLabelIdentity);
      labels.added.attr('transform', (l) => `translate(${l.x},${l.y})`);
      labels.all.attr('class', (l) => `cl cl-${l.cls}`).each(function (l) {
        const spans = select(this).selectAll('tspan').data(l.lines);
        spans.exit().remove();
        spans.enter().append('tspan').merge(spans as never)
          .attr('x', 0).attr('dy', (_, i) => (i ? lh : null)).attr('class', (_, i) => (i < l.strong ? 'b' : null)).text((line) => line);
      });
      labels.added.each(function (l) {
        if (instant) select(this).interrupt().attr('opacity', 1);
        else tween(this, `translate(${l.x},${l.y})`, 1, enterAt, 'stay');
      });
      labels.kept.each(function (l) {
        if (instant) select(this).interrupt().attr('transform', `translate(${l.x},${l.y})`).attr('opacity', 1);
        else tween(this, `translate(${l.x},${l.y})`, 1, delay);
      });
    };

    /**
     * The labels the reader sees change with the marks; the other set (the container's width
     * hides it) follows at once, in a task of its own, so that a state change stays short.
     */
    let later = 0;
    const drawRest = (next: Scene, instant: boolean, delay: number, seen: SizeClass) => {
      drawFigures(next, instant, delay);
      drawLabels(next, seen, instant, delay);
      clearTimeout(later);
      later = window.setTimeout(() => drawLabels(next, seen === 'compact' ? 'wide' : 'compact', true, 0), 0);
    };

    const draw = (state: string, instant: boolean) => {
      if (!packed.scenes[state]) return;
      const next = scene(state);
      const before = scene(shown);
      // read before anything changes, so that the browser need not work out styles in between
      const seen: SizeClass = getComputedStyle(svg.select('.cas-labels-compact').node() as Element).display === 'none' ? 'wide' : 'compact';
      const previous = shown;
      shown = state;
      if (!instant && changesScale(previous, state)) {
        // First the tens gather, then the marks take their places in the grid; going back, the
        // marks return to their tens, then split. Labels change where the scale of one is shown.
        const merged = scene('merged');
        const first = drawMarks(merged, before, false, undefined, state === 'dead');
        drawGroups(merged, before, false);
        drawMarks(next, merged, false, first ?? select(groups.dead).transition('marks').duration(DURATION).ease(easeCubicInOut));
        drawGroups(next, merged, false, DURATION, true);
        drawRest(next, false, state === 'dead' ? 0 : DURATION, seen);
        return;
      }
      drawMarks(next, before, instant, undefined, state === 'dead');
      drawGroups(next, before, instant);
      drawRest(next, instant, 0, seen);
    };

    onGraphicState(root, ({ state, instant }) => {
      if (state === shown && !instant) return;
      draw(state, instant);
    });
  });
}
