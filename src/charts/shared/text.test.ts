import { describe, expect, it } from 'vitest';
import { MAX_LINES, textWidth, wrap } from './text';

describe('wrap', () => {
  it('cuts a word wider than the line into pieces that fit', () => {
    const lines = wrap('x'.repeat(200), 10, 100);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
  });

  it(`ends a text longer than ${MAX_LINES} lines in an ellipsis, within the width`, () => {
    const lines = wrap('a long label '.repeat(400), 10, 120);
    expect(lines).toHaveLength(MAX_LINES);
    expect(lines.at(-1)!.endsWith('\u2026')).toBe(true);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
  });

  it('leaves a text that fits as it is', () => {
    expect(wrap('Kazakh health ministry', 10, 1000)).toEqual(['Kazakh health ministry']);
  });
});

describe('textWidth', () => {
  it('measures the narrow no-break space of French figures as a gap no wider than a word space, not as a letter', () => {
    for (const bold of [false, true]) {
      const grouped = textWidth('100\u202F000', 28, bold);
      expect(grouped).toBeLessThanOrEqual(textWidth('100 000', 28, bold) + 0.01);
      expect(grouped).toBeGreaterThan(textWidth('100000', 28, bold));
    }
  });
});
