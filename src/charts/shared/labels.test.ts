import { describe, expect, it } from 'vitest';
import { place, type LabelRequest } from './labels';
import { LINE_EM, overlaps, textWidth } from './text';

const SIZE = 10;
/** a strip one line high, as wide as the longer label: nowhere for a second label to go */
const strip = (text: string) => ({ width: textWidth(text, SIZE) + 4, height: SIZE * LINE_EM + 2, pad: 0 });
const at = (frame: { width: number; height: number }): [number, number] => [frame.width / 2, frame.height / 2];

describe('place', () => {
  it('drops an optional label that a required label placed after it can only cover', () => {
    const value = 'a required value, much longer';
    const frame = strip(value);
    const requests: LabelRequest[] = [
      { key: 'context', at: at(frame), lines: ['context'], cls: 'place', sides: ['center'] },
      { key: 'value', at: at(frame), lines: [value], cls: 'value', sides: ['center'], required: true },
    ];
    const labels = place(requests, [], { size: SIZE, frame });
    expect(labels.map((l) => l.key)).toEqual(['value']);
  });

  it('keeps both of two required labels, even where they cannot be held apart', () => {
    const value = 'a required value, much longer';
    const frame = strip(value);
    const requests: LabelRequest[] = [
      { key: 'first', at: at(frame), lines: ['first'], cls: 'value', sides: ['center'], required: true },
      { key: 'second', at: at(frame), lines: [value], cls: 'value', sides: ['center'], required: true },
    ];
    const labels = place(requests, [], { size: SIZE, frame });
    expect(labels.map((l) => l.key)).toEqual(['first', 'second']);
    expect(overlaps(labels[0]!.box, labels[1]!.box)).toBe(true);
  });

  it('keeps an optional label that the required one placed after it leaves clear', () => {
    const frame = { width: 400, height: 40, pad: 0 };
    const requests: LabelRequest[] = [
      { key: 'context', at: [40, 20], lines: ['context'], cls: 'place', sides: ['center'] },
      { key: 'value', at: [40, 20], lines: ['value'], cls: 'value', sides: ['center'], required: true },
    ];
    const labels = place(requests, [], { size: SIZE, frame });
    expect(labels.map((l) => l.key)).toEqual(['context', 'value']);
    expect(overlaps(labels[0]!.box, labels[1]!.box)).toBe(false);
  });
});
