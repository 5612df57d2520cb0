/**
 * Scene → SVG markup for the summary state (build time): client.ts creates the same elements
 * with d3, so the attribute names here and there agree (class, data-key, transform, d).
 */
import { curveCatmullRom, line } from 'd3-shape';
import { at, labelSvg } from '../shared/label-svg';
import type { Point } from '../shared/labels';
import type { Layer, Mark, Rule } from './layout';
import { symbol } from './shapes';

/** A smooth line through the waypoints (the course between them is schematic anyway). */
export function routePath(points: Point[]): string {
  const path = line<Point>().curve(curveCatmullRom.alpha(0.5)).digits(1)(points);
  return path ?? '';
}

export function markSvg(m: Mark): string {
  return `<path class="nm nm-${m.kind}" data-key="${m.key}" d="${symbol(m.kind, m.r)}" transform="${at(m.x, m.y)}"/>`;
}

export function ruleSvg(r: Rule): string {
  return `<line class="nr${r.later ? ' nr-later' : ''}" data-key="${r.key}" x1="${r.x1}" y1="${r.y1}" x2="${r.x2}" y2="${r.y2}"/>`;
}

export function layerSvg(layer: Layer, size: number): { rules: string; marks: string; labels: string } {
  return {
    rules: layer.rules.map(ruleSvg).join(''),
    marks: layer.marks.map(markSvg).join(''),
    labels: layer.labels.map((l) => labelSvg(l, size)).join(''),
  };
}
