/**
 * The troops map as a pure function: (map input, figures, strings, state, size class) → scene.
 * No DOM, no Astro, no d3-geo: the map's projected positions come in as plain numbers (built at
 * build time by the shared map module), so this runs in Node and in tests alike.
 *
 * One viewBox (WIDTH × HEIGHT) and one set of marks serve every screen; only the labels come in
 * two sets, `compact` (graphic narrower than WIDE_MIN_PX, phones) and `wide`, with font sizes in
 * viewBox units chosen so that text renders at ≥ 12.8 CSS px at the narrowest width of its set.
 * A change of view is a transform of the map group (interpolated by the browser); marks and
 * labels are placed in screen units, so they keep their size while the map zooms.
 */
import { grow, place as placeLabels, union, type Frame, type Label as SharedLabel, type LabelRequest as SharedRequest, type Side } from '../shared/labels';
import { LINE_EM, round, textWidth, wrap, type Box, type Point } from '../shared/text';

export const WIDTH = 700;
export const HEIGHT = 600;
/** the container width (CSS px) from which the wide labels are shown */
export const WIDE_MIN_PX = 600;
/** narrowest container each label set is made for (phones: 320 px wide) */
export const MIN_PX = { compact: 320, wide: WIDE_MIN_PX } as const;
/** label font size in viewBox units: 12.8 px at the narrowest width of the set */
export const FONT = { compact: 28, wide: 15 } as const;
export const SOLDIERS_PER_MARK = 1000;

export const STATES = ['neighbourhood', 'buildup', 'ukraine-border', 'kazakhstan', 'stakes', 'two-fronts'] as const;
export type State = (typeof STATES)[number];
export type SizeClass = keyof typeof FONT;
export type { Point };

export const FOCUS = ['belarus', 'ukraine', 'kazakhstan'] as const;
export type FocusCountry = (typeof FOCUS)[number];
export const CLUSTERS = ['troops-north', 'troops-northeast', 'troops-east', 'troops-southeast'] as const;
export const CITIES = ['kyiv', 'nur-sultan', 'almaty', 'zhanaozen', 'baikonur'] as const;
type City = (typeof CITIES)[number];
/** Where the map writes the names of the neighbours it shows (schematic label positions, places.json) */
export const NAME_AT = {
  'label-russia-west': 'russia',
  'label-belarus': 'belarus',
  'label-russia-kz': 'russia',
  'label-china': 'china',
  'label-kyrgyzstan': 'kyrgyzstan',
  'label-uzbekistan': 'uzbekistan',
  'label-turkmenistan': 'turkmenistan',
} as const;
export type NameAnchor = keyof typeof NAME_AT;
/** The areas of Donetsk and Luhansk held by Russia-backed separatists (places.json, kind area) */
export const HELD = 'separatist-held';

/** What the layout needs from the map (all in base map units, from buildMap) */
export interface MapInput {
  countries: Record<FocusCountry | 'russia', { centroid: Point; box: Box }>;
  crimea: Point;
  places: Record<City | (typeof CLUSTERS)[number] | NameAnchor | typeof HELD, Point>;
  placeKinds: Record<City, 'capital' | 'city' | 'site'>;
}

export interface Estimate {
  id: string;
  value: number;
  /** a strength planned for, not counted on site: drawn outlined */
  planned: boolean;
}

export interface TroopsInput {
  map: MapInput;
  /** the US estimate near Ukraine and the CSTO total, in soldiers */
  ukraine: number;
  csto: number;
  /** the estimates of the build-up, in date order */
  estimates: Estimate[];
}

/** Every visible string, already translated and formatted (keys as in strings.ts) */
export type Strings = Record<string, string>;

export type MarkKind = 'troop' | 'csto' | 'capital' | 'city' | 'site' | 'legend';

export interface Mark {
  key: string;
  kind: MarkKind;
  x: number;
  y: number;
  r: number;
  opacity: number;
}

