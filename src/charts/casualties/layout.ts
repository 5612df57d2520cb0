/**
 * The casualty graphic as a pure function: (counts, later counts, counts by day, strings, state)
 * → scene. No DOM and no Astro. It runs at build time; the browser receives each scene packed
 * (pack.ts) and expands the marks itself (marks.ts): a scene places each group as a whole (a
 * view: origin, scale, opacity), and its marks within it.
 *
 * One viewBox (WIDTH × HEIGHT) and one set of marks serve every screen; labels come in two sets,
 * `compact` (graphic narrower than WIDE_MIN_PX) and `wide`, with font sizes in viewBox units that
 * render at ≥ 12.8 CSS px at the narrowest width of their set. Room for labels is reserved for
 * the larger (compact) set, so the wide set always fits where the compact one does.
 *
 * Scales: in `dead` one mark is one person, in groups of ten; from `injured` on one mark is ten
 * people. The first person-mark of each ten becomes the ten's mark (object constancy through the
 * change of scale, which passes through the `merged` scene). In `floor`, where the later counts
 * reach 12,000 detained, one mark is a hundred people (FLOOR_PER_MARK): at ten a mark, 1,200
 * marks would have to shrink to a few pixels on a phone and their outlines would blur into a
 * moiré; at a hundred they stay as large as in `arrested` and countable. The marks of ten fade
 * where they stand and the floor's own layer (`floorLayer`) fades in.
 */
import { round, type Box } from '../shared/text';
import { COLS, FRAME, GROUPS, PER_MARK, expand, gridAt, marksOf, rest, segmentsOf, type Frames, type Group, type GroupView, type Mark, type Segment } from './marks';
import { FONT, HEIGHT, PAD, WIDTH, type SizeClass, type State } from './measures';
import { UNIT, shapePath } from './shapes';
import { TEXT_W, height, label, legend, legendAbove, onTop, type Block, type LegendItem } from './labels';

export { COLS, GROUPS, PER_MARK, type Group, type GroupView, type Mark };
export { FONT, HEIGHT, MIN_PX, PAD, STATES, WIDE_MIN_PX, WIDTH, changesScale, lineHeight, type SizeClass, type State } from './measures';

/** A later or higher count of a group, drawn as outlines beyond its official marks (floor) */
export interface Extension {
  id: string;
  group: Group;
  value: number;
  later: boolean;
}

/** One bar of the detentions by day; `flow`: the one the detained marks flow into */
export interface Day {
  id: string;
  value: number;
  flow?: boolean;
}

export interface CasualtiesInput {
  counts: Record<Group, number>;
  /** in increasing order within a group */
  extensions: Extension[];
  days: Day[];
  /** every visible string, translated and formatted (keys: see data.ts) */
  strings: Record<string, string>;
}

export interface Outline {
  key: string;
  group: Group;
  later: boolean;
  /** the outlined marks, the last filled to its share (`p`) where the count ends between hundreds */
  marks: Mark[];
  /** their outlines as one path, in the chart's coordinates */
  d: string;
}

/**
 * The floor's marks, a hundred people each (FLOOR_PER_MARK), in rows of FLOOR_COLS: the official
 * counts filled, the later and higher ones outlined after them. Drawn once, in the chart's
 * coordinates; a scene says only whether it shows (`Scene.floor`).
 */
export interface FloorLayer {
  pitch: number;
  marks: Mark[];
  outlines: Outline[];
}

