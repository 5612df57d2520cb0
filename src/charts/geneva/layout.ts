/**
 * The Geneva graphic as a pure function: (input, strings, state, label set) → scene. No DOM, no
 * Astro. Three states:
 * - talks: the week of talks as three tables, one square per state at the table (Russia's round)
 *   and a bar for the hours the meeting lasted where a source gives them; what happened after
 *   10 January is drawn in outline;
 * - demands: a matrix of what Russia's draft treaties demand, what the US rules out and what it
 *   is open to discuss;
 * - sanctions: the measures the US threatens in case of an invasion, as tiles drawn in dashed
 *   outline (threats, not facts), each with its text inside.
 *
 * One viewBox width serves both label sets; the compact set (phones) uses twice the font size of
 * the wide one and so needs a taller frame. Each set has its own marks, since the same squares
 * are laid out differently around text of another size. Text is stacked, never placed by search:
 * every block starts below the one before, so labels are apart by construction (and tested).
 */
import type { Label as SharedLabel } from '../shared/labels';
import { LINE_EM, round, textWidth, wrap } from '../shared/text';

export const WIDTH = 640;
/** the container width (CSS px) from which the wide labels are shown */
export const WIDE_MIN_PX = 600;
/** narrowest container each label set is made for (phones: 320 px wide) */
export const MIN_PX = { compact: 320, wide: WIDE_MIN_PX } as const;
/** label font size in viewBox units: at least 12.8 px at the narrowest width of the set */
export const FONT = { compact: 26, wide: 14 } as const;
/**
 * The frame's height per label set, the same in every state, sized for the longest text a
 * translation may bring: the pseudo-locale's, a third longer than English, fills the compact frame
 * (the layout tests check that everything fits; e2e/pseudo.spec.ts measures it in the browser).
 */
export const HEIGHT = { compact: 770, wide: 290 } as const;

export const STATES = ['talks', 'demands', 'sanctions'] as const;
export type State = (typeof STATES)[number];
export type SizeClass = keyof typeof FONT;

export const MEETINGS = ['geneva', 'nrc', 'osce'] as const;
export type MeetingId = (typeof MEETINGS)[number];

/** The matrix of the demands state: who says what, item by item (locale keys geneva.matrix.<item>). */
export const MATRIX = [
  { group: 'russia', kind: 'demand', items: ['enlargement', 'forces'] },
  { group: 'closed', kind: 'closed', items: ['members', 'troops'] },
  { group: 'open', kind: 'open', items: ['exercises', 'missiles'] },
] as const;

/** The threatened measures of the sanctions state (locale keys geneva.sanctions.<id>). */
export const THREATS = ['banks', 'exports', 'arms'] as const;

export interface Meeting {
  id: MeetingId;
  /** the states at the table besides Russia: the US and its allies, and the other states */
  west: number;
  other: number;
  /** how long it lasted, if a source says */
  hours?: number;
  /** reported after 10 January 2022: drawn in outline */
  later: boolean;
}

export interface GenevaInput {
  meetings: Meeting[];
}

/** Every visible string, translated and formatted (keys as in data.ts) */
export type Strings = Record<string, string>;

export type MarkKind = 'russia' | 'west' | 'other' | 'hours' | 'demand' | 'closed' | 'open' | 'threat' | 'later';

export interface Mark {
  key: string;
  kind: MarkKind;
  /** drawn in outline: after 10 January, or a threat */
  outline: boolean;
  round: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  opacity: number;
}

export type LabelClass = 'heading' | 'text' | 'value' | 'legend';
export type Label = SharedLabel<LabelClass>;

export interface Scene {
  state: State;
  size: SizeClass;
  marks: Mark[];
  labels: Label[];
  /** the lowest point drawn: at most HEIGHT[size] */
  bottom: number;
}

interface Spec {
  font: number;
  pad: number;
  seat: number;
  seatGap: number;
  /** space between blocks */
  gap: number;
  columns: number;
}

const SPECS: Record<SizeClass, Spec> = {
  compact: { font: FONT.compact, pad: 8, seat: 18, seatGap: 5, gap: 26, columns: 1 },
  wide: { font: FONT.wide, pad: 8, seat: 10, seatGap: 3, gap: 16, columns: 3 },
};

/** a bar of this many hours fills the width; longer meetings widen the scale */
const HOURS_SCALE = 12;

const isBold = (cls: LabelClass) => cls === 'heading' || cls === 'value';

/** A block of text whose top-left corner is (x, top), wrapped to width. */
function block(key: string, cls: LabelClass, text: string, x: number, top: number, width: number, size: number): Label {
  const lines = wrap(text, size, width, isBold(cls));
  const w = Math.max(...lines.map((l) => textWidth(l, size, isBold(cls))));
  const h = lines.length * size * LINE_EM;
  return { key, cls, lines, anchor: 'start', x: round(x), y: round(top + size * 0.9), box: [[round(x), round(top)], [round(x + w), round(top + h)]] };
}