export type Label = SharedLabel<'country' | 'neighbour' | 'reason' | 'place' | 'note' | 'value' | 'heading' | 'crimea'>;

/**
 * A rectangle of the estimates chart: an estimate's bar from zero, a planned strength's outlined
 * bar, a gridline of the value axis or the zero line. Each label set has its own, since the
 * chart's rows follow their labels.
 */
export type BarKind = 'estimate' | 'planned' | 'grid' | 'zero';
export interface Bar {
  key: string;
  kind: BarKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Scene {
  state: State;
  view: View;
  mapOpacity: number;
  focus: Record<FocusCountry, number>;
  crimea: number;
  marks: Mark[];
  bars: Record<SizeClass, Bar[]>;
  labels: Record<SizeClass, Label[]>;
}

/* ---------- label placement (shared with the other maps: ../shared/labels.ts) ---------- */

const PAD = 8;
const FRAME: Frame = { width: WIDTH, height: HEIGHT, pad: PAD };
const BOLD = new Set<Label['cls']>(['country', 'value', 'heading']);
/** country labels are bold on their first line only (the reason below is regular) */
const bold = (cls: Label['cls'], line: number) => BOLD.has(cls) && (line === 0 || cls !== 'country');

type LabelRequest = SharedRequest<Label['cls']>;

function place(requests: LabelRequest[], obstacles: Box[], size: number): Label[] {
  return placeLabels(requests, obstacles, { size, frame: FRAME, bold });
}

/* ---------- views ---------- */

const FULL: View = { k: 1, x: 0, y: 0 };

/** The transform that fits a box of the base map into a target box of the view. */
function fit([[x0, y0], [x1, y1]]: Box, [[tx0, ty0], [tx1, ty1]]: Box): View {
  const k = Math.min((tx1 - tx0) / (x1 - x0), (ty1 - ty0) / (y1 - y0));
  const r = (v: number) => Math.round(v * 100) / 100;
  return { k: r(k), x: r((tx0 + tx1) / 2 - k * (x0 + x1) / 2), y: r((ty0 + ty1) / 2 - k * (y0 + y1) / 2) };
}

export function viewOf(state: State, map: MapInput): View {
  const ukraineArea = union([map.countries.ukraine.box, ...CLUSTERS.map((c) => grow([map.places[c], map.places[c]], 14))]);
  switch (state) {
    case 'neighbourhood':
    case 'two-fronts':
      return FULL;
    case 'buildup':
    case 'ukraine-border':
      return fit(grow(ukraineArea, 6), [[10, HEIGHT * 0.2], [WIDTH - 10, HEIGHT - 50]]);
    case 'kazakhstan':
      // Kazakhstan in the lower part, room for the list of contingents above it
      return fit(grow(map.countries.kazakhstan.box, 4), [[10, HEIGHT * 0.4], [WIDTH - 10, HEIGHT - 40]]);
    case 'stakes':
      return fit(grow(map.countries.kazakhstan.box, 4), [[10, HEIGHT * 0.18], [WIDTH - 10, HEIGHT - 40]]);
  }
}

const apply = (v: View, [x, y]: Point): Point => [v.x + v.k * x, v.y + v.k * y];

/* ---------- marks ---------- */

const R = 4.2;
const PITCH = 11;

/** n marks in a square-ish grid centred on a point, row by row */
function grid(center: Point, n: number, cols: number, pitch = PITCH): Point[] {
  const rows = Math.ceil(n / cols);
  return Array.from({ length: n }, (_, i) => [
    center[0] + ((i % cols) - (cols - 1) / 2) * pitch,
    center[1] + (Math.floor(i / cols) - (rows - 1) / 2) * pitch,
  ]);
}

function gridBox(center: Point, n: number, cols: number, pitch = PITCH, r = R): Box {
  const rows = Math.ceil(n / cols);
  const hw = ((cols - 1) / 2) * pitch + r;
  const hh = ((rows - 1) / 2) * pitch + r;
  return [[center[0] - hw, center[1] - hh], [center[0] + hw, center[1] + hh]];
}

/**
 * n marks in rows that start at the border line (the schematic cluster points, north to south,
 * on the Russian side) and run east up to `east`: a band along the border regions, not a block
 * in the middle of Russia. Rows go on south until every mark has its place.
 */
function borderBand(line: Point[], n: number, pitch: number, east: number): Point[] {
  const points = [...line].sort((a, b) => a[1] - b[1]);
  const startAt = (y: number): number => {
    const next = points.findIndex((p) => p[1] >= y);
    if (next <= 0) return (next === 0 ? points[0]! : points[points.length - 1]!)[0];
    const [a, b] = [points[next - 1]!, points[next]!];
    return a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]);
  };
  // from two rows north of the northern cluster: the widest rows are in the north, where Russia
  // lies between Ukraine and Kazakhstan
  const out: Point[] = [];
  for (let y = points[0]![1] - 2 * pitch; out.length < n; y += pitch) {
    const x0 = startAt(y);
    const count = Math.max(1, Math.min(n - out.length, Math.floor((east - x0) / pitch) + 1));
    for (let i = 0; i < count; i++) out.push([round(x0 + i * pitch), round(y)]);
  }
  return out;
}

