/**
 * Scene → SVG markup, at build time. Every state is drawn as an overlay of its own over the base
 * (client.ts crossfades them): the countries in their style and the pipelines in the state's map
 * frame, cut to the map area, and the marks, rules and labels of both label sets (the state's
 * labels on the map, its highlighted marks and callouts in the timeline strip).
 */
import { curveCatmullRom, line } from 'd3-shape';
import { at, labelSvg } from '../shared/label-svg';
import { svg, type Markup } from '../shared/markup';
import type { Point } from '../shared/text';
import { FONT, PIPELINES, SIZES, type Label, type Layer, type MapFrame, type Mark, type PipelineId, type Rule, type Scene } from './layout';
import { symbol } from './shapes';

/** The id of the clip path (in the base SVG) that keeps the map out of the timeline strip. */
export const MAP_CLIP = 'ns-map-clip';

/** A smooth line through the waypoints (the course between them is schematic anyway). */
export function routePath(points: Point[]): string {
  const path = line<Point>().curve(curveCatmullRom.alpha(0.5)).digits(1)(points);
  return path ?? '';
}

/** The frame as an SVG transform attribute (the summary state's, without JavaScript). */
export const frameAttribute = (f: MapFrame) => `translate(${f.x},${f.y}) scale(${f.k})`;
/** The frame as a CSS transform, which the client sets and transitions (SVG user units are px). */
export const frameCss = (f: MapFrame) => `translate(${f.x}px, ${f.y}px) scale(${f.k})`;

export function markSvg(m: Mark): Markup {
  const tone = m.tone ? ` nm-tone-${m.tone}` : '';
  const hollow = m.later ? ' nm-hollow' : '';
  return svg`<path class="nm nm-${m.kind}${tone}${hollow}" data-key="${m.key}" d="${symbol(m.kind, m.r)}" transform="${at(m.x, m.y)}"/>`;
}

export function ruleSvg(r: Rule): Markup {
  const kind = r.key.startsWith('leader-') ? ' nr-leader' : r.key.startsWith('tick-') ? ' nr-tick' : '';
  return svg`<line class="nr${kind}" data-key="${r.key}" x1="${r.x1}" y1="${r.y1}" x2="${r.x2}" y2="${r.y2}"/>`;
}

/** A label; a callout with a lead (its date) as one line, the bold date and the words after it. */
export function nsLabelSvg(l: Label, size: number): Markup {
  if (l.lead === undefined) return labelSvg(l, size);
  return svg`<text class="tl tl-${l.cls}" data-key="${l.key}" transform="${at(l.x, l.y)}" text-anchor="start"><tspan x="0" class="tl-lead">${l.lead}</tspan><tspan>  ${l.lines.join(' ')}</tspan></text>`;
}

export function layerSvg(layer: Layer, size: number): Markup {
  return svg`${layer.rules.map(ruleSvg)}${layer.marks.map(markSvg)}${layer.labels.map((l) => nsLabelSvg(l, size))}`;
}

/** Both label sets of a layer pair, each in the group its container query shows. */
export function layersSvg(layers: Record<(typeof SIZES)[number], Layer>): Markup {
  return svg`${SIZES.map((size) => svg`<g class="ns-layer ns-${size}">${layerSvg(layers[size], FONT[size])}</g>`)}`;
}

export interface OverlayShapes {
  /** the countries a stance can mark, as path strings at the base map's path scale */
  countries: Record<string, string>;
  pathScale: number;
  routes: Record<PipelineId, string>;
}

/** The inside of one state's overlay <svg>: what the state adds to the base map and the strip. */
export function overlaySvg(scene: Scene, shapes: OverlayShapes): string {
  const styled = Object.entries(scene.countries).filter(([c, style]) => style !== 'none' && shapes.countries[c]);
  const countries = styled.length
    ? svg`<g transform="scale(${shapes.pathScale})">${styled.map(([c, style]) => svg`<path class="ns-country ns-${style}" data-country="${c}" d="${shapes.countries[c]}"/>`)}</g>`
    : '';
  const idle = scene.idle ? svg`<path class="ns-idle" d="${shapes.routes['nord-stream-2']}"/>` : '';
  const routes = svg`<g class="ns-routes"${scene.routeOpacity === 1 ? '' : svg` opacity="${scene.routeOpacity}"`}>${PIPELINES.map((id) => svg`<path class="ns-route ns-route-${id}" d="${shapes.routes[id]}"/>`)}${idle}</g>`;
  const map = svg`<g clip-path="url(#${MAP_CLIP})"><g transform="${frameAttribute(scene.frame)}">${countries}${routes}</g></g>`;
  return svg`${map}${layersSvg(scene.layers)}`.html;
}