export interface Bar {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export type LabelClass = 'group' | 'note' | 'later' | 'legend' | 'heading';

export interface Label {
  key: string;
  /** position of the first line's baseline */
  x: number;
  y: number;
  cls: LabelClass;
  lines: string[];
  /** how many leading lines are bold */
  strong: number;
  /** estimated box, for tests (not drawn) */
  box: Box;
}

/** a legend symbol */
export interface Swatch {
  key: string;
  shape: Group;
  outline: boolean;
  x: number;
  y: number;
  s: number;
  p?: number;
}

export interface Rule {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Scene {
  state: State | 'merged';
  /** the grid pitch at the scale of ten, in the groups' coordinates */
  pitch: number;
  groups: Record<Group, GroupView>;
  /** the dead at the scale of one */
  frames?: Frames;
  /** in their group's coordinates */
  marks: Mark[];
  /** the floor's layer shown (1) or not */
  floor: 0 | 1;
  bars: Bar[];
  labels: Record<SizeClass, Label[]>;
  swatches: Record<SizeClass, Swatch[]>;
  rules: Record<SizeClass, Rule[]>;
}

const SIZES = ['compact', 'wide'] as const;
const GAP = 12;
/** legend symbols are drawn larger than the marks, so that their shape reads */
const SWATCH = 1.4;
const r2 = (v: number) => Math.round(v * 100) / 100;
const r3 = (v: number) => Math.round(v * 1000) / 1000;

/* ---------- the scale of ten: one grid, the groups one under the other ---------- */

interface Grid {
  pitch: number;
  /** top of each group's rows */
  top: Record<Group, number>;
}

function groupBlock(input: CasualtiesInput, state: 'injured' | 'arrested', group: Group): Block {
  const s = input.strings;
  if (group !== 'dead') return { key: `group-${group}`, cls: 'group', texts: [s[`${group}.value`]!], strong: 1 };
  const second = state === 'injured' ? s[rest(input.counts.dead) ? 'dead.scaledRest' : 'dead.scaled']! : s['dead.disowned']!;
  return { key: 'group-dead', cls: 'group', texts: [s['dead.value']!, second], strong: 1 };
}

function tenLegend(input: CasualtiesInput, groups: readonly Group[]): LegendItem[] {
  const items: LegendItem[] = [{ key: 'legend-ten', text: input.strings['legend.ten']!, shape: 'injured', s: SWATCH }];
  const partial = groups.find((g) => rest(input.counts[g]) > 0);
  if (partial) items.push({ key: 'legend-partial', text: input.strings['legend.partial']!, shape: partial, p: rest(input.counts[partial]), s: SWATCH });
  return items;
}

const grids = new WeakMap<CasualtiesInput, Grid>();

/**
 * The grid of the scale of ten, once per input: the legend on top, then each group's label and
 * rows. The pitch is the largest with which every row fits.
 */
function grid(input: CasualtiesInput): Grid {
  const cached = grids.get(input);
  if (cached) return cached;
  const f = FONT.compact;
  const labelH = (g: Group) => Math.max(height(groupBlock(input, 'injured', g), f), height(groupBlock(input, 'arrested', g), f));
  const rows = (g: Group) => Math.ceil(marksOf(input.counts[g]) / COLS);
  const start = PAD + legend(tenLegend(input, GROUPS), f, 0).height + GAP;
  const fixed = start + GROUPS.reduce((sum, g) => sum + labelH(g) + 4 + GAP, 0);
  const pitch = Math.min(17, TEXT_W / COLS, (HEIGHT - fixed) / GROUPS.reduce((sum, g) => sum + rows(g), 0));
  const top = {} as Record<Group, number>;
  let y = start;
  for (const g of GROUPS) {
    y += labelH(g) + 4;
    top[g] = round(y);
    y += rows(g) * pitch + GAP;
  }
  const result = { pitch: r2(pitch), top };
  grids.set(input, result);
  return result;
}

function tenViews(input: CasualtiesInput, shown: (g: Group) => boolean): Record<Group, GroupView> {
  const g = grid(input);
  return Object.fromEntries(GROUPS.map((x) => [x, { x: PAD, y: g.top[x], kx: 1, ky: 1, o: shown(x) ? 1 : 0 }])) as Record<Group, GroupView>;
}

function empty(): Record<SizeClass, never[]> {
  return { compact: [], wide: [] };
}

function scene(input: CasualtiesInput, state: Scene['state'], groups: Record<Group, GroupView>, frames?: Frames, floor: 0 | 1 = 0): Scene {
  const { pitch } = grid(input);
  return { state, pitch, groups, ...(frames ? { frames } : {}), marks: expand(input.counts, pitch, frames), floor, bars: [], labels: empty(), swatches: empty(), rules: empty() };
}

/** Where a scene's marks stand on screen: their group's view applied (for tests and checks). */
export function onScreen(sc: Scene): Mark[] {
  return sc.marks.map((m) => {
    const v = sc.groups[m.group];
    return { ...m, x: v.x + v.kx * m.x, y: v.y + v.ky * m.y, s: m.s * Math.min(v.kx, v.ky), o: m.o * v.o };
  });
}

function tenScene(input: CasualtiesInput, state: 'injured' | 'arrested'): Scene {
  const g = grid(input);
  const groups = state === 'injured' ? (['dead', 'injured'] as const) : GROUPS;
  const sc = scene(input, state, tenViews(input, (x) => (groups as readonly Group[]).includes(x)));
  for (const size of SIZES) {
    const f = FONT[size];
    // each label sits on its rows
    const labels = groups.map((x) => {
      const block = groupBlock(input, state, x);
      return label(block, f, PAD, g.top[x] - 4 - height(block, f));
    });
    const lg = legendAbove(tenLegend(input, groups), f, labels[0]!, PAD);
    sc.labels[size] = [...lg.labels, ...labels];
    sc.swatches[size] = lg.swatches;
  }
  return sc;
}

/* ---------- the scale of one: the dead in groups of ten ---------- */

function deadBlocks(input: CasualtiesInput): { head: Block; foot: Block[] } {
  const s = input.strings;
  return {
    head: { key: 'dead-head', cls: 'group', texts: [s['dead.value']!, s['dead.asof']!], strong: 1 },
    foot: [
      { key: 'dead-caveat', cls: 'note', texts: [s['dead.caveat']!] },
      { key: 'dead-later', cls: 'later', texts: [s['dead.later']!] },
    ],
  };
}

const personLegend = (input: CasualtiesInput, s: number): LegendItem[] => [{ key: 'legend-one', text: input.strings['legend.one']!, shape: 'dead', s }];

/**
 * The dead, one dot each, in groups of ten (two rows of five, as in a ten-frame), so that the
 * tens that will merge into one mark each are visible before they do. The groups fill the room
 * between the heading and the notes as largely as they can.
 */
function frames(input: CasualtiesInput, merged: boolean): { frames: Frames; top: number; headTop: number; bottom: number } {
  const f = FONT.compact;
  const { head, foot } = deadBlocks(input);
  const headTop = PAD + legend(personLegend(input, 1), f, 0).height + GAP;
  const top = headTop + height(head, f) + 8;
  const bottom = HEIGHT - PAD - foot.reduce((h, b) => h + height(b, f) + 6, 0) - 8;
  const n = marksOf(input.counts.dead);
  let best = { q: 0, cols: 1 };
  for (let cols = 1; cols <= 8; cols++) {
    const rows = Math.ceil(n / cols);
    const q = Math.min(30, TEXT_W / (FRAME[0] * cols - (FRAME[0] - 5)), (bottom - top) / (FRAME[1] * rows - (FRAME[1] - 2)));
    if (q > best.q) best = { q, cols };
  }
  const q = r2(best.q);
  // a dot of diameter 0.72 q, as a share of a ten-people mark (area UNIT²); merged, ten dots' area
  const s = (0.36 * q * Math.sqrt(Math.PI)) / UNIT;
  const fr: Frames = { q, cols: best.cols, s: r2(merged ? s * Math.sqrt(PER_MARK) : s), ...(merged ? { merged: 1 as const } : {}) };
  return { frames: fr, top: round(top), headTop, bottom: top + Math.ceil(n / best.cols) * FRAME[1] * q - (FRAME[1] - 2) * q };
}

/** The scale of one (`dead`), or the change of scale (`merged`): each ten gathered in one mark of ten dots' area. */
function oneScene(input: CasualtiesInput, merged: boolean): Scene {
  const fr = frames(input, merged);
  const sc = scene(input, merged ? 'merged' : 'dead', { ...tenViews(input, () => false), dead: { x: PAD, y: fr.top, kx: 1, ky: 1, o: 1 } }, fr.frames);
  const { head, foot } = deadBlocks(input);
  for (const size of SIZES) {
    const f = FONT[size];
    // the heading sits on the dots, at the bottom of the room reserved for it
    const labels = [onTop(head, f, fr.headTop)];
    let y = fr.bottom + 14;
    for (const b of foot) {
      labels.push(label(b, f, PAD, y));
      y += height(b, f) + 6;
    }
    const lg = legendAbove(personLegend(input, frames(input, false).frames.s), f, labels[0]!, PAD);
    sc.labels[size] = [...lg.labels, ...labels];
    sc.swatches[size] = lg.swatches;
  }
  return sc;
}

/* ---------- floor: later and higher counts as outlines beyond the official marks, a hundred a mark ---------- */

/** people a mark in the floor, and its marks per row */
export const FLOOR_PER_MARK = 100;
export const FLOOR_COLS = 20;

interface FloorLayout {
  top: Record<Group, number>;
  labels: Label[];
  rules: Rule[];
  bottom: number;
}

const floorSegments = (input: CasualtiesInput) => segmentsOf(input.counts, input.extensions, FLOOR_PER_MARK);

function floorBlock(input: CasualtiesInput, seg: Segment): Block {
  return { key: `ext-${seg.id}`, cls: seg.later ? 'later' : 'note', texts: [input.strings[`floor.${seg.id}`]!] };
}

/**
 * The floor's grid at pitch p: each group's label above its rows; a later or higher count is
 * labelled beside the rows it adds: after a short row, or in a column right of the grid, tied by
 * a bracket to its rows. The rows' tops come from the compact set (`tops` given) and serve the
 * wide set as they are.
 */
function floorLayout(input: CasualtiesInput, p: number, f: number, start: number, tops?: Record<Group, number>): FloorLayout {
  const allSegments = floorSegments(input);
  const labels: Label[] = [];
  const rules: Rule[] = [];
  const top = {} as Record<Group, number>;
  let y = start;
  for (const group of GROUPS) {
    const head: Block = { key: `group-${group}`, cls: 'group', texts: [input.strings[`${group}.value`]!], strong: 1 };
    top[group] = tops?.[group] ?? round(y + height(head, FONT.compact) + 4);
    const headLabel = label(head, f, PAD, top[group] - 4 - height(head, f));
    labels.push(headLabel);
    const segments = allSegments.filter((seg) => seg.group === group);
    const last = Math.max(marksOf(input.counts[group], FLOOR_PER_MARK) - 1, ...segments.map((seg) => seg.to));
    const rowY = (i: number) => top[group] + Math.floor(i / FLOOR_COLS) * p;
    const rowsBottom = top[group] + Math.ceil((last + 1) / FLOOR_COLS) * p;
    let below = headLabel.box[0][1];
    const gap = f * 0.25;
    if (last < FLOOR_COLS) {
      // after a group of one row, its labels follow the row, from the height of its head label,
      // or from below it where a long head label reaches over the row's end
      const x = PAD + (last + 1) * p + 16;
      if (headLabel.box[1][0] + f * 0.5 > x) below = headLabel.box[1][1] + gap;
      for (const seg of segments) {
        const l = label(floorBlock(input, seg), f, x, below, WIDTH - PAD - x);
        labels.push(l);
        below = l.box[1][1] + gap;
      }
    } else {
      // beside a taller group, a column: each label centred on its rows where there is room,
      // pushed apart where there is not, kept above the group's last row if it can be
      const x = PAD + FLOOR_COLS * p + 16;
      const spans = segments.map((seg, n) => {
        const next = segments[n + 1];
        // consecutive spans share a row where a count ends mid-row: the earlier stops short of it
        const end = next && Math.floor(next.from / FLOOR_COLS) === Math.floor(seg.to / FLOOR_COLS) ? rowY(seg.to) - 2 : rowY(seg.to) + p;
        return { seg, y0: rowY(seg.from), y1: Math.max(end, rowY(seg.from) + 3), h: height(floorBlock(input, seg), f, WIDTH - PAD - x) };
      });
      const min = headLabel.box[1][1] + gap;
      const tops = spans.map((sp) => (sp.y0 + sp.y1) / 2 - sp.h / 2);
      const down = () => tops.forEach((t, i) => (tops[i] = Math.max(t, i ? tops[i - 1]! + spans[i - 1]!.h + gap : min)));
      down();
      for (let i = tops.length - 1; i >= 0; i--) tops[i] = Math.min(tops[i]!, i < tops.length - 1 ? tops[i + 1]! - spans[i]!.h - gap : rowsBottom - spans[i]!.h);
      down();
      spans.forEach((sp, i) => {
        const l = label(floorBlock(input, sp.seg), f, x, tops[i]!, WIDTH - PAD - x);
        labels.push(l);
        const bx = round(x - 8);
        const mid = round(l.box[0][1] + f * 0.6);
        rules.push({ key: `bracket-${sp.seg.id}`, x1: bx, y1: round(sp.y0 + 1), x2: bx, y2: round(sp.y1 - 1) });
        rules.push({ key: `tie-${sp.seg.id}`, x1: bx, y1: round(Math.min(Math.max(mid, sp.y0 + 1), sp.y1 - 1)), x2: round(x - 3), y2: mid });
        below = l.box[1][1] + gap;
      });
    }
    y = Math.max(rowsBottom, below) + GAP;
  }
  return { top, labels, rules, bottom: y - GAP };
}

function floorBlocks(input: CasualtiesInput): { assessment: Block; key: LegendItem[] } {
  // the state's point first: the source report's assessment, then what a mark and an outline are
  const assessment: Block = { key: 'assessment', cls: 'note', texts: [input.strings['floor.assessment']!] };
  // the outline swatch takes the shape and colour of the group with the most outlined marks
  const outlined = (g: Group) => floorSegments(input).filter((s) => s.group === g).reduce((n, s) => n + s.to - s.from + 1, 0);
  const shape = [...GROUPS].sort((a, b) => outlined(b) - outlined(a))[0]!;
  const partial = GROUPS.find((g) => rest(input.counts[g], FLOOR_PER_MARK) > 0);
  const key: LegendItem[] = [
    { key: 'legend-hundred', text: input.strings['legend.hundred']!, shape: 'injured', s: SWATCH },
    ...(partial ? [{ key: 'legend-partial', text: input.strings['legend.partialHundred']!, shape: partial, p: rest(input.counts[partial], FLOOR_PER_MARK), s: SWATCH }] : []),
    { key: 'legend-outline', text: input.strings['legend.outline']!, shape, outline: true, s: SWATCH },
  ];
  return { assessment, key };
}

const floors = new WeakMap<CasualtiesInput, { pitch: number; start: number; legendTop: number; compact: FloorLayout }>();

/** The floor's pitch and its compact layout: the marks as large as those of ten (up to 1.5 times) where the compact set fits. */
function floorGrid(input: CasualtiesInput) {
  const cached = floors.get(input);
  if (cached) return cached;
  const fc = FONT.compact;
  const { assessment, key } = floorBlocks(input);
  const legendTop = PAD + height(assessment, fc) + 4;
  const start = legendTop + legend(key, fc, legendTop).height + GAP;
  let pitch = r2(grid(input).pitch * 1.5);
  while (pitch > 4 && floorLayout(input, pitch, fc, start).bottom > HEIGHT - PAD) pitch = r2(pitch - 0.25);
  const result = { pitch, start, legendTop, compact: floorLayout(input, pitch, fc, start) };
  floors.set(input, result);
  return result;
}

/** The floor's marks and outlines, where its layout puts each group's rows. */
export function floorLayer(input: CasualtiesInput): FloorLayer {
  const { pitch, compact } = floorGrid(input);
  const s = r3(pitch / grid(input).pitch);
  const at = (group: Group, i: number): [number, number] => {
    const [x, y] = gridAt(pitch, i, FLOOR_COLS);
    return [round(PAD + x), round(compact.top[group] + y)];
  };
  const marks: Mark[] = GROUPS.flatMap((group) => {
    const n = input.counts[group];
    return Array.from({ length: marksOf(n, FLOOR_PER_MARK) }, (_, i) => {
      const [x, y] = at(group, i);
      const partial = i === Math.floor(n / FLOOR_PER_MARK) && rest(n, FLOOR_PER_MARK) > 0 ? { p: rest(n, FLOOR_PER_MARK) } : {};
      return { key: `floor-${group}${i}`, group, x, y, s, o: 1, ...partial };
    });
  });
  const outlines = floorSegments(input).map((seg) => {
    const outlined: Mark[] = Array.from({ length: seg.to - seg.from + 1 }, (_, j) => {
      const [x, y] = at(seg.group, seg.from + j);
      return { key: `${seg.id}-${j}`, group: seg.group, x, y, s, o: 1, ...(seg.from + j === seg.to && seg.fill < 1 ? { p: seg.fill } : {}) };
    });
    const d = outlined.map((m) => shapePath(seg.group, m.p ?? 1, m.x, m.y, s)).join('');
    return { key: seg.id, group: seg.group, later: seg.later, marks: outlined, d };
  });
  return { pitch, marks, outlines };
}

function floorScene(input: CasualtiesInput): Scene {
  const { assessment, key } = floorBlocks(input);
  const { pitch, start, legendTop, compact } = floorGrid(input);
  // the marks of ten fade where they stand; the floor's layer shows
  const sc = scene(input, 'floor', tenViews(input, () => false), undefined, 1);
  for (const size of SIZES) {
    const f = FONT[size];
    const layout = size === 'compact' ? compact : floorLayout(input, pitch, f, start, compact.top);
    // the wide set stands right above the first group's label, so that no gap splits it from it
    const lgH = legend(key, f, 0).height;
    const lgTop = size === 'compact' ? legendTop : Math.max(PAD + height(assessment, f) + 4, layout.labels[0]!.box[0][1] - 6 - lgH);
    const head = label(assessment, f, PAD, size === 'compact' ? PAD : lgTop - 4 - height(assessment, f));
    const lg = legend(key, f, lgTop);
    sc.labels[size] = [head, ...lg.labels, ...layout.labels];
    sc.swatches[size] = lg.swatches;
    sc.rules[size] = layout.rules;
  }
  return sc;
}

/* ---------- days: the detentions by day, which the detained marks flow into ---------- */

function daysScene(input: CasualtiesInput): Scene {
  const s = input.strings;
  const fc = FONT.compact;
  const heading: Block = { key: 'days-heading', cls: 'heading', texts: [s['days.heading']!], strong: 1 };
  const others: Block = { key: 'days-others', cls: 'note', texts: [s['days.others']!] };
  const rowBlock = (d: Day): Block => ({ key: `day-${d.id}`, cls: 'group', texts: [s[`days.${d.id}`]!] });
  const max = Math.max(...input.days.map((d) => d.value));
  // Rows at full spacing, or closer together when longer text (a translation) needs the room.
  const rowsAt = (barH: number, gap: number) => {
    const bars: Bar[] = [];
    const rowTops: number[] = [];
    let y = PAD + height(heading, fc) + gap;
    for (const d of input.days) {
      rowTops.push(y);
      y += height(rowBlock(d), fc) + 2;
      bars.push({ key: d.id, x: PAD, y: round(y), w: round((TEXT_W * d.value) / max), h: barH });
      y += barH + gap;
    }
    return { bars, rowTops, y };
  };
  const full = rowsAt(18, GAP);
  const { bars, rowTops, y } = full.y + height(others, fc) <= HEIGHT - PAD ? full : rowsAt(12, GAP / 3);
  // the detained marks shrink into the bar they flow into, and vanish into it
  const flow = bars[Math.max(0, input.days.findIndex((d) => d.flow))]!;
  const g = grid(input);
  const rows = Math.ceil(marksOf(input.counts.detained) / COLS);
  const views = { ...tenViews(input, () => false), detained: { x: flow.x, y: flow.y, kx: r3(flow.w / (COLS * g.pitch)), ky: r3(flow.h / (rows * g.pitch)), o: 0 as const, flow: 1 as const } };
  const sc = scene(input, 'days', views);
  sc.bars = bars;
  for (const size of SIZES) {
    const f = FONT[size];
    sc.labels[size] = [onTop(heading, f, PAD), ...input.days.map((d, i) => onTop(rowBlock(d), f, rowTops[i]!)), label(others, f, PAD, y)];
  }
  return sc;
}

/* ---------- the scene ---------- */

export function layout(input: CasualtiesInput, state: State | 'merged'): Scene {
  switch (state) {
    case 'dead':
      return oneScene(input, false);
    case 'merged':
      return oneScene(input, true);
    case 'injured':
    case 'arrested':
      return tenScene(input, state);
    case 'floor':
      return floorScene(input);
    case 'days':
      return daysScene(input);
  }
}