/** Split n marks over the clusters as evenly as possible (the first get the remainder). */
function split(n: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));
}

export function markCount(soldiers: number): number {
  return Math.round(soldiers / SOLDIERS_PER_MARK);
}


/* ---------- the scene ---------- */

/** the gap between the CSTO marks and their total */
const CSTO_LABEL_GAP = 12;

/** What a state's marks are, where they stand, and what its labels must keep clear of. */
interface Geometry {
  view: View;
  /** from base map units to the view */
  at: (p: Point) => Point;
  /** the radius of the troop and CSTO marks in this state */
  r: number;
  marks: Mark[];
  obstacles: Box[];
  /** the one block of troop marks of the overviews */
  blockBox?: Box;
  cstoCentre: Point;
  legendAt: Point;
}

/** The cities shown in each state (the others are drawn transparent, for the transitions) */
const CITIES_SHOWN: Record<State, City[]> = {
  neighbourhood: [],
  buildup: [],
  'ukraine-border': ['kyiv'],
  kazakhstan: ['almaty'],
  stakes: ['nur-sultan', 'almaty', 'zhanaozen', 'baikonur'],
  'two-fronts': [],
};

/**
 * Every state has the same marks, by key, so that the client moves them rather than swapping
 * them; a state shows some and hides the others (opacity 0).
 */
