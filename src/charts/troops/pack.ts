/**
 * The scenes as the browser receives them (inline JSON): per state the view, the map's and the
 * countries' opacity, each mark as [x, y, r] or 0 when hidden (marks keep their DOM order, so
 * no keys are sent), the bars and the labels of both sets. Hidden marks carry no position: the
 * client fades them out where they are and places them before fading them in.
 */
import { FOCUS, FONT, type Bar, type Label, type Scene, type SizeClass } from './layout';

export type PackedBar = [key: string, kind: Bar['kind'], x: number, y: number, width: number, height: number];
export type PackedLabel = [key: string, x: number, y: number, anchor: Label['anchor'], cls: Label['cls'], lines: string[]];
export interface PackedScene {
  /** view: k, x, y */
  v: [number, number, number];
  /** map opacity */
  o: number;
  /** opacity of the focus countries, in FOCUS order, and of the Crimea hatching */
  f: number[];
  c: number;
  m: (0 | [number, number, number])[];
  /** the estimates chart's bars and axis, per label set */
  b: Record<SizeClass, PackedBar[]>;
  l: Record<SizeClass, PackedLabel[]>;
}
export interface Packed {
  /** font size per label set, for line spacing */
  fonts: typeof FONT;
  focus: readonly string[];
  states: Record<string, PackedScene>;
}

export function pack(scenes: Scene[]): Packed {
  const label = (l: Label): PackedLabel => [l.key, l.x, l.y, l.anchor, l.cls, l.lines];
  const bar = (b: Bar): PackedBar => [b.key, b.kind, b.x, b.y, b.width, b.height];
  return {
    fonts: FONT,
    focus: FOCUS,
    states: Object.fromEntries(
      scenes.map((s) => [
        s.state,
        {
          v: [s.view.k, s.view.x, s.view.y],
          o: s.mapOpacity,
          f: FOCUS.map((c) => s.focus[c]),
          c: s.crimea,
          m: s.marks.map((m) => (m.opacity > 0 ? [m.x, m.y, m.r] : 0)),
          b: { compact: s.bars.compact.map(bar), wide: s.bars.wide.map(bar) },
          l: { compact: s.labels.compact.map(label), wide: s.labels.wide.map(label) },
        },
      ]),
    ),
  };
}
