import { describe, expect, it } from 'vitest';
import type { Graphic } from '../../site-content/schemas';
import { drawnStates, need } from './graphic';

const declaring = (...states: string[]) => ({ summary: states[0]!, states: Object.fromEntries(states.map((s) => [s, { figures: [] }])) }) as unknown as Graphic;

describe('drawnStates', () => {
  it('keeps the graphic’s order and only the declared states', () => {
    expect(drawnStates('g', declaring('c', 'a'), ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });
  it('names a declared state the graphic cannot draw, and the states it can', () => {
    expect(() => drawnStates('g', declaring('a', 'z'), ['a', 'b'])).toThrow('g graphic: content/data/graphics.json declares states it cannot draw: z (it draws a, b)');
  });
});

describe('need', () => {
  it('passes a value through, falsy ones too, and names what is missing', () => {
    expect(need('g', 0, 'x')).toBe(0);
    expect(() => need('g', undefined, 'figure "f" (content/data/figures.json)')).toThrow('g graphic: figure "f" (content/data/figures.json) is missing');
  });
});
