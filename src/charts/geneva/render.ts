/**
 * Scene → SVG markup for the summary state, at build time. The client (client.ts) moves the same
 * elements for the other states, so the attributes here and there must agree: a mark is a rect
 * at 0,0 moved by transform, with width, height, rx and opacity; labels as in shared/label-svg.
 */
import { at, labelSvg } from '../shared/label-svg';
import { svg, type Markup } from '../shared/markup';
import type { Mark } from './layout';

export const markClass = (m: Pick<Mark, 'kind' | 'outline'>) => `gm gm-${m.kind}${m.outline ? ' gm-outline' : ''}`;
/** Russia's mark is a circle: its side, halved */
export const cornerRadius = (m: Pick<Mark, 'round' | 'w'>) => (m.round ? m.w / 2 : 0);

export function markSvg(m: Mark): Markup {
  return svg`<rect class="${markClass(m)}" data-key="${m.key}" width="${m.w}" height="${m.h}" rx="${cornerRadius(m)}" transform="${at(m.x, m.y)}" opacity="${m.opacity}"/>`;
}

export function sceneSvg(scene: { marks: Mark[]; labels: Parameters<typeof labelSvg>[0][] }, font: number): { marks: string; labels: string } {
  return {
    marks: svg`${scene.marks.map(markSvg)}`.html,
    labels: svg`${scene.labels.map((l) => labelSvg(l, font))}`.html,
  };
}
