/**
 * The marks of each group, in the group's own coordinates, and how a group stands in a state
 * (its view: a translation, a scale, an opacity). This part of the layout also runs in the
 * browser: a state travels as a view per group and the arrangement of the dead, not as ~900
 * positions (README.md). Most changes of state move a group, not its marks, so the browser
 * animates three transforms instead of hundreds.
 *
 * At the scale of ten a group's marks fill rows of COLS from its origin. The dead also have one
 * mark per person, for the scale of one, where they stand in groups of ten (`frames`); at the
 * scale of ten the first mark of each ten is the ten's mark and the other nine are hidden inside
 * it. A count that is not a multiple of ten ends in a partly filled mark (its fill fraction `p`).
 */
import { round } from '../shared/text';
import { SHAPES, type Shape } from './shapes';

export type Group = Shape;
export const GROUPS = SHAPES;
export const PER_MARK = 10;
/** marks per row at the scale of ten */
export const COLS = 40;

/** Where a group stands: its origin, its scale (across and down), shown or not. `flow`: hidden
 *  by flowing into something (it moves as it fades), not by fading where it is. */
export interface GroupView {
  x: number;
  y: number;
  kx: number;
  ky: number;
  o: 0 | 1;
  flow?: 1;
}

/** The dead one by one, in groups of ten (two rows of five) at pitch q, `cols` groups a row, dots
 *  of size s; merged: each ten gathered in its first mark, at the ten's centre */
export interface Frames {
  q: number;
  cols: number;
  s: number;
  merged?: 1;
}

export interface Mark {
  key: string;
  group: Group;
  /** in the group's coordinates */
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

export const marksOf = (n: number, per = PER_MARK) => Math.ceil(n / per);
export const rest = (n: number, per = PER_MARK) => (n % per) / per;

/** the distance between groups of ten, in dot pitches: across and down */
export const FRAME = [5.9, 2.8] as const;

/** mark position i of a group in rows of `cols` (at the scale of ten, COLS), for a pitch */
export function gridAt(pitch: number, i: number, cols = COLS): [number, number] {
  return [round(((i % cols) + 0.5) * pitch), round((Math.floor(i / cols) + 0.5) * pitch)];
}

/** Every mark of every group, in one stable order (keys `dead0` … `detained499`). */
export function expand(counts: Record<Group, number>, pitch: number, frames?: Frames): Mark[] {
  const marks: Mark[] = [];
  for (const group of GROUPS) {
    const n = counts[group];
    const count = group === 'dead' ? n : marksOf(n);
    for (let i = 0; i < count; i++) {
      const ten = group === 'dead' ? Math.floor(i / PER_MARK) : i;
      const leader = group !== 'dead' || i % PER_MARK === 0;
      const partial = leader && ten === Math.floor(n / PER_MARK) && rest(n) > 0 ? { p: rest(n) } : {};
      const key = `${group}${i}`;
      if (group === 'dead' && frames) {
        const x = (ten % frames.cols) * FRAME[0] * frames.q;
        const y = Math.floor(ten / frames.cols) * FRAME[1] * frames.q;
        const j = i % PER_MARK;
        marks.push(frames.merged
          ? { key, group, x: round(x + 2.5 * frames.q), y: round(y + frames.q), s: frames.s, o: leader ? 1 : 0, ...partial }
          : { key, group, x: round(x + ((j % 5) + 0.5) * frames.q), y: round(y + (Math.floor(j / 5) + 0.5) * frames.q), s: frames.s, o: 1 });
      } else {
        const [x, y] = gridAt(pitch, ten);
        marks.push({ key, group, x, y, s: 1, o: leader ? 1 : 0, ...partial });
      }
    }
  }
  return marks;
}

/** The later and higher counts as segments of mark positions after each group's official marks, `per` people a mark. */
export function segmentsOf(counts: Record<Group, number>, extensions: { id: string; group: Group; value: number; later: boolean }[], per = PER_MARK): Segment[] {
  const segments: Segment[] = [];
  for (const group of GROUPS) {
    let drawn = marksOf(counts[group], per);
    for (const e of extensions.filter((x) => x.group === group)) {
      const to = marksOf(e.value, per);
      if (to <= drawn) continue;
      segments.push({ id: e.id, group, later: e.later, from: drawn, to: to - 1, fill: rest(e.value, per) || 1 });
      drawn = to;
    }
  }
  return segments;
}

export const groupTransform = (v: GroupView) => `translate(${v.x},${v.y}) scale(${v.kx},${v.ky})`;
