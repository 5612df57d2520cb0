import { describe, expect, it } from 'vitest';
import { pickStep, readingLine } from './pick-step';

const boxes = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 400 }));

describe('pickStep', () => {
  it('activates the step whose top has passed the reading line', () => {
    expect(pickStep(boxes(-500, 100, 700), 400)).toBe(1);
  });

  it('keeps the first step active before any step reaches the line', () => {
    expect(pickStep(boxes(900, 1500), 400)).toBe(0);
  });

  it('keeps the last step active after the block has scrolled past', () => {
    expect(pickStep(boxes(-3000, -2000, -1000), 400)).toBe(2);
  });

  it('decides from geometry alone, so a jump past several steps lands on the right one', () => {
    const far = boxes(-4000, -3000, -2000, -1000, 200, 1200);
    expect(pickStep(far, 400)).toBe(4);
  });

  it('keeps the current step through the gap between two steps', () => {
    expect(pickStep([{ top: -100, bottom: 300 }, { top: 500, bottom: 900 }], 400)).toBe(0);
  });

  it('returns -1 for a block without steps', () => {
    expect(pickStep([], 400)).toBe(-1);
  });
});

describe('readingLine', () => {
  it('sits at the middle of the screen where nothing covers the top', () => {
    expect(readingLine(800)).toBe(400);
  });

  it('sits a quarter of the way down the band below a graphic that covers the top', () => {
    expect(readingLine(800, 500)).toBe(575);
  });
});
