/**
 * Scene → SVG markup, at build time. Every state is drawn as an overlay of its own over the base
 * map (client.ts crossfades them): a veil, the countries in their style, the pipelines, and the
 * marks, rules and labels of both label sets.
 */
import { curveCatmullRom, line } from 'd3-shape';
import { at, labelSvg } from '../shared/label-svg';
import { svg, type Markup } from '../shared/markup';
import type { Point } from '../shared/text';
import { FONT, HEIGHT, PIPELINES, SIZES, WIDTH, type Layer, type Mark, type PipelineId, type Rule, type Scene } from './layout';
import { symbol } from './shapes';

/** A smooth line through the waypoints (the course between them is schematic anyway). */
export function routePath(points: Point[]): string {
  const path = line<Point>().curve(curveCatmullRom.alpha(0.5)).digits(1)(points);
  return path ?? '';
}

export function markSvg(m: Mark): Markup {
  return svg`<path class="nm nm-${m.kind}" d="${symbol(m.kind, m.r)}" transform="${at(m.x, m.y)}"/>`;
}

export function ruleSvg(r: Rule): Markup {
  return svg`<line class="nr${r.later ? ' nr-later' : ''}" x1="${r.x1}" y1="${r.y1}" x2="${r.x2}" y2="${r.y2}"/>`;
}

export function layerSvg(layer: Layer, size: number): Markup {
  return svg`${layer.rules.map(ruleSvg)}${layer.marks.map(markSvg)}${layer.labels.map((l) => labelSvg(l, size))}`;
}

export interface OverlayShapes {
  /** the countries a stance can mark, as path strings at the base map's path scale */
  countries: Record<string, string>;
  pathScale: number;
  routes: Record<PipelineId, string>;
}

/** The inside of one state's overlay <svg>: what the state adds to the base map. */
export function overlaySvg(scene: Scene, shapes: OverlayShapes): string {
  const veil = scene.veil ? svg`<rect class="ns-veil" width="${WIDTH}" height="${HEIGHT}" opacity="${scene.veil}"/>` : '';
  const styled = Object.entries(scene.countries).filter(([c, style]) => style !== 'none' && shapes.countries[c]);
  const countries = styled.length
    ? svg`<g transform="scale(${shapes.pathScale})">${styled.map(([c, style]) => svg`<path class="ns-country ns-${style}" data-country="${c}" d="${shapes.countries[c]}"/>`)}</g>`
    : '';
  const idle = scene.idle ? svg`<path class="ns-idle" d="${shapes.routes['nord-stream-2']}"/>` : '';
  const routes = svg`<g class="ns-routes"${scene.routeOpacity === 1 ? '' : svg` opacity="${scene.routeOpacity}"`}>${PIPELINES.map((id) => svg`<path class="ns-route ns-route-${id}" d="${shapes.routes[id]}"/>`)}${idle}</g>`;
  const layers = SIZES.map((size) => svg`<g class="ns-layer ns-${size}">${layerSvg(scene.layers[size], FONT[size])}</g>`);
  return svg`${veil}${countries}${routes}${layers}`.html;
}