function geometry(input: TroopsInput, state: State): Geometry {
  const { map } = input;
  const view = viewOf(state, map);
  const at = (p: Point) => apply(view, p);
  const nUkraine = markCount(input.ukraine);
  const nCsto = markCount(input.csto);
  // Marks keep one size within a state, so that 100 and 2 compare at one scale; the zoomed
  // states draw them larger than the overviews.
  const r = state === 'kazakhstan' ? 7 : state === 'ukraine-border' ? 5 : 3.2;
  const pitch = r * 2.6;

  // ---- CSTO marks just above Almaty; their total goes under them in the comparison
  const almaty = at(map.places.almaty);
  const cstoCentre: Point = [almaty[0], almaty[1] - 8 - r * 1.5];

  // ---- troop marks near Ukraine: schematic clusters, or one block in the overviews
  const troopPositions: Point[] = [];
  const obstacles: Box[] = [];
  const troopsShown = state === 'ukraine-border' || state === 'two-fronts';
  let blockBox: Box | undefined;
  if (state === 'two-fronts' || state === 'neighbourhood') {
    // one band on the Russian side of Ukraine's eastern border, along the border regions the
    // schematic clusters stand for, and west of Kazakhstan
    const positions = borderBand(CLUSTERS.map((c) => at(map.places[c])), nUkraine, pitch, at(map.countries.kazakhstan.box[0])[0] - r);
    // On a phone the CSTO total runs west under Almaty's marks, at about the latitude where the
    // band ends: lifted to end a line above it, the band is not read as that label's owner.
    // Marks are shared by both label sets, so the phone's (larger) line height decides.
    const clearUntil = cstoCentre[1] + CSTO_LABEL_GAP - FONT.compact * LINE_EM;
    const lift = Math.max(0, Math.max(...positions.map((p) => p[1])) + r - clearUntil);
    troopPositions.push(...positions.map(([x, y]): Point => [x, y - lift]));
    blockBox = grow(union(troopPositions.map((p): Box => [p, p])), r);
    if (troopsShown) obstacles.push(blockBox);
  } else {
    const counts = split(nUkraine, CLUSTERS.length);
    CLUSTERS.forEach((k, i) => {
      const centre = at(map.places[k]);
      troopPositions.push(...grid(centre, counts[i]!, 5, pitch));
      if (troopsShown) obstacles.push(gridBox(centre, counts[i]!, 5, pitch, r));
    });
  }
  const marks: Mark[] = troopPositions.map(([x, y], i) => ({ key: `u${i}`, kind: 'troop', x: round(x), y: round(y), r, opacity: troopsShown ? 1 : 0 }));

  const cstoShown = state === 'kazakhstan' || state === 'two-fronts';
  grid(cstoCentre, nCsto, nCsto, pitch).forEach(([x, y], i) =>
    marks.push({ key: `c${i}`, kind: 'csto', x: round(x), y: round(y), r, opacity: cstoShown ? 1 : 0 }),
  );
  if (cstoShown) obstacles.push(grow(union([gridBox(cstoCentre, nCsto, nCsto, pitch, r), [almaty, almaty]]), 4));

  // ---- places
  for (const city of CITIES) {
    const [x, y] = at(map.places[city]);
    const visible = CITIES_SHOWN[state].includes(city);
    const kind = map.placeKinds[city];
    marks.push({ key: `p-${city}`, kind, x: round(x), y: round(y), r: kind === 'city' ? 5.5 : 6, opacity: visible ? 1 : 0 });
    if (visible) obstacles.push([[x - 8, y - 8], [x + 8, y + 8]]);
  }

  // ---- legend dot, bottom left
  const legendAt: Point = [PAD + r + 2, HEIGHT - PAD - FONT.compact * 0.6];
  marks.push({ key: 'legend', kind: 'legend', x: legendAt[0], y: round(legendAt[1]), r, opacity: troopsShown || cstoShown ? 1 : 0 });

  return { view, at, r, marks, obstacles, blockBox, cstoCentre, legendAt };
}

/**
 * One label set of one state in the making: the requests in order of importance (the placer
 * takes them one by one), and the labels that several states share, each with its usual sides.
 */
class LabelSet {
  readonly requests: LabelRequest[] = [];
  /** the estimates chart's bars and axis (buildup only); labels keep clear of the bars */
  readonly bars: Bar[] = [];
  readonly f: number;
  readonly lh: number;

  constructor(
    readonly input: TroopsInput,
    readonly strings: Strings,
    readonly geo: Geometry,
    readonly size: SizeClass,
  ) {
    this.f = FONT[size];
    this.lh = this.f * LINE_EM;
  }

  s(key: string): string {
    return this.strings[key] ?? key;
  }

  wrapped(key: string, width: number, bold = false): string[] {
    return wrap(this.s(key), this.f, width, bold);
  }

  add(...requests: LabelRequest[]): void {
    this.requests.push(...requests);
  }

  country(c: FocusCountry | 'russia', sides: Side[], reason?: string, required = true): void {
    const text = [this.s(`map.country.${c}`), ...(reason ? this.wrapped(reason, this.size === 'compact' ? this.f * 8 : this.f * 17) : [])];
    this.add({ key: `country-${c}`, at: this.geo.at(this.input.map.countries[c].centroid), lines: text, cls: 'country', sides, required });
  }

