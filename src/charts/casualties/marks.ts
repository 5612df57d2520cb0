/**
 * Where the marks of a state stand, described per group by a placement (a grid, the dead's
 * groups of ten, or the inside of a bar), and the expansion of placements into marks. This part
 * of the layout also runs in the browser: a state travels as a few numbers per group, not as
 * ~900 positions (README.md).
 *
 * The dead have one mark per person, so that the scale of one can show them; at the scale of
 * ten, the first mark of each ten is the ten's mark and the other nine are hidden inside it. A
 * count that is not a multiple of ten ends in a partly filled mark (its fill fraction `p`).
 */
import { SHAPES, shapePath, type Shape } from './shapes';

export type Group = Shape;
export const GROUPS = SHAPES;
export const PER_MARK = 10;
/** marks per row at the scale of ten */
export const COLS = 40;

export type Placement =
  /** at the scale of ten: rows of COLS marks from (x, y), pitch p, size s; o: shown or not */
  | { kind: 'grid'; x: number; y: number; p: number; s: number; o: 0 | 1 }
  /** the dead one by one, in groups of ten (two rows of five) at pitch q, `cols` groups a row;
   *  merged: each ten gathered in its first mark at the group's centre */
  | { kind: 'frames'; x: number; y: number; q: number; cols: number; s: number; merged?: 1 }
  /** hidden inside a bar (they have flowed into it) */
  | { kind: 'bar'; x: number; y: number; w: number; h: number; s: number };

export interface Mark {
  key: string;
  group: Group;
  x: number;
  y: number;
  /** size relative to a ten-people mark */
  s: number;
  o: number;
  /** fill fraction of a partly filled mark */
  p?: number;
}

/** A later or higher count beyond a group's official marks: mark positions from … to, the last filled to `fill` */
export interface Segment {
  id: string;
  group: Group;
  later: boolean;
  from: number;
  to: number;
  fill: number;
}

const round = (v: number) => Math.round(v * 10) / 10;
export const marksOf = (n: number) => Math.ceil(n / PER_MARK);
export const rest = (n: number) => (n % PER_MARK) / PER_MARK;

/** the distance between groups of ten, in dot pitches: across and down */
export const FRAME = [5.9, 2.8] as const;

export function gridAt(pl: { x: number; y: number; p: number }, i: number): [number, number] {
  return [round(pl.x + ((i % COLS) + 0.5) * pl.p), round(pl.y + (Math.floor(i / COLS) + 0.5) * pl.p)];
}

function frameOrigin(pl: { x: number; y: number; q: number; cols: number }, frame: number): [number, number] {
  return [pl.x + (frame % pl.cols) * FRAME[0] * pl.q, pl.y + Math.floor(frame / pl.cols) * FRAME[1] * pl.q];
}

/** Every mark of every group, in one stable order (keys `dead0` … `detained499`). */
export function expand(place: Record<Group, Placement>, counts: Record<Group, number>): Mark[] {
  const marks: Mark[] = [];
  for (const group of GROUPS) {
    const pl = place[group];
    const n = counts[group];
    const count = group === 'dead' ? n : marksOf(n);
    const bar = pl.kind === 'bar' && { cols: Math.max(1, Math.round(Math.sqrt((count * pl.w) / pl.h))) };
    for (let i = 0; i < count; i++) {
      const index = group === 'dead' ? Math.floor(i / PER_MARK) : i;
      const leader = group !== 'dead' || i % PER_MARK === 0;
      const partial = leader && index === Math.floor(n / PER_MARK) && rest(n) > 0 ? { p: rest(n) } : {};
      const key = `${group}${i}`;
      if (pl.kind === 'grid') {
        const [x, y] = gridAt(pl, index);
        marks.push({ key, group, x, y, s: pl.s, o: leader ? pl.o : 0, ...partial });
      } else if (pl.kind === 'frames') {
        const [x, y] = frameOrigin(pl, index);
        const j = i % PER_MARK;
        marks.push(pl.merged
          ? { key, group, x: round(x + 2.5 * pl.q), y: round(y + pl.q), s: pl.s, o: leader ? 1 : 0, ...partial }
          : { key, group, x: round(x + ((j % 5) + 0.5) * pl.q), y: round(y + (Math.floor(j / 5) + 0.5) * pl.q), s: pl.s, o: 1 });
      } else if (bar) {
        const rows = Math.ceil(count / bar.cols);
        marks.push({ key, group, x: round(pl.x + ((i % bar.cols) + 0.5) * (pl.w / bar.cols)), y: round(pl.y + (Math.floor(i / bar.cols) + 0.5) * (pl.h / rows)), s: pl.s, o: 0 });
      }
    }
  }
  return marks;
}

/** The later and higher counts as segments of mark positions after each group's official marks. */
export function segmentsOf(counts: Record<Group, number>, extensions: { id: string; group: Group; value: number; later: boolean }[]): Segment[] {
  const segments: Segment[] = [];
  for (const group of GROUPS) {
    let drawn = marksOf(counts[group]);
    for (const e of extensions.filter((x) => x.group === group)) {
      const to = marksOf(e.value);
      if (to <= drawn) continue;
      segments.push({ id: e.id, group, later: e.later, from: drawn, to: to - 1, fill: rest(e.value) || 1 });
      drawn = to;
    }
  }
  return segments;
}

/** One path of outlined marks for a segment, in its group's grid. */
export function outlinePath(seg: Segment, pl: Placement): string {
  if (pl.kind !== 'grid') return '';
  let d = '';
  for (let i = seg.from; i <= seg.to; i++) d += shapePath(seg.group, i === seg.to ? seg.fill : 1, ...gridAt(pl, i), pl.s);
  return d;
}
