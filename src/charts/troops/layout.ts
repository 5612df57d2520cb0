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
import { LINE_EM, round, wrap, type Box, type Point } from '../shared/text';

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

export type MarkKind = 'troop' | 'csto' | 'estimate' | 'capital' | 'city' | 'site' | 'legend';

export interface Mark {
  key: string;
  kind: MarkKind;
  x: number;
  y: number;
  r: number;
  opacity: number;
}

export type Label = SharedLabel<'country' | 'neighbour' | 'reason' | 'place' | 'note' | 'value' | 'heading' | 'crimea'>;

export interface Rule {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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
  rules: Rule[];
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
  rules: Rule[];
  obstacles: Box[];
  /** the one block of troop marks of the overviews */
  blockBox?: Box;
  cstoCentre: Point;
  legendAt: Point;
  estimateRows: Row[];
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

  // ---- the estimates (buildup): one row per estimate, never joined
  const estimates = buildupRows(input, state === 'buildup');
  marks.push(...estimates.marks);

  // ---- legend dot, bottom left
  const legendAt: Point = [PAD + r + 2, HEIGHT - PAD - FONT.compact * 0.6];
  marks.push({ key: 'legend', kind: 'legend', x: legendAt[0], y: round(legendAt[1]), r, opacity: troopsShown || cstoShown ? 1 : 0 });

  return { view, at, r, marks, rules: [...estimates.rules], obstacles, blockBox, cstoCentre, legendAt, estimateRows: estimates.rows };
}

/**
 * One label set of one state in the making: the requests in order of importance (the placer
 * takes them one by one), and the labels that several states share, each with its usual sides.
 */
class LabelSet {
  readonly requests: LabelRequest[] = [];
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
  l.add(...estimateLabels(l.strings, l.size, l.geo.estimateRows));
}

function ukraineBorderLabels(l: LabelSet): void {
  l.corner('total-ukraine', l.ukraineTotal(WIDTH * 0.66), 'value', 'top-left', { key: 'schematic', lines: l.wrapped('troops.schematic', WIDTH * 0.66) });
  l.legend();
  l.place('kyiv', [l.s('place.kyiv')], ['left', 'below', 'above', 'right']);
  l.crimea(['right', 'above-right', 'below-right', 'left', 'below-left', 'below'], true);
  l.country('ukraine', ['center', 'below', 'above']);
  l.held(['above-left', 'left', 'above', 'below-left'], true);
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
  for (const size of ['compact', 'wide'] as const) {
    const set = new LabelSet(input, strings, geo, size);
    STATE_LABELS[state](set);
    labels[size] = place(set.requests, geo.obstacles, FONT[size]);
  }
  return {
    state,
    view: geo.view,
    mapOpacity: state === 'buildup' ? 0.25 : 1,
    focus: focusOf(state),
    crimea: state === 'buildup' ? 0 : 1,
    marks: geo.marks,
    rules: geo.rules,
    labels,
  };
}

/* ---------- the chart of estimates ---------- */

interface Row {
  id: string;
  top: number;
  dot: Point;
}

/** The compact heading and caveat take up to two lines each; the wide set needs less. */
const CHART = {
  left: PAD + 4,
  right: WIDTH - PAD - 4,
  top: PAD + 2 * FONT.compact * LINE_EM + 6,
  bottom: HEIGHT - PAD - 2 * FONT.compact * LINE_EM - 8,
};

/**
 * One row per estimate, in date order: the label (who, when, what it counts) on one line, the
 * dot on the line below at its value on a scale from zero shared by all rows. Rows keep the
 * estimates apart, so they cannot be read as one series: they count different forces.
 * The rows are the same for both label sets, since the marks are shared.
 */
function buildupRows(input: TroopsInput, shown: boolean): { marks: Mark[]; rules: Rule[]; rows: Row[] } {
  const max = Math.max(...input.estimates.map((e) => e.value));
  const x = (v: number) => CHART.left + ((CHART.right - CHART.left) * v) / max;
  const rowH = (CHART.bottom - CHART.top) / input.estimates.length;
  const rows: Row[] = input.estimates.map((e, i) => {
    const top = CHART.top + i * rowH;
    return { id: e.id, top: round(top), dot: [round(x(e.value)), round(top + FONT.compact * LINE_EM + 21)] };
  });
  const marks: Mark[] = rows.map((r) => ({ key: `e-${r.id}`, kind: 'estimate', x: r.dot[0], y: r.dot[1], r: 8, opacity: shown ? 1 : 0 }));
  const rules: Rule[] = shown
    ? [
        { key: 'axis-zero', x1: CHART.left, y1: CHART.top, x2: CHART.left, y2: round(CHART.bottom) },
        ...rows.map((r) => ({ key: `row-${r.id}`, x1: CHART.left, y1: r.dot[1], x2: CHART.right, y2: r.dot[1] })),
      ]
    : [];
  return { marks, rules, rows };
}

function estimateLabels(strings: Strings, size: SizeClass, rows: Row[]): LabelRequest[] {
  const f = FONT[size];
  const s = (key: string) => strings[key] ?? key;
  const req: LabelRequest[] = [
    { key: 'est-heading', at: [PAD, PAD], lines: wrap(s('troops.est.heading'), f, WIDTH - 2 * PAD), cls: 'heading', sides: ['below-right'], gap: 0, required: true },
    { key: 'est-caveat', at: [PAD, HEIGHT - PAD], lines: wrap(s('troops.est.caveat'), f, WIDTH - 2 * PAD), cls: 'note', sides: ['above-right'], gap: 0, required: true },
  ];
  for (const row of rows) {
    req.push({ key: `est-row-${row.id}`, at: [CHART.left + 2, row.top], lines: wrap(s(`troops.est.label.${row.id}`), f, CHART.right - CHART.left), cls: 'place', sides: ['below-right'], gap: 0, required: true });
    // the value goes right of the dot, or left of it when the dot sits far right
    req.push({ key: `est-value-${row.id}`, at: row.dot, lines: [s(`troops.est.value.${row.id}`)], cls: 'value', sides: ['right', 'left'], gap: 10, required: true });
  }
  return req;
}
