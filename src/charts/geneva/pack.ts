/**
 * The scenes as the browser receives them (inline JSON): per state and label set, each mark as
 * [x, y, w, h] or 0 when hidden (marks keep their DOM order, so no keys are sent) and the labels.
 */
import { FONT, type Label, type Scene, type SizeClass, type State } from './layout';

export type PackedLabel = [key: string, x: number, y: number, cls: Label['cls'], lines: string[]];
export interface PackedSet {
  m: (0 | [number, number, number, number])[];
  l: PackedLabel[];
}
export interface Packed {
  /** font size per label set, for line spacing */
  fonts: typeof FONT;
  states: Record<string, Record<SizeClass, PackedSet>>;
}

export function pack(scenes: Record<State, Record<SizeClass, Scene>>): Packed {
  const set = (s: Scene): PackedSet => ({
    m: s.marks.map((m) => (m.opacity > 0 ? [m.x, m.y, m.w, m.h] : 0)),
    l: s.labels.map((l) => [l.key, l.x, l.y, l.cls, l.lines]),
  });
  return {
    fonts: FONT,
    states: Object.fromEntries(Object.entries(scenes).map(([state, sets]) => [state, { compact: set(sets.compact), wide: set(sets.wide) }])),
  };
}