  legend(): void {
    const { legendAt, r } = this.geo;
    this.add({ key: 'legend', at: [legendAt[0] + r + 6, legendAt[1]], lines: [this.s('troops.legend.mark')], cls: 'note', sides: ['right'], gap: 0, required: true });
  }

  /** a block of text in a corner, and optionally a note right under it */
  corner(key: string, lines: string[], cls: Label['cls'], corner: 'top-left' | 'top-right', note?: { key: string; lines: string[] }): void {
    const x = corner === 'top-left' ? PAD : WIDTH - PAD;
    const side: Side = corner === 'top-left' ? 'below-right' : 'below-left';
    this.add({ key, at: [x, PAD], lines, cls, sides: [side], gap: 0, required: true });
    if (note) this.add({ key: note.key, at: [x, PAD + lines.length * this.lh + this.f * 0.25], lines: note.lines, cls: 'note', sides: [side], gap: 0, required: true });
  }

  /** a neighbour's name where the map writes it (muted: context, not an actor of the state) */
  neighbour(anchor: NameAnchor, sides: Side[] = ['center', 'above', 'below', 'left', 'right']): void {
    this.add({ key: `name-${anchor}`, at: this.geo.at(this.input.map.places[anchor]), lines: [this.s(`map.country.${NAME_AT[anchor]}`)], cls: 'neighbour', sides, required: false });
  }

  /** the separatist-held areas, labelled beside their hatching, schematic */
  held(sides: Side[], required = false): void {
    this.add({ key: 'held', at: this.geo.at(this.input.map.places[HELD]), lines: this.wrapped(`place.${HELD}`, this.f * 12), cls: 'crimea', sides, gap: this.f * 0.8, required });
  }

  crimea(sides: Side[], required = false): void {
    this.add({ key: 'crimea', at: this.geo.at(this.input.map.crimea), lines: this.wrapped('map.crimea', this.f * 11), cls: 'crimea', sides, gap: this.f * 0.6, required });
  }

  cstoTotal(sides: Side[]): void {
    const width = this.size === 'compact' ? WIDTH * 0.72 : WIDTH * 0.5;
    this.add({ key: 'total-csto', at: this.geo.cstoCentre, lines: [...this.wrapped('troops.csto.total', width, true), ...this.wrapped('troops.csto.who', width, true)], cls: 'value', sides, gap: CSTO_LABEL_GAP, required: true });
  }

  ukraineTotal(width: number): string[] {
    return [...this.wrapped('troops.ukraine.total', width, true), ...this.wrapped('troops.ukraine.who', width, true)];
  }

  place(city: City, lines: string[], sides: Side[]): void {
    this.add({ key: `place-${city}`, at: this.geo.at(this.input.map.places[city]), lines, cls: 'place', sides, required: true });
  }
}

/* ---------- the labels of each state ---------- */

function neighbourhoodLabels(l: LabelSet): void {
  l.country('kazakhstan', ['center', 'below', 'above'], 'troops.reason.kazakhstan');
  l.country('belarus', ['above', 'above-right', 'above-left', 'left', 'right'], 'troops.reason.belarus');
  l.country('ukraine', ['below', 'below-right', 'right', 'left'], 'troops.reason.ukraine');
  l.country('russia', ['center', 'above', 'below', 'right']);
  l.crimea(['below', 'below-right', 'below-left', 'left']);
}

function buildupLabels(l: LabelSet): void {
  estimatesChart(l);
}

function ukraineBorderLabels(l: LabelSet): void {
  l.corner('total-ukraine', l.ukraineTotal(WIDTH * 0.66), 'value', 'top-left', { key: 'schematic', lines: l.wrapped('troops.schematic', WIDTH * 0.66) });
  l.legend();
  l.place('kyiv', [l.s('place.kyiv')], ['left', 'below', 'above', 'right']);
  l.crimea(['right', 'above-right', 'below-right', 'left', 'below-left', 'below'], true);
  l.country('ukraine', ['center', 'below', 'above']);
  // on phones, a longer translation may leave the name of the hatching no room: it goes (the
  // description and the method note say what is hatched) rather than cover Ukraine's name
  l.held(['above-left', 'left', 'above', 'below-left'], l.size === 'wide');
  l.neighbour('label-russia-west');
  l.neighbour('label-belarus');
}