const bottomOf = (l: Label) => l.box[1][1];

function need(strings: Strings, key: string): string {
  const s = strings[key];
  if (s === undefined) throw new Error(`geneva graphic: string "${key}" is missing (data.ts genevaStrings)`);
  return s;
}

/** Every mark of the graphic in one order, hidden; each state shows and places its own. */
function allMarks(input: GenevaInput): Mark[] {
  const hidden = { x: 0, y: 0, w: 0, h: 0, opacity: 0 };
  const marks: Mark[] = [];
  for (const m of input.meetings) {
    const seats = 1 + m.west + m.other;
    for (let i = 0; i < seats; i++) {
      const kind: MarkKind = i === 0 ? 'russia' : i <= m.west ? 'west' : 'other';
      marks.push({ key: `seat-${m.id}-${i}`, kind, outline: m.later, round: i === 0, ...hidden });
    }
    if (m.hours !== undefined) marks.push({ key: `hours-${m.id}`, kind: 'hours', outline: m.later, round: false, ...hidden });
  }
  for (const kind of ['russia', 'west', 'other', 'later'] as const) marks.push({ key: `legend-${kind}`, kind, outline: kind === 'later', round: kind === 'russia', ...hidden });
  for (const { kind, items } of MATRIX) for (const item of items) marks.push({ key: `matrix-${item}`, kind, outline: kind === 'open', round: false, ...hidden });
  for (const id of THREATS) marks.push({ key: `threat-${id}`, kind: 'threat', outline: true, round: false, ...hidden });
  return marks;
}

function talks(input: GenevaInput, strings: Strings, spec: Spec, show: (key: string, x: number, y: number, w: number, h: number) => void, labels: Label[]): number {
  const { font, pad, seat, seatGap, gap } = spec;
  const inner = WIDTH - 2 * pad;
  const pitch = seat + seatGap;
  const perRow = Math.floor((inner + seatGap) / pitch);
  const hourWidth = (inner * 0.6) / Math.max(HOURS_SCALE, ...input.meetings.map((m) => m.hours ?? 0));
  let y = pad;
  for (const m of input.meetings) {
    const head = block(`head-${m.id}`, 'heading', need(strings, `meeting.${m.id}.head`), pad, y, inner, font);
    labels.push(head);
    y = bottomOf(head) + font * 0.3;
    const seats = 1 + m.west + m.other;
    const rows = Math.ceil(seats / perRow);
    for (let i = 0; i < seats; i++) show(`seat-${m.id}-${i}`, pad + (i % perRow) * pitch, y + Math.floor(i / perRow) * pitch, seat, seat);
    // the count goes beside the last row of squares where it fits, else below them
    const lastRowEnd = pad + (((seats - 1) % perRow) + 1) * pitch;
    const countText = need(strings, `meeting.${m.id}.seats`);
    const besideWidth = WIDTH - pad - lastRowEnd - font * 0.4;
    const beside = textWidth(countText, font) <= besideWidth;
    const seatsTop = y;
    y += rows * pitch - seatGap;
    const lineH = font * LINE_EM;
    // beside the last row, centred on it but clear of the row above
    const lastRowTop = seatsTop + (rows - 1) * pitch;
    const besideTop = rows > 1 ? Math.max(lastRowTop + seat / 2 - lineH / 2, lastRowTop - seatGap / 2) : lastRowTop + seat / 2 - lineH / 2;
    const count = beside
      ? block(`seats-${m.id}`, 'text', countText, lastRowEnd + font * 0.4 - seatGap, besideTop, besideWidth, font)
      : block(`seats-${m.id}`, 'text', countText, pad, y + font * 0.3, inner, font);
    labels.push(count);
    y = Math.max(y, bottomOf(count));
    if (m.hours !== undefined) {
      const top = y + font * 0.4;
      const w = m.hours * hourWidth;
      show(`hours-${m.id}`, pad, top + (lineH - seat) / 2, w, seat);
      const value = block(`hours-${m.id}`, 'value', need(strings, `meeting.${m.id}.hours`), pad + w + font * 0.4, top, inner - w - font * 0.4, font);
      labels.push(value);
      y = bottomOf(value);
    }
    y += gap;
  }
  // the legend flows left to right and wraps
  const legend = input.meetings.some((m) => m.later) ? (['russia', 'west', 'other', 'later'] as const) : (['russia', 'west', 'other'] as const);
  let x = pad;
  const lineH = font * LINE_EM;
  for (const kind of legend) {
    const text = need(strings, `legend.${kind}`);
    const w = seat + font * 0.3 + textWidth(text, font);
    if (x > pad && x + w > WIDTH - pad) {
      x = pad;
      y += lineH + font * 0.3;
    }
    show(`legend-${kind}`, x, y + (lineH - seat) / 2, seat, seat);
    labels.push(block(`legend-${kind}`, 'legend', text, x + seat + font * 0.3, y, WIDTH - pad - x - seat - font * 0.3, font));
    x += w + font;
  }
  return Math.max(...labels.map(bottomOf));
}

