import { describe, expect, it } from 'vitest';
import { overlaps } from '../shared/text';
import { dayOf, dodge, placeCallouts, timeAxis, type Callout, type CalloutRequest } from './timeline';

/** A small deterministic generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('nordstream timeline: the time axis', () => {
  const dates = ['2018-03-11', '2016-03-17', '2022-02-22', '2021-07-21'];
  const axis = timeAxis(dates, [100, 700], 40);

  it('starts on the first of January of the first year and ends a month after the last date, so every date lies inside', () => {
    expect(axis.x('2016-01-01')).toBeCloseTo(100, 0);
    expect(axis.x('2022-03-22')).toBeCloseTo(700, 0);
    for (const d of dates) {
      expect(axis.x(d)).toBeGreaterThan(100);
      expect(axis.x(d)).toBeLessThan(700);
    }
  });

  it('places later dates further right, in proportion to the time between them', () => {
    const xs = [...dates].sort().map(axis.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    const perDay = (axis.x('2021-07-21') - axis.x('2018-03-11')) / ((dayOf('2021-07-21').getTime() - dayOf('2018-03-11').getTime()) / 864e5);
    expect((axis.x('2018-03-11') - axis.x('2016-03-17')) / ((dayOf('2018-03-11').getTime() - dayOf('2016-03-17').getTime()) / 864e5)).toBeCloseTo(perDay, 6);
  });

  it('ticks whole years, on the first of January, at least the gap apart', () => {
    const ticks = timeAxis(dates, [100, 700], 0).ticks;
    expect(ticks.map((t) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    for (const t of ticks) expect(t.x).toBeCloseTo(axis.x(`${t.year}-01-01`), 0);
    const sparse = timeAxis(dates, [100, 300], 60).ticks;
    expect(sparse.length).toBeLessThan(7);
    for (let i = 1; i < sparse.length; i++) expect(sparse[i]!.x - sparse[i - 1]!.x).toBeGreaterThanOrEqual(60);
  });
});

/** The i-th day of 2021, as an ISO date */
const day = (i: number) => new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);

describe('nordstream timeline: marks pushed apart', () => {
  it('leaves marks that are already apart where they are', () => {
    expect(dodge([10, 50, 90], 20, [0, 100])).toEqual([10, 50, 90]);
  });

  it('keeps every two marks at least the gap apart, inside the range, in the order of their dates', () => {
    const next = random(7);
    for (let run = 0; run < 200; run++) {
      const xs = Array.from({ length: 1 + Math.floor(next() * 12) }, () => 200 + next() * 100);
      const out = dodge(xs, 10, [0, 400]);
      const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => out[i]!);
      for (let i = 1; i < order.length; i++) expect(order[i]! - order[i - 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
      for (const x of out) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(400);
      }
    }
  });

  it('pulls a crowd at the end of the axis back inside it, the last mark on the end', () => {
    const out = dodge([98, 99, 100, 100], 10, [0, 100]);
    expect(out).toEqual([70, 80, 90, 100]);
  });

  it('moves marks of the same day as little as needed, the same way on both sides of their date', () => {
    const out = dodge([50, 50], 10, [0, 100]);
    expect(out[1]! - out[0]!).toBe(10);
    expect(out[0]).toBe(50);
  });

  it('never draws a mark left of one with an earlier date, in any lane, and keeps the marks of a lane the gap apart', () => {
    const next = random(11);
    for (let run = 0; run < 200; run++) {
      const xs = Array.from({ length: 1 + Math.floor(next() * 16) }, () => 100 + next() * 300);
      const lanes = xs.map(() => ['letter', 'statement', 'measure'][Math.floor(next() * 3)]!);
      const out = dodge(xs, 10, [0, 400], lanes);
      const byDate = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
      for (let k = 1; k < byDate.length; k++) expect(out[byDate[k]!]!, `run ${run}`).toBeGreaterThanOrEqual(out[byDate[k - 1]!]!);
      for (const lane of new Set(lanes)) {
        const inLane = byDate.filter((i) => lanes[i] === lane).map((i) => out[i]!);
        for (let k = 1; k < inLane.length; k++) expect(inLane[k]! - inLane[k - 1]!, `run ${run} ${lane}`).toBeGreaterThanOrEqual(10 - 1e-9);
      }
      for (const x of out) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(400);
      }
    }
  });

  it('pushes a mark of a free lane along with an earlier crowd in another lane, rather than draw it before them', () => {
    // a crowd of measures at 100 and a statement a day later: the statement lands after the last measure
    const out = dodge([100, 100, 100, 101], 10, [0, 400], ['measure', 'measure', 'measure', 'statement']);
    expect(out).toEqual([100, 110, 120, 120]);
  });
});

