/**
 * Scene → SVG markup, shared by the build-time component (summary state) and nothing else in
 * the browser: the client script creates the same elements with d3 (see client.ts), so the
 * attribute names here and there must agree (data-key, transform, opacity).
 */
import { at, labelSvg } from '../shared/label-svg';
import { svg, type Markup } from '../shared/markup';
import { circlePath, squarePath, trianglePath } from '../shared/symbols';
import type { Mark, Rule, Scene, View } from './layout';

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

export function ruleSvg(r: Rule): Markup {
  return svg`<line class="tr" data-key="${r.key}" x1="${r.x1}" y1="${r.y1}" x2="${r.x2}" y2="${r.y2}"/>`;
}

export function sceneSvg(scene: Scene, fonts: { compact: number; wide: number }): { marks: string; rules: string; compact: string; wide: string } {
  return {
    marks: svg`${scene.marks.map(markSvg)}`.html,
    rules: svg`${scene.rules.map(ruleSvg)}`.html,
    compact: svg`${scene.labels.compact.map((l) => labelSvg(l, fonts.compact))}`.html,
    wide: svg`${scene.labels.wide.map((l) => labelSvg(l, fonts.wide))}`.html,
  };
}
