/**
 * Scene → SVG markup, shared by the build-time component (summary state) and nothing else in
 * the browser: the client script creates the same elements with d3 (see client.ts), so the
 * attribute names here and there must agree (data-key, transform, opacity).
 */
import { at, labelSvg } from '../shared/label-svg';
import { svg, type Markup } from '../shared/markup';
import { circlePath, squarePath, trianglePath } from '../shared/symbols';
import type { Bar, Label, Mark, Scene, View } from './layout';

/** A symbol centred on 0,0: circle (troops, cities, estimates), square (capitals), triangle (sites). */
export function symbol(kind: Mark['kind'], r: number): string {
  if (kind === 'capital') return squarePath(r);
  if (kind === 'site') return trianglePath(r);
  return circlePath(r);
}

export const viewTransform = (v: View) => `translate(${v.x},${v.y}) scale(${v.k})`;

export function markSvg(m: Mark): Markup {
  return svg`<path class="tm tm-${m.kind}" data-key="${m.key}" d="${symbol(m.kind, m.r)}" transform="${at(m.x, m.y)}" opacity="${m.opacity}"/>`;
}

export function barSvg(b: Bar): Markup {
  return svg`<rect class="tb tb-${b.kind}" data-key="${b.key}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>`;
}

/** A label set: its chart bars first (under the words), then its labels. */
function labelSet(bars: Bar[], labels: Label[], font: number): string {
  return svg`<g class="troops-bars">${bars.map(barSvg)}</g>${labels.map((l) => labelSvg(l, font))}`.html;
}

export function sceneSvg(scene: Scene, fonts: { compact: number; wide: number }): { marks: string; compact: string; wide: string } {
  return {
    marks: svg`${scene.marks.map(markSvg)}`.html,
    compact: labelSet(scene.bars.compact, scene.labels.compact, fonts.compact),
    wide: labelSet(scene.bars.wide, scene.labels.wide, fonts.wide),
  };
}
