/**
 * Scene → SVG markup for the build-time rendering (the summary state). The client creates the
 * same elements with d3 (client.ts), so the names here and there must agree: the classes, the
 * mark paths (`markPath`) and the transforms written by `markTransform` and `groupTransform`.
 */
import type { Bar, FloorLayer, Label, Outline, Rule, Scene, Swatch } from './layout';
import { lineHeight, type SizeClass } from './measures';
import { GROUPS, groupTransform, type Group, type Mark } from './marks';
import { markPath, shapePath } from './shapes';
import { svg, type Markup } from '../shared/markup';

/** A mark's class: its group, and whether it is partly filled (then filled even-odd and outlined). */
export const markClass = (group: string, p?: number) => `cm cm-${group}${p === undefined ? '' : ' cm-partial'}`;

/** One transform format everywhere, so that the client can compare and interpolate it cheaply. */
export const markTransform = (x: number, y: number, s: number) => `translate(${x},${y}) scale(${s})`;

export function markSvg(m: Mark): Markup {
  return svg`<path class="${markClass(m.group, m.p)}" d="${markPath(m.group, m.p)}" transform="${markTransform(m.x, m.y, m.s)}"${m.o === 1 ? '' : svg` opacity="${m.o}"`}/>`;
}

/**
 * A group's visible marks. The dead are one element each (they move one by one when the scale
 * changes); the marks of the other groups never move within their group, so their whole marks
 * are one path (one element to paint instead of hundreds) and only a partly filled one is apart.
 */
export function groupMarksSvg(group: Group, marks: Mark[]): Markup {
  const shown = marks.filter((m) => m.group === group && m.o > 0);
  if (group === 'dead') return svg`${shown.map(markSvg)}`;
  const whole = shown.filter((m) => m.p === undefined).map((m) => shapePath(group, 1, m.x, m.y, m.s)).join('');
  return svg`<path class="cm cm-${group}" d="${whole}"/>${shown.filter((m) => m.p !== undefined).map(markSvg)}`;
}

export const outlineClass = (o: { group: string; later: boolean }) => `co co-${o.group}${o.later ? ' co-later' : ''}`;

export function outlineSvg(o: Outline): Markup {
  return svg`<path class="${outlineClass(o)}" data-key="${o.key}" d="${o.d}"/>`;
}

export function barSvg(b: Bar): Markup {
  return svg`<rect class="cb" data-key="${b.key}" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"/>`;
}

export function swatchSvg(s: Swatch): Markup {
  return svg`<path class="${swatchClass(s)}" data-key="${s.key}" data-group="${s.shape}" d="${markPath(s.shape, s.p)}" transform="${markTransform(s.x, s.y, s.s)}"/>`;
}

export const swatchClass = (s: Swatch) => `cs cs-${s.shape}${s.outline ? ' cs-outline' : ''}${s.p === undefined ? '' : ' cm-partial'}`;

export function ruleSvg(r: Rule): Markup {
  return svg`<line class="cr" data-key="${r.key}" x1="${r.x1}" y1="${r.y1}" x2="${r.x2}" y2="${r.y2}"/>`;
}

export function labelSvg(l: Label, size: number): Markup {
  const tspans = l.lines.map((line, i) => svg`<tspan x="0"${i ? svg` dy="${lineHeight(size)}"` : ''}${i < l.strong ? svg` class="b"` : ''}>${line}</tspan>`);
  return svg`<text class="cl cl-${l.cls}" data-key="${l.key}" transform="translate(${l.x},${l.y})">${tspans}</text>`;
}

/**
 * The scene's visible parts as markup: each group (its view as a transform, holding its marks),
 * the floor's layer (its outlines under its marks; hidden unless the scene shows it), the bars,
 * and both label sets. Hidden marks are left to the client.
 */
export function sceneSvg(scene: Scene, fonts: Record<SizeClass, number>, floor: FloorLayer): { groups: string; bars: string } & Record<SizeClass, string> {
  const set = (size: SizeClass) =>
    svg`${scene.rules[size].map(ruleSvg)}${scene.swatches[size].map(swatchSvg)}${scene.labels[size].map((l) => labelSvg(l, fonts[size]))}`.html;
  const group = (g: (typeof GROUPS)[number]) => {
    const v = scene.groups[g];
    return svg`<g class="cg" data-group="${g}" transform="${groupTransform(v)}"${v.o ? '' : svg` opacity="0"`}>${groupMarksSvg(g, scene.marks)}</g>`;
  };
  const layer = svg`<g class="cas-floor"${scene.floor ? '' : svg` opacity="0"`}>${floor.outlines.map(outlineSvg)}${GROUPS.map((g) => groupMarksSvg(g, floor.marks))}</g>`;
  return {
    groups: svg`${GROUPS.map(group)}${layer}`.html,
    bars: svg`${scene.bars.map(barSvg)}`.html,
    compact: set('compact'),
    wide: set('wide'),
  };
}
