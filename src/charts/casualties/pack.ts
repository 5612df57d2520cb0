/**
 * The scenes as the browser receives them (inline JSON): per state each group's view, the
 * arrangement of the dead where they are counted one by one, whether the floor's layer shows, the
 * bars, and the labels, legend symbols and rules of both sets; once, the counts and the grid
 * pitch. Marks and label boxes are left out: the browser derives the first (marks.ts; the floor's
 * layer is in the page), and needs no boxes.
 */
import type { Group } from './marks';
import type { Label, Scene, SizeClass } from './layout';

export type PackedLabel = Omit<Label, 'box'>;
export interface PackedScene extends Omit<Scene, 'marks' | 'labels' | 'state' | 'pitch'> {
  labels: Record<SizeClass, PackedLabel[]>;
}
export interface Packed {
  counts: Record<Group, number>;
  pitch: number;
  scenes: Record<string, PackedScene>;
}

export function pack(counts: Record<Group, number>, scenes: Scene[]): Packed {
  const labels = (ls: Label[]): PackedLabel[] => ls.map(({ box: _box, ...l }) => l);
  return {
    counts,
    pitch: scenes[0]!.pitch,
    scenes: Object.fromEntries(
      scenes.map((s) => [
        s.state,
        {
          groups: s.groups,
          ...(s.frames ? { frames: s.frames } : {}),
          floor: s.floor,
          bars: s.bars,
          labels: { compact: labels(s.labels.compact), wide: labels(s.labels.wide) },
          swatches: s.swatches,
          rules: s.rules,
        },
      ]),
    ),
  };
}