/**
 * Groups of items under a heading, side by side in columns (a matrix: the n-th items of all
 * groups share a row) or one under another.
 */
function groups(
  list: readonly { key: string; heading: string; items: readonly { key: string; text: string }[] }[],
  spec: Spec,
  show: (key: string, x: number, y: number, w: number, h: number) => void,
  labels: Label[],
): number {
  const { font, pad, seat, gap, columns } = spec;
  const colGap = font * 1.2;
  const colWidth = (WIDTH - 2 * pad - (columns - 1) * colGap) / columns;
  const lineH = font * LINE_EM;
  let top = pad;
  for (let first = 0; first < list.length; first += columns) {
    const band = list.slice(first, first + columns);
    const xs = band.map((_, column) => pad + column * (colWidth + colGap));
    const headings = band.map((g, column) => block(`heading-${g.key}`, 'heading', g.heading, xs[column]!, top, colWidth, font));
    labels.push(...headings);
    let y = Math.max(...headings.map(bottomOf)) + font * 0.4;
    const rows = Math.max(...band.map((g) => g.items.length));
    for (let row = 0; row < rows; row++) {
      let rowBottom = y;
      band.forEach((g, column) => {
        const item = g.items[row];
        if (!item) return;
        const x = xs[column]!;
        show(item.key, x, y + (lineH - seat) / 2, seat, seat);
        const text = block(item.key, 'text', item.text, x + seat + font * 0.4, y, colWidth - seat - font * 0.4, font);
        labels.push(text);
        rowBottom = Math.max(rowBottom, bottomOf(text));
      });
      y = rowBottom + font * 0.4;
    }
    top = y + gap;
  }
  return Math.max(...labels.map(bottomOf));
}

/** Items as tiles with their text inside, under a heading: side by side in columns, or stacked. */
function tiles(
  heading: { key: string; text: string },
  items: readonly { key: string; text: string }[],
  spec: Spec,
  show: (key: string, x: number, y: number, w: number, h: number) => void,
  labels: Label[],
): number {
  const { font, pad, gap, columns } = spec;
  const colGap = font * 0.8;
  const colWidth = (WIDTH - 2 * pad - (columns - 1) * colGap) / columns;
  const inset = font * 0.6;
  const head = block(heading.key, 'heading', heading.text, pad, pad, WIDTH - 2 * pad, font);
  labels.push(head);
  let top = bottomOf(head) + font * 0.5;
  for (let first = 0; first < items.length; first += columns) {
    const band = items.slice(first, first + columns);
    const texts = band.map((item, column) => block(item.key, 'text', item.text, pad + column * (colWidth + colGap) + inset, top + inset, colWidth - 2 * inset, font));
    const height = Math.max(...texts.map(bottomOf)) - top + inset;
    band.forEach((item, column) => show(item.key, pad + column * (colWidth + colGap), top, colWidth, height));
    labels.push(...texts);
    top += height + gap / 2;
  }
  return top;
}

export function layout(input: GenevaInput, strings: Strings, state: State, size: SizeClass): Scene {
  const spec = SPECS[size];
  const marks = allMarks(input);
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const show = (key: string, x: number, y: number, w: number, h: number) => {
    const m = byKey.get(key);
    if (!m) throw new Error(`geneva graphic: no mark "${key}"`);
    Object.assign(m, { x: round(x), y: round(y), w: round(w), h: round(h), opacity: 1 });
  };
  const labels: Label[] = [];
  let bottom: number;
  if (state === 'talks') bottom = talks(input, strings, spec, show, labels);
  else if (state === 'demands') {
    bottom = groups(
      MATRIX.map((g) => ({ key: g.group, heading: need(strings, `matrix.${g.group}`), items: g.items.map((item) => ({ key: `matrix-${item}`, text: need(strings, `matrix.${item}`) })) })),
      spec, show, labels,
    );
  } else {
    bottom = tiles({ key: 'heading-threats', text: need(strings, 'threats.heading') }, THREATS.map((id) => ({ key: `threat-${id}`, text: need(strings, `threats.${id}`) })), spec, show, labels);
  }
  for (const m of marks) if (m.opacity > 0) bottom = Math.max(bottom, m.y + m.h);
  return { state, size, marks, labels, bottom: round(bottom) };
}
