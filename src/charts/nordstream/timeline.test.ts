import { describe, expect, it } from 'vitest';
import { overlaps } from '../shared/text';
import { dayOf, placeCallouts, timeAxis, type Callout, type CalloutRequest } from './timeline';

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
  const even = timeAxis(dates, [100, 700]);
  const xOf = (iso: string) => even.places[dates.indexOf(iso)]!;
  const days = (a: string, b: string) => (dayOf(b).getTime() - dayOf(a).getTime()) / 864e5;

  it('runs from the first of January of the first year to a month after the last date, every date inside', () => {
    expect(even.ticks[0]).toEqual({ year: 2016, x: 100 });
    const perDay = (xOf('2021-07-21') - xOf('2018-03-11')) / days('2018-03-11', '2021-07-21');
    // the axis ends at midnight, a mark's day is taken at noon: half a day's width off at most
    expect(xOf('2022-02-22') + perDay * days('2022-02-22', '2022-03-22')).toBeCloseTo(700, 0);
    for (const x of even.places) {
      expect(x).toBeGreaterThan(100);
      expect(x).toBeLessThan(700);
    }
  });

  it('without room for the items, places dates in proportion to the time between them', () => {
    const perDay = (xOf('2021-07-21') - xOf('2018-03-11')) / days('2018-03-11', '2021-07-21');
    expect((xOf('2018-03-11') - xOf('2016-03-17')) / days('2016-03-17', '2018-03-11')).toBeCloseTo(perDay, 6);
  });

  it('ticks every year, on the first of January', () => {
    expect(even.ticks.map((t) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    const perDay = (xOf('2021-07-21') - xOf('2018-03-11')) / days('2018-03-11', '2021-07-21');
    for (const t of even.ticks) expect(t.x).toBeCloseTo(100 + perDay * days('2016-01-01', `${t.year}-01-01`), 6);
  });

  it('keeps every two marks at least the room apart, in date order, each between the tick of its year and the next, however crowded a year', () => {
    const next = random(7);
    for (let run = 0; run < 200; run++) {
      // a sparse past and a crowded last year, as the dispute has
      const crowd = Array.from({ length: 1 + Math.floor(next() * 16) }, () => day(Math.floor(next() * 365)));
      const past = Array.from({ length: Math.floor(next() * 4) }, () => `${2015 + Math.floor(next() * 5)}-0${1 + Math.floor(next() * 9)}-15`);
      const all = [...past, ...crowd];
      const axis = timeAxis(all, [0, 600], 18);
      const inOrder = all.map((d, i) => [d, axis.places[i]!] as const).sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
      for (let i = 1; i < inOrder.length; i++) expect(inOrder[i]![1] - inOrder[i - 1]![1], `run ${run}`).toBeGreaterThanOrEqual(18 - 1e-9);
      all.forEach((d, i) => {
        const year = Number(d.slice(0, 4));
        const from = axis.ticks.find((t) => t.year === year)!;
        const to = axis.ticks.find((t) => t.year === year + 1);
        expect(axis.places[i]!, `run ${run}: ${d}`).toBeGreaterThan(from.x);
        if (to) expect(axis.places[i]!, `run ${run}: ${d}`).toBeLessThan(to.x);
      });
    }
  });

  it('gives a busy year more of the axis than a quiet one', () => {
    // one item in 2019, none in 2020, ten in the first ten months of 2021
    const axis = timeAxis(['2019-06-01', ...Array.from({ length: 10 }, (_, i) => day(i * 30))], [0, 600], 20);
    const tick = (year: number) => axis.ticks.find((t) => t.year === year)!.x;
    expect(tick(2021) - tick(2020)).toBeLessThan(tick(2020) - tick(2019));
    expect(tick(2020) - tick(2019)).toBeLessThan((600 - tick(2021)) / 2);
  });

  it('puts marks of one day side by side in the order given', () => {
    const axis = timeAxis(['2022-01-10', '2022-01-10', '2022-01-10', '2021-05-01'], [0, 600], 20);
    expect(axis.places[1]! - axis.places[0]!).toBeCloseTo(20, 6);
    expect(axis.places[2]! - axis.places[1]!).toBeCloseTo(20, 6);
  });
});

/** The i-th day of 2021, as an ISO date */
const day = (i: number) => new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);

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
