/**
 * The Nord Stream dispute as a timeline strip under the map: every letter, statement, law,
 * sanction and threat as a dated mark on a time axis, one lane per kind. Pure functions in viewBox
 * units (no DOM): the layout calls them at build time, the unit tests call them directly.
 */
import type { Box } from '../shared/text';

/** The lanes, top to bottom: letters, statements (and joint statements, interviews), measures (laws, sanctions, threats, votes, the regulator's and the chancellor's decisions). */
export const LANES = ['letter', 'statement', 'measure'] as const;
export type Lane = (typeof LANES)[number];

/** What a mark's colour says: who acted (the shape says the kind, the lane too). */
export type Tone = 'opposes' | 'supports' | 'us' | 'authority';

export interface TimelineItem {
  key: string;
  lane: Lane;
  /** ISO date */
  date: string;
  tone: Tone;
  later: boolean;
}

/** Noon UTC of an ISO date: the same day in every time zone the build may run in. */
export const dayOf = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

/**
 * The time axis: from the first of January of the first date's year to a month after the last
 * date, onto [x0, x1]. `places[i]` is where the mark of `dates[i]` goes; a tick on the first of
 * January of every year (the strip names those it has room for).
 *
 * Each date takes `itemRoom` of the axis besides its time, so a year is as wide as its time and
 * its items. On an axis even in time the dispute's last months, ten items in 2021 and six in the
 * first weeks of 2022, had room for two marks; pushed apart, the marks were drawn up to a year
 * before their dates. Here the k-th item (in date order) sits half an `itemRoom` after the
 * k items before it: two marks are always `itemRoom` apart, in date order across the lanes, and
 * each lies between the tick of its year and the next. Within a year the time runs evenly.
 */
export function timeAxis(dates: string[], [x0, x1]: [number, number], itemRoom = 0) {
  const sorted = [...dates].sort();
  const first = dayOf(sorted[0]!);
  const last = dayOf(sorted.at(-1)!);
  const start = Date.UTC(first.getUTCFullYear(), 0, 1);
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
  // the items' room never takes more than four fifths of the axis: the years stay apart
  const room = Math.min(itemRoom, ((x1 - x0) * 0.8) / sorted.length);
  const perMs = (x1 - x0 - room * sorted.length) / (end - start);
  /** a time, after `count` items */
  const at = (time: number, count: number) => x0 + perMs * (time - start) + room * count;
  // each date's rank in date order (marks of one day in the order given)
  const order = dates.map((_, i) => i).sort((a, b) => dates[a]!.localeCompare(dates[b]!) || a - b);
  const places = new Array<number>(dates.length);
  order.forEach((i, k) => (places[i] = at(dayOf(dates[i]!).getTime(), k + 0.5)));
  const ticks: { year: number; x: number }[] = [];
  for (let year = first.getUTCFullYear(); Date.UTC(year, 0, 1) <= end; year++) {
    ticks.push({ year, x: at(Date.UTC(year, 0, 1), sorted.filter((d) => d < `${year}-01-01`).length) });
  }
  return { places, ticks };
}

export interface CalloutRequest {
  key: string;
  /** ISO date: the labels read top to bottom, and left to right along a row, in date order */
  date: string;
  /** the mark's centre: the leader starts here */
  x: number;
  y: number;
  /** the label's sizes, tried in turn (one line, then the date over the words): the first that fits wins */
  sizes: { w: number; h: number }[];
}

export interface Callout {
  key: string;
  /** which of the sizes it has */
  size: number;
  box: Box;
  /** the leader: straight down from the mark to the top of the label */
  leader: { x: number; y1: number; y2: number };
}

export interface CalloutArea {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

const spans = (a0: number, a1: number, b0: number, b1: number, margin: number) => a0 < b1 + margin && b0 < a1 + margin;

/**
 * Labels under the marks of the current state, without overlap. Each label hangs below its mark
 * on a vertical leader that ends on the label's top edge: the label ends at the leader (text to
 * the left of it) or, where that would leave the area, is moved right just enough, up to starting
 * at the leader. Labels are placed in date order (marks of one day left to right), each in the
 * highest free slot that keeps that order for a reader, in the first of its sizes that has one
 * (sizes that would reach over a mark further right, and so block its leader, tried last): its
 * candidate tops are the area's top and the bottom of every label placed so far, no higher than
 * the label placed before it, and on that label's row only to the right of it, so that the labels
 * read top to bottom and left to right in date order; a slot is free when the label's box lies in
 * the area, clear (by `gap`) of every placed label, when its leader runs through no placed label
 * and its box over no placed label's leader. Close marks give a staircase. Leaders never cross
 * text and no label covers another, by construction.
 *
 * When not all fit, the request given last (the least important: the caller orders them) is left
 * out and the rest placed again, until all that remain fit. Its mark stays highlighted, and the
 * table below the graphic lists every entry.
 */
export function placeCallouts(requests: CalloutRequest[], area: CalloutArea, gap: number): Callout[] {
  for (let n = requests.length; n > 0; n--) {
    const placed = tryPlace(requests.slice(0, n), area, gap);
    if (placed) return placed;
  }
  return [];
}

/** All the requests placed, or undefined when one has no free slot. */
function tryPlace(requests: CalloutRequest[], area: CalloutArea, gap: number): Callout[] | undefined {
  const placed: Callout[] = [];
  const xs = requests.map((r) => r.x);
  const startOf = (x: number, w: number) => Math.min(Math.max(x - w, area.x0), x);
  for (const r of [...requests].sort((a, b) => a.date.localeCompare(b.date) || a.x - b.x)) {
    const before = placed.at(-1);
    const tops = [area.top, ...placed.map((p) => p.box[1][1] + gap)].filter((t) => !before || t >= before.box[0][1]).sort((a, b) => a - b);
    // a size whose box reaches over a mark further right would block that mark's leader: last
    const blocks = ({ w }: { w: number }) => Number(xs.some((x) => x > r.x && x < startOf(r.x, w) + w + gap));
    const sizes = r.sizes.map((size, i) => ({ ...size, i })).sort((a, b) => blocks(a) - blocks(b));
    let chosen: Callout | undefined;
    sizes.some(({ w, h, i: size }) => {
      // ending at the leader, or as near to that as the area allows
      const x0 = startOf(r.x, w);
      if (x0 + w > area.x1) return false;
      // on the row of the label before, only right of it
      const inOrder = (t: number) => !before || t > before.box[0][1] || x0 > before.box[0][0];
      const top = tops.find((t) => t + h <= area.bottom && inOrder(t) && placed.every((p) => {
        const [[px0, py0], [px1, py1]] = p.box;
        const boxesApart = !(spans(x0, x0 + w, px0, px1, gap) && spans(t, t + h, py0, py1, gap));
        // this leader, from the mark down to the label's top, through the other label?
        const leaderClear = !(r.x > px0 - gap && r.x < px1 + gap && py0 < t && py1 > r.y);
        // the other label's leader through this label?
        const otherClear = !(p.leader.x > x0 - gap && p.leader.x < x0 + w + gap && t < p.leader.y2 && t + h > p.leader.y1);
        return boxesApart && leaderClear && otherClear;
      }));
      if (top !== undefined) chosen = { key: r.key, size, box: [[x0, top], [x0 + w, top + h]], leader: { x: r.x, y1: r.y, y2: top } };
      return chosen !== undefined;
    });
    if (!chosen) return undefined;
    placed.push(chosen);
  }
  return placed;
}
