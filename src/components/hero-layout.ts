/**
 * The first screen's "two fronts" graphic as a pure function: each front's soldiers as dots on
 * one scale (one dot per SOLDIERS_PER_MARK, as in the troops map), laid out in rows of a fixed
 * number of columns. Every front's drawing has the same width in its units, so that drawn at the
 * same width on the page its dots are the same size: 100 against 2 read at one glance.
 * Two grids: `compact` for phones (smaller dots in three rows, so that the headline stays on the
 * first screen), `wide` for wider screens (two rows of larger dots).
 */
import { markCount } from '../charts/troops/layout';

/** columns of dots per grid, and the distance between dot centres and the dot radius (units) */
export const GRIDS = { compact: 34, wide: 50 } as const;
export const PITCH = 10;
export const RADIUS = 3.8;
export type Grid = keyof typeof GRIDS;

/** the two fronts, in reading order: the figure a front's dots count, the locale key of its words */
export const FRONTS = [
  ['ru-troops-ukraine', 'hero.ukraine'],
  ['csto-total', 'hero.kazakhstan'],
] as const;

export interface Dot {
  cx: number;
  cy: number;
}

export interface FrontDrawing {
  width: number;
  height: number;
  dots: Dot[];
}

/** One front's dots in a grid: rows from the top, each filled from the left. */
export function frontDrawing(soldiers: number, grid: Grid): FrontDrawing {
  const cols = GRIDS[grid];
  const n = markCount(soldiers);
  const rows = Math.max(1, Math.ceil(n / cols));
  const dots = Array.from({ length: n }, (_, i) => ({ cx: (i % cols) * PITCH + PITCH / 2, cy: Math.floor(i / cols) * PITCH + PITCH / 2 }));
  return { width: cols * PITCH, height: rows * PITCH, dots };
}