/** Kazakhstan's neighbours, where the zoomed map shows them */
function kazakhstanNeighbours(l: LabelSet): void {
  for (const anchor of ['label-russia-kz', 'label-china', 'label-kyrgyzstan', 'label-uzbekistan', 'label-turkmenistan'] as const) l.neighbour(anchor);
}

function kazakhstanLabels(l: LabelSet): void {
  l.legend();
  const panel = [l.s('troops.csto.heading'), ...['armenia', 'kyrgyzstan', 'tajikistan', 'belarus', 'russia'].map((c) => l.s(`troops.csto.line.${c}`))];
  if (l.size === 'compact') {
    l.corner('contingents', panel, 'note', 'top-left', { key: 'press', lines: l.wrapped('troops.csto.press', WIDTH - 2 * PAD) });
  } else {
    l.corner('contingents', panel, 'note', 'top-left');
    l.corner('press', l.wrapped('troops.csto.press', WIDTH * 0.42), 'note', 'top-right');
  }
  l.cstoTotal(['above-left', 'left', 'below-left', 'above', 'below']);
  l.place('almaty', [l.s('place.almaty')], ['below', 'below-left', 'right', 'below-right']);
  l.country('kazakhstan', ['center', 'below', 'above', 'left'], undefined, false);
  kazakhstanNeighbours(l);
}

function stakesLabels(l: LabelSet): void {
  l.corner('russians', [...l.wrapped('troops.stakes.russians', WIDTH - 2 * PAD), ...l.wrapped('troops.stakes.census', WIDTH - 2 * PAD)], 'note', 'top-left');
  const w = l.size === 'compact' ? WIDTH * 0.4 : WIDTH * 0.3;
  const city = (c: City, sides: Side[]) => l.place(c, [l.s(`place.${c}`), ...l.wrapped(`troops.place.${c}`, w)], sides);
  city('nur-sultan', ['above', 'right', 'left', 'below']);
  city('baikonur', ['above', 'above-right', 'above-left', 'below']);
  city('zhanaozen', ['right', 'below-right', 'above-right', 'above']);
  city('almaty', ['above-left', 'above', 'left', 'below-left', 'below']);
  l.country('kazakhstan', ['center', 'below', 'above'], undefined, false);
  kazakhstanNeighbours(l);
}

function twoFrontsLabels(l: LabelSet): void {
  const { legendAt, r } = l.geo;
  l.legend();
  l.add({ key: 'schematic', at: [PAD, legendAt[1] - l.f], lines: l.wrapped('troops.schematic', WIDTH * 0.72), cls: 'note', sides: ['above-right'], gap: 0, required: true });
  const block = l.geo.blockBox!;
  l.add({ key: 'total-ukraine', at: [block[1][0] - 2 * r, block[0][1]], lines: l.ukraineTotal(WIDTH * 0.68), cls: 'value', sides: ['above-right', 'above', 'above-left'], gap: 6, required: true });
  l.cstoTotal(['below-left', 'below', 'left', 'above-left', 'above']);
  l.country('ukraine', ['center', 'left', 'below'], undefined, false);
  l.country('kazakhstan', ['center', 'above', 'below'], undefined, false);
  l.country('russia', ['center', 'above', 'below', 'right'], undefined, false);
  l.crimea(['below', 'below-left', 'below-right']);
}

const STATE_LABELS: Record<State, (labels: LabelSet) => void> = {
  neighbourhood: neighbourhoodLabels,
  buildup: buildupLabels,
  'ukraine-border': ukraineBorderLabels,
  kazakhstan: kazakhstanLabels,
  stakes: stakesLabels,
  'two-fronts': twoFrontsLabels,
};

