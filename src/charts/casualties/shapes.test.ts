import { describe, expect, it } from 'vitest';
import { SHAPES, UNIT, markPath, shapePath } from './shapes';

/** area of a polygon path of M, L, h, v, l and Z steps (shoelace) */
function polygonArea(d: string): number {
  const points: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLhvlZ])([^MLhvlZ]*)/g)) {
    const n = args!.trim().split(/\s+/).filter(Boolean).map(Number);
    if (cmd === 'M' || cmd === 'L') at = [n[0]!, n[1]!];
    else if (cmd === 'h') at = [at[0] + n[0]!, at[1]];
    else if (cmd === 'v') at = [at[0], at[1] + n[0]!];
    else if (cmd === 'l') at = [at[0] + n[0]!, at[1] + n[1]!];
    else continue;
    points.push(at);
  }
  let sum = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  });
  return Math.abs(sum) / 2;
}

/** area of the circle segment M x0 y A r r 0 large 0 x1 y Z below the chord at y */
function segmentArea(d: string, cy: number): number {
  const [, , y, r] = /M(-?[\d.]+) (-?[\d.]+)A([\d.]+)/.exec(d)!.map(Number);
  const dist = y! - cy; // chord below the centre: positive
  const h = r! - dist;
  const c = r! - h;
  return r! * r! * Math.acos(c / r!) - c * Math.sqrt(r! * r! - c * c);
}

describe('mark shapes', () => {
  it('gives the square and the diamond the same area, a ten-people mark’s', () => {
    // coordinates are rounded to a tenth: within 1 %
    expect(polygonArea(shapePath('injured')) / (UNIT * UNIT)).toBeCloseTo(1, 2);
    expect(Math.abs(polygonArea(shapePath('detained')) / (UNIT * UNIT) - 1)).toBeLessThan(0.01);
  });

  for (const f of [0.1, 0.4, 0.5, 0.9]) {
    it(`fills a partial square and diamond to ${f * 100} % of their area`, () => {
      expect(polygonArea(shapePath('injured', f)) / (UNIT * UNIT)).toBeCloseTo(f, 2);
      expect(polygonArea(shapePath('detained', f)) / (UNIT * UNIT)).toBeCloseTo(f, 2);
    });

    it(`fills a partial circle to ${f * 100} % of its area`, () => {
      expect(segmentArea(shapePath('dead', f), 0) / (UNIT * UNIT)).toBeCloseTo(f, 1);
    });
  }

  it('draws a partly filled mark as its whole shape and the empty part above the fill (even-odd)', () => {
    const [whole, empty] = markPath('injured', 0.4).split(/(?=M)/);
    expect(polygonArea(whole!) / (UNIT * UNIT)).toBeCloseTo(1, 2);
    expect(polygonArea(empty!) / (UNIT * UNIT)).toBeCloseTo(0.6, 2);
    // the empty part is the top of the shape
    expect(Math.min(...[...empty!.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2])))).toBeCloseTo(-UNIT / 2, 1);
    expect(markPath('dead').split('M')).toHaveLength(2);
  });

  it('draws every shape centred where it is asked, at the size asked', () => {
    const left = { dead: UNIT / Math.sqrt(Math.PI), injured: UNIT / 2, detained: UNIT / Math.SQRT2 };
    for (const shape of SHAPES) {
      const [, x, y] = /^M(-?[\d.]+) (-?[\d.]+)/.exec(shapePath(shape, 1, 100, 50, 2))!.map(Number);
      // each path starts at its left corner (circle: left point, square: top left, diamond: top)
      if (shape === 'detained') expect([x, y]).toEqual([100, Math.round((50 - 2 * left.detained) * 10) / 10]);
      else expect(x, shape).toBeCloseTo(100 - 2 * left[shape], 1);
    }
  });
});
