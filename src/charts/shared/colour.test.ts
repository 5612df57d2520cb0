import { describe, expect, it } from 'vitest';
import { contrast, deltaE2000, difference, luminance, parseHex, simulate, toLab, type Lab } from './colour';

describe('colour arithmetic', () => {
  it('reads six- and three-digit hex colours and refuses anything else', () => {
    expect(parseHex('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(parseHex('#fff')).toEqual([1, 1, 1]);
    expect(() => parseHex('red')).toThrow(/not a hex colour/);
  });

  it('gives black on white the WCAG maximum of 21:1 and a colour on itself 1:1', () => {
    expect(contrast(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#777'), parseHex('#777'))).toBe(1);
  });

  it('matches the WCAG contrast of a known pair whichever comes first (#777 on white: 4.48)', () => {
    expect(contrast(parseHex('#fff'), parseHex('#777'))).toBeCloseTo(4.48, 2);
    expect(contrast(parseHex('#777'), parseHex('#fff'))).toBeCloseTo(4.48, 2);
    expect(luminance(parseHex('#fff'))).toBeCloseTo(1, 6);
  });

  it('puts sRGB white at L* 100 and mid grey on the neutral axis', () => {
    const [l, a, b] = toLab(parseHex('#fff'));
    expect(l).toBeCloseTo(100, 2);
    expect(Math.abs(a) + Math.abs(b)).toBeLessThan(0.01);
    const grey = toLab(parseHex('#777'));
    expect(Math.abs(grey[1]) + Math.abs(grey[2])).toBeLessThan(0.01);
  });

  // Sharma, Wu & Dalal (2005), test data for CIEDE2000, pairs 1, 7, 17, 34
  it.each<[Lab, Lab, number]>([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('computes the published CIEDE2000 difference of %j and %j (%d)', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });

  it('leaves greys grey under every simulated dichromacy', () => {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate(parseHex('#808080'), d);
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(0.01);
    }
  });

  it('makes red and green nearly alike for deuteranopes but not for tritanopes', () => {
    const red = '#d62728';
    const green = '#6b8e23';
    expect(difference(red, green)).toBeGreaterThan(30);
    expect(difference(red, green, 'deuteranopia')).toBeLessThan(10);
    expect(difference(red, green, 'tritanopia')).toBeGreaterThan(20);
  });

  it('darkens reds for protanopes, who lack the long-wave cones', () => {
    const red = parseHex('#d62728');
    expect(luminance(simulate(red, 'protanopia'))).toBeLessThan(luminance(red) * 0.8);
  });

  it('makes blue and green alike for tritanopes', () => {
    expect(difference('#1f77b4', '#17a589', 'tritanopia')).toBeLessThan(difference('#1f77b4', '#17a589') / 2);
  });
});