/** Which focus countries are highlighted in each state */
function focusOf(state: State): Record<FocusCountry, number> {
  return {
    belarus: state === 'neighbourhood' ? 1 : 0,
    ukraine: ['neighbourhood', 'ukraine-border', 'two-fronts', 'buildup'].includes(state) ? 1 : 0,
    kazakhstan: ['neighbourhood', 'kazakhstan', 'stakes', 'two-fronts'].includes(state) ? 1 : 0,
  };
}

export function layout(input: TroopsInput, strings: Strings, state: State): Scene {
  const geo = geometry(input, state);
  const labels = {} as Record<SizeClass, Label[]>;
  const bars = {} as Record<SizeClass, Bar[]>;
  for (const size of ['compact', 'wide'] as const) {
    const set = new LabelSet(input, strings, geo, size);
    STATE_LABELS[state](set);
    const barBoxes = set.bars.filter((b) => b.kind === 'estimate' || b.kind === 'planned').map(boxOfBar);
    labels[size] = place(set.requests, [...geo.obstacles, ...barBoxes], FONT[size]);
    bars[size] = set.bars;
  }
  return {
    state,
    view: geo.view,
    // the estimates are a chart, not a map: the map fades out behind it
    mapOpacity: state === 'buildup' ? 0 : 1,
    focus: focusOf(state),
    crimea: state === 'buildup' ? 0 : 1,
    marks: geo.marks,
    bars,
    labels,
  };
}

/* ---------- the chart of estimates (buildup) ---------- */

/** The value axis' ticks: round steps from zero, at most four beyond it, none past the largest value. */
export function axisTicks(max: number): number[] {
  const magnitude = 10 ** (Math.floor(Math.log10(Math.max(max, 1))) - 1);
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => max / s <= 4) ?? 10 * magnitude;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

export const boxOfBar = (b: Bar): Box => [[b.x, b.y], [b.x + b.width, b.y + b.height]];

/**
 * The estimates as a bar chart on one value axis from zero: one row per estimate in date order,
 * who and when on the left, the value on the right; a planned strength is an outlined bar. Rows
 * are apart, never joined: the estimates do not count the same forces (the caveat says so).
 * Wider screens give the words a column of their own and put each value at its bar's end; phones
 * have no room for a column, so each row's words go above its bar and the values stand in a
 * column at the right edge, level with their bars, and no heading: seven rows of words and bars
 * take the height, and the graphic's title, the step and the caveat say what the chart shows.
 */
