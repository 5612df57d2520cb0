/**
 * The scenes as the browser receives them (inline JSON): per state the opacity of the map and of
 * the lines, each drawn country's style (in `countries` order: 0 none, 1 opposes, 2 supports),
 * whether Nord Stream 2 is idle, and per label set its marks, rules and labels, joined by key.
 */
import { packLabel, type PackedLabel } from '../shared/label-pack';
import type { PackedLine } from '../shared/label-join';
import { FONT, SIZES, type Layer, type Mark, type Scene, type SizeClass } from './layout';
import { STYLE_CODES } from './shapes';

export type PackedMark = [key: string, kind: Mark['kind'], x: number, y: number, r: number];
export interface PackedLayer {
  m: PackedMark[];
  r: PackedLine[];
  l: PackedLabel[];
}
export interface PackedScene {
  o: number;
  ro: number;
  c: number[];
  i: 0 | 1;
  s: Record<SizeClass, PackedLayer>;
}
export interface Packed {
  fonts: typeof FONT;
  /** the countries drawn as shapes of their own, in the order of `c` */
  countries: string[];
  states: Record<string, PackedScene>;
}

function packLayer(layer: Layer): PackedLayer {
  return {
    m: layer.marks.map((m) => [m.key, m.kind, m.x, m.y, m.r]),
    r: layer.rules.map((r) => (r.later ? [r.key, r.x1, r.y1, r.x2, r.y2, 'nr-later'] : [r.key, r.x1, r.y1, r.x2, r.y2])),
    l: layer.labels.map(packLabel),
  };
}

export function pack(scenes: Scene[], countries: string[]): Packed {
  return {
    fonts: FONT,
    countries,
    states: Object.fromEntries(
      scenes.map((s) => [
        s.state,
        {
          o: s.mapOpacity,
          ro: s.routeOpacity,
          c: countries.map((c) => STYLE_CODES.indexOf(s.countries[c] ?? 'none')),
          i: s.idle ? 1 : 0,
          s: Object.fromEntries(SIZES.map((size) => [size, packLayer(s.layers[size])])) as Record<SizeClass, PackedLayer>,
        },
      ]),
    ),
  };
}
