/**
 * The scenes as the browser receives them (inline JSON): per state each group's view, the
 * arrangement of the dead where they are counted one by one, whether each outline shows, the
 * bars, and the labels, legend symbols and rules of both sets; once, the counts, the grid pitch
 * and the outlines' segments. Marks, outline paths and label boxes are left out: the browser
 * derives the first two (marks.ts), and needs no boxes.
 */
import type { Group, Segment } from './marks';
import type { Label, Scene, SizeClass } from './layout';

export type PackedLabel = Omit<Label, 'box'>;
export interface PackedScene extends Omit<Scene, 'marks' | 'outlines' | 'labels' | 'state' | 'pitch'> {
  /** shown (1) or not (0), per segment */
  outlines: number[];
  labels: Record<SizeClass, PackedLabel[]>;
}
export interface Packed {
  counts: Record<Group, number>;
  pitch: number;
  segments: Segment[];
  scenes: Record<string, PackedScene>;
}

export function pack(counts: Record<Group, number>, segments: Segment[], scenes: Scene[]): Packed {
  const labels = (ls: Label[]): PackedLabel[] => ls.map(({ box: _box, ...l }) => l);
  return {
    counts,
    pitch: scenes[0]!.pitch,
    segments,
    scenes: Object.fromEntries(
      scenes.map((s) => [
        s.state,
        {
          groups: s.groups,
          ...(s.frames ? { frames: s.frames } : {}),
          outlines: s.outlines.map((o) => o.o),
          bars: s.bars,
          labels: { compact: labels(s.labels.compact), wide: labels(s.labels.wide) },
          swatches: s.swatches,
          rules: s.rules,
        },
      ]),
    ),
  };
}