function estimatesChart(l: LabelSet): void {
  const { f, lh, size } = l;
  const { estimates } = l.input;
  const compact = size === 'compact';
  const inner = WIDTH - 2 * PAD;

  const heading = compact ? [] : wrap(l.s('troops.est.heading'), f, inner, true);
  if (heading.length) l.add({ key: 'est-heading', at: [PAD, PAD], lines: heading, cls: 'heading', sides: ['below-right'], gap: 0, required: true });
  const caveat = wrap(l.s('troops.est.caveat'), f, inner);

  const values = estimates.map((e) => l.s(`troops.est.value.${e.id}`));
  const valueWidth = Math.max(...values.map((v) => textWidth(v, f, true)));
  const valueGap = f * 0.4;
  const rows = estimates.map((e) => wrap(l.s(`troops.est.label.${e.id}`), f, compact ? inner : WIDTH * 0.3));
  const labelRight = (lines: string[]) => PAD + Math.max(...lines.map((line) => textWidth(line, f)));
  const plotLeft = compact ? PAD : PAD + WIDTH * 0.3 + f * 0.8;
  const plotRight = WIDTH - PAD - valueWidth - (compact ? f * 0.8 : valueGap + f * 0.2);
  const max = Math.max(...estimates.map((e) => e.value));
  const x = (v: number) => round(plotLeft + ((plotRight - plotLeft) * v) / max);

  // the value axis on top, under the heading: tick labels, then the rows
  const axisTop = PAD + (heading.length ? heading.length * lh + f * 0.3 : 0);
  // every tick while their labels stand well apart (digits run wider than the estimate), else every other
  const allTicks = axisTicks(max);
  const tickWidth = Math.max(...allTicks.map((v) => textWidth(l.s(`troops.est.tick.${v}`), f)));
  const ticks = x(allTicks[1] ?? max) - x(0) >= 1.4 * tickWidth ? allTicks : allTicks.filter((_, i) => i % 2 === 0);
  for (const v of ticks) {
    l.add({ key: `est-tick-${v}`, at: [x(v), axisTop], lines: [l.s(`troops.est.tick.${v}`)], cls: 'note', sides: v === 0 ? ['below-right'] : ['below', 'below-left'], gap: 0, required: true });
  }
  const plotTop = axisTop + lh + f * 0.2;
  const plotBottom = HEIGHT - PAD - caveat.length * lh - f * 0.2;

  const barHeight = round(f * (compact ? 0.5 : 0.8));
  // On phones a value, one line high and level with its bar, reaches above and below the bar:
  // a row's words that run into the value column keep that far from it.
  const clear = (lh - barHeight) / 2 + 0.5;
  const reaches = (lines: string[] | undefined, value: number) =>
    compact && lines !== undefined && labelRight(lines) > WIDTH - PAD - textWidth(values[value]!, f, true) - 2;
  const above = rows.map((lines, i) => (compact ? lines.length * lh + (reaches(lines, i) ? clear : f * 0.1) : 0));
  // the caveat under the last row runs the full width
  const below = rows.map((_, i) => (i === rows.length - 1 ? (compact ? clear : 0) : reaches(rows[i + 1], i) ? clear : 0));
  // wider screens: every row as high as the tallest, so the bars are evenly spaced
  const wideRow = Math.max(...rows.map((lines) => lines.length)) * lh;
  const rowHeight = (i: number) => (compact ? above[i]! + barHeight + below[i]! : wideRow);
  const content = rows.reduce((sum, _, i) => sum + rowHeight(i), 0);
  const gap = Math.min(compact ? f : 2 * f, Math.max(f * 0.15, (plotBottom - plotTop - content) / estimates.length));

  let y = plotTop + gap / 2;
  const bars: Bar[] = [];
  estimates.forEach((e, i) => {
    const lines = rows[i]!;
    l.add({ key: `est-row-${e.id}`, at: [PAD, y], lines, cls: 'place', sides: ['below-right'], gap: 0, required: true });
    const barTop = compact ? y + above[i]! : y + (lh - barHeight) / 2;
    bars.push({ key: `bar-${e.id}`, kind: e.planned ? 'planned' : 'estimate', x: x(0), y: round(barTop), width: round(x(e.value) - x(0)), height: barHeight });
    const value: LabelRequest = compact
      ? { key: `est-value-${e.id}`, at: [WIDTH - PAD, barTop + barHeight / 2], lines: [values[i]!], cls: 'value', sides: ['left'], gap: 0, required: true }
      : { key: `est-value-${e.id}`, at: [x(e.value), y + lh / 2], lines: [values[i]!], cls: 'value', sides: ['right'], gap: valueGap, required: true };
    l.add(value);
    y += rowHeight(i) + gap;
  });

  const bottom = round(y - gap / 2);
  // the caveat right under the chart
  l.add({ key: 'est-caveat', at: [PAD, bottom + f * 0.2], lines: caveat, cls: 'note', sides: ['below-right'], gap: 0, required: true });
  const top = round(plotTop - f * 0.1);
  for (const v of ticks) {
    const zero = v === 0;
    const w = zero ? 1.5 : 1;
    l.bars.push({ key: zero ? 'axis-zero' : `grid-${v}`, kind: zero ? 'zero' : 'grid', x: round(x(v) - (zero ? 0 : w / 2)), y: top, width: w, height: round(bottom - top) });
  }
  l.bars.push(...bars);
}