describe('nordstream timeline: callouts placed without overlap', () => {
  const area = { x0: 0, x1: 600, top: 100, bottom: 300 };
  const gap = 4;
  /** Leaders run from the mark straight down to the label's top edge, within the label's width. */
  function expectPlacedApart(placed: Callout[], requests: CalloutRequest[], context: string): void {
    for (const c of placed) {
      const r = requests.find((q) => q.key === c.key)!;
      const [[x0, y0], [x1, y1]] = c.box;
      expect(x0, context).toBeGreaterThanOrEqual(area.x0);
      expect(x1, context).toBeLessThanOrEqual(area.x1);
      expect(y0, context).toBeGreaterThanOrEqual(area.top);
      expect(y1, context).toBeLessThanOrEqual(area.bottom);
      expect(c.leader.x, context).toBe(r.x);
      expect(c.leader.y2, context).toBe(y0);
      expect(c.leader.x, context).toBeGreaterThanOrEqual(x0);
      expect(c.leader.x, context).toBeLessThanOrEqual(x1);
      expect(r.sizes[c.size]!.w, context).toBeCloseTo(x1 - x0, 6);
      for (const o of placed) {
        if (o === c) continue;
        expect(overlaps(c.box, o.box), `${context}: ${c.key} × ${o.key}`).toBe(false);
        // the other's leader does not pass through this label
        const [[ox0, oy0], [ox1, oy1]] = c.box;
        const through = o.leader.x > ox0 && o.leader.x < ox1 && o.leader.y1 < oy1 && o.leader.y2 > oy0;
        expect(through, `${context}: leader of ${o.key} through ${c.key}`).toBe(false);
      }
    }
  }

  it('hangs a lone label under its mark, ending at its leader', () => {
    const [c] = placeCallouts([{ key: 'a', date: day(0), x: 300, y: 50, sizes: [{ w: 100, h: 20 }] }], area, gap);
    expect(c!.box).toEqual([[200, 100], [300, 120]]);
  });

  it('moves a label near the left edge right, to start at its leader at most', () => {
    const [c] = placeCallouts([{ key: 'a', date: day(0), x: 30, y: 50, sizes: [{ w: 100, h: 20 }] }], area, gap);
    expect(c!.box[0][0]).toBe(0);
  });

  it('stacks labels of close marks in a staircase, none over another and no leader through a label', () => {
    const requests = [0, 1, 2, 3, 4].map((i) => ({ key: `k${i}`, date: day(i), x: 400 + i * 20, y: 50, sizes: [{ w: 150, h: 20 }] }));
    const placed = placeCallouts(requests, area, gap);
    expect(placed).toHaveLength(5);
    expectPlacedApart(placed, requests, 'staircase');
    const tops = placed.map((c) => c.box[0][1]);
    expect(new Set(tops).size).toBe(5);
  });

  it('takes a narrower size when the first would reach over a mark further right', () => {
    const requests = [
      { key: 'left', date: day(0), x: 20, y: 50, sizes: [{ w: 300, h: 20 }, { w: 150, h: 40 }] },
      { key: 'right', date: day(1), x: 250, y: 50, sizes: [{ w: 200, h: 20 }] },
    ];
    const placed = placeCallouts(requests, area, gap);
    expect(placed.find((c) => c.key === 'left')!.size).toBe(1);
    expectPlacedApart(placed, requests, 'sizes');
  });

  it('leaves out the requests given last when the area cannot hold them all, and places the rest apart', () => {
    const requests = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ key: `k${i}`, date: day(i), x: 500 + i * 5, y: 50, sizes: [{ w: 200, h: 30 }] }));
    const placed = placeCallouts(requests, area, gap);
    // one label a row, each over the marks left of it: as many as the rows, the first given
    expect(placed.length).toBe(Math.floor((area.bottom - area.top + gap) / (30 + gap)));
    expect(placed.map((c) => c.key).sort()).toEqual(requests.slice(0, placed.length).map((r) => r.key).sort());
    expectPlacedApart(placed, requests, 'crowd');
  });

  it('never puts a label over another or a leader through a label, for any marks', () => {
    const next = random(42);
    for (let run = 0; run < 300; run++) {
      const requests = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, i) => ({
        key: `r${i}`,
        date: day(Math.floor(next() * 400)),
        x: 10 + next() * 580,
        y: 40 + next() * 40,
        sizes: [{ w: 40 + next() * 260, h: 15 + next() * 25 }, { w: 30 + next() * 100, h: 30 + next() * 30 }],
      }));
      expectPlacedApart(placeCallouts(requests, area, gap), requests, `run ${run}`);
    }
  });

  it('reads the labels in date order, top to bottom and left to right along a row, even where a later mark lies left of an earlier one', () => {
    const next = random(99);
    for (let run = 0; run < 300; run++) {
      const requests = Array.from({ length: 2 + Math.floor(next() * 7) }, (_, i) => ({
        key: `r${i}`,
        date: day(Math.floor(next() * 400)),
        x: 10 + next() * 580,
        y: 40 + next() * 40,
        sizes: [{ w: 40 + next() * 200, h: 15 + next() * 10 }],
      }));
      const placed = placeCallouts(requests, area, gap);
      const dateOf = (c: Callout) => requests.find((r) => r.key === c.key)!.date;
      const reading = [...placed].sort((a, b) => a.box[0][1] - b.box[0][1] || a.box[0][0] - b.box[0][0]);
      for (let k = 1; k < reading.length; k++) expect(dateOf(reading[k]!) >= dateOf(reading[k - 1]!), `run ${run}: ${reading.map(dateOf).join(' ')}`).toBe(true);
      expectPlacedApart(placed, requests, `run ${run}`);
    }
  });
});
