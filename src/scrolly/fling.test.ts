import { describe, expect, it } from 'vitest';
import { FLING_TAIL_MS, REST_MS, flingJudge } from './fling';

const screenHeight = 800;

/** The judgements of a scroll that moves `moves[i]` px in the i-th frame of `frameMs` each, from rest at 0. */
function judge(moves: number[], frameMs = 16, startAt = 0): boolean[] {
  const isFling = flingJudge({ y: 0, time: startAt });
  let y = 0;
  return moves.map((move, index) => {
    y += move;
    return isFling({ y, time: startAt + (index + 1) * frameMs, screenHeight });
  });
}

describe('flingJudge', () => {
  it('reads a scroll at reading speed as reading', () => {
    expect(judge([20, 25, 30, 25, 20])).toEqual([false, false, false, false, false]);
  });

  it('takes a move faster than a screen in 300 ms for a fling', () => {
    expect(judge([20, 64, 64])).toEqual([false, true, true]);
  });

  it('takes a move of more than a screen and a half between two frames for a jump, however long the frame', () => {
    expect(judge([1300], 2000)).toEqual([true]);
  });

  it('counts the slow last frames of a fling as the fling, up to FLING_TAIL_MS after its last fast one', () => {
    const frames = Math.floor(FLING_TAIL_MS / 16);
    expect(judge([64, 64, ...Array<number>(frames).fill(5)])).toEqual([true, true, ...Array<boolean>(frames).fill(true)]);
  });

  it('ends the fling when the scroll has been slow for longer than FLING_TAIL_MS', () => {
    const slow = Math.ceil(FLING_TAIL_MS / 16) + 2;
    expect(judge([64, ...Array<number>(slow).fill(5)]).at(-1)).toBe(false);
  });

  it('counts the frame after a fast one as the fling, however long it took (a slow phone)', () => {
    expect(judge([1200, 300], 400)).toEqual([true, true]);
  });

  it('reads a slow scroll after a pause as reading, however fast the scroll before the pause', () => {
    const isFling = flingJudge({ y: 0, time: 0 });
    expect(isFling({ y: 2000, time: 100, screenHeight })).toBe(true);
    expect(isFling({ y: 2010, time: 100 + REST_MS, screenHeight })).toBe(false);
  });

  it('judges a fling by its speed, not by the length of its frames', () => {
    expect(judge([400, 400, 400], 120)).toEqual([true, true, true]);
    expect(judge([200, 200, 200], 120)).toEqual([false, false, false]);
  });
});
