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

/** What the layout needs from the map (all in base map units, from buildMap) */
export interface MapInput {
  countries: Record<FocusCountry | 'russia', { centroid: Point; box: Box }>;
  crimea: Point;
  places: Record<City | (typeof CLUSTERS)[number], Point>;
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

export type Label = SharedLabel<'country' | 'reason' | 'place' | 'note' | 'value' | 'heading' | 'crimea'>;

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

/** Split n marks over the clusters as evenly as possible (the first get the remainder). */
function split(n: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));
}

export function markCount(soldiers: number): number {
  return Math.round(soldiers / SOLDIERS_PER_MARK);
}


/* ---------- the scene ---------- */

export function layout(input: TroopsInput, strings: Strings, state: State): Scene {
  const { map } = input;
  const view = viewOf(state, map);
  const at = (p: Point) => apply(view, p);
  const nUkraine = markCount(input.ukraine);
  const nCsto = markCount(input.csto);
  const s = (key: string) => strings[key] ?? key;
  // Marks keep one size within a state, so that 100 and 2 compare at one scale; the zoomed
  // states draw them larger than the overviews.
  const r = state === 'kazakhstan' ? 7 : state === 'ukraine-border' ? 5 : 3.6;
  const pitch = r * 2.6;

  // ---- CSTO marks just above Almaty; their total goes under them in the comparison
  const almaty = at(map.places.almaty);
  const cstoCentre: Point = [almaty[0], almaty[1] - 8 - r * 1.5];
  const cstoLabelGap = 12;

  // ---- troop marks near Ukraine: schematic clusters, or one block in the overviews
  const troopPositions: Point[] = [];
  const obstacles: Box[] = [];
  const troopsShown = state === 'ukraine-border' || state === 'two-fronts';
  let blockBox: Box | undefined;
  if (state === 'two-fronts' || state === 'neighbourhood') {
    // one tall block along Ukraine's eastern border, on the Russian side (narrow, so that it
    // stays west of Kazakhstan)
    const u = map.countries.ukraine;
    const cols = 6;
    const centre = at([u.box[1][0] + (cols / 2) * pitch + 4, u.centroid[1]]);
    // On a phone the CSTO total runs west under Almaty's marks, at about the latitude where the
    // block ends: lifted to end a line above it, the block is not read as that label's owner.
    // Marks are shared by both label sets, so the phone's (larger) line height decides.
    const clearUntil = cstoCentre[1] + cstoLabelGap - FONT.compact * LINE_EM;
    centre[1] -= Math.max(0, gridBox(centre, nUkraine, cols, pitch, r)[1][1] - clearUntil);
    blockBox = gridBox(centre, nUkraine, cols, pitch, r);
    troopPositions.push(...grid(centre, nUkraine, cols, pitch));
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
  const citiesShown: Record<State, City[]> = {
    neighbourhood: [],
    buildup: [],
    'ukraine-border': ['kyiv'],
    kazakhstan: ['almaty'],
    stakes: ['nur-sultan', 'almaty', 'zhanaozen', 'baikonur'],
    'two-fronts': ['almaty'],
  };
  for (const city of CITIES) {
    const [x, y] = at(map.places[city]);
    const visible = citiesShown[state].includes(city);
    const kind = map.placeKinds[city];
    marks.push({ key: `p-${city}`, kind, x: round(x), y: round(y), r: kind === 'city' ? 5.5 : 6, opacity: visible ? 1 : 0 });
    if (visible) obstacles.push([[x - 8, y - 8], [x + 8, y + 8]]);
  }

  // ---- the estimates (buildup): one row per estimate, never joined
  const estimates = buildupRows(input, state === 'buildup');
  marks.push(...estimates.marks);
  const rules: Rule[] = [...estimates.rules];

  // ---- legend dot, bottom left
  const legendShown = troopsShown || cstoShown;
  const legendAt: Point = [PAD + r + 2, HEIGHT - PAD - FONT.compact * 0.6];
  marks.push({ key: 'legend', kind: 'legend', x: legendAt[0], y: round(legendAt[1]), r, opacity: legendShown ? 1 : 0 });

  const labels = {} as Record<SizeClass, Label[]>;
  for (const size of ['compact', 'wide'] as const) {
    const f = FONT[size];
    const lh = f * LINE_EM;
    const req: LabelRequest[] = [];
    const wrapped = (key: string, width: number, bold = false) => wrap(s(key), f, width, bold);
    const countryLabel = (c: FocusCountry | 'russia', sides: Side[], reason?: string, required = true) => {
      const text = [s(`map.country.${c}`), ...(reason ? wrapped(reason, size === 'compact' ? f * 8 : f * 17) : [])];
      req.push({ key: `country-${c}`, at: at(map.countries[c].centroid), lines: text, cls: 'country', sides, required });
    };
    const legend = () => {
      req.push({ key: 'legend', at: [legendAt[0] + r + 6, legendAt[1]], lines: [s('troops.legend.mark')], cls: 'note', sides: ['right'], gap: 0, required: true });
    };
    /** a block of text in a corner, and optionally a note right under it */
    const corner = (key: string, lines: string[], cls: Label['cls'], corner: 'top-left' | 'top-right', note?: { key: string; lines: string[] }) => {
      const x = corner === 'top-left' ? PAD : WIDTH - PAD;
      const side: Side = corner === 'top-left' ? 'below-right' : 'below-left';
      req.push({ key, at: [x, PAD], lines, cls, sides: [side], gap: 0, required: true });
      if (note) req.push({ key: note.key, at: [x, PAD + lines.length * lh + f * 0.25], lines: note.lines, cls: 'note', sides: [side], gap: 0, required: true });
    };
    const crimea = (sides: Side[], required = false) =>
      req.push({ key: 'crimea', at: at(map.crimea), lines: wrapped('map.crimea', f * 11), cls: 'crimea', sides, gap: f * 0.6, required });
    const cstoTotal = (width: number, sides: Side[]) =>
      req.push({ key: 'total-csto', at: cstoCentre, lines: [...wrapped('troops.csto.total', width, true), ...wrapped('troops.csto.who', width, true)], cls: 'value', sides, gap: cstoLabelGap, required: true });
    const ukraineTotal = () =>
      corner('total-ukraine', [...wrapped('troops.ukraine.total', WIDTH * 0.66, true), ...wrapped('troops.ukraine.who', WIDTH * 0.66, true)], 'value', 'top-left', {
        key: 'schematic',
        lines: wrapped('troops.schematic', WIDTH * 0.66),
      });

    switch (state) {
      case 'neighbourhood':
        countryLabel('kazakhstan', ['center', 'below', 'above'], 'troops.reason.kazakhstan');
        countryLabel('belarus', ['above', 'above-right', 'above-left', 'left', 'right'], 'troops.reason.belarus');
        countryLabel('ukraine', ['below', 'below-right', 'right', 'left'], 'troops.reason.ukraine');
        countryLabel('russia', ['center', 'above', 'below', 'right']);
        crimea(['below', 'below-right', 'below-left', 'left']);
        break;
      case 'buildup':
        req.push(...estimateLabels(strings, size, estimates.rows));
        break;
      case 'ukraine-border':
        ukraineTotal();
        legend();
        req.push({ key: 'place-kyiv', at: at(map.places.kyiv), lines: [s('place.kyiv')], cls: 'place', sides: ['left', 'below', 'above', 'right'], required: true });
        crimea(['right', 'above-right', 'below-right', 'left', 'below-left', 'below'], true);
        countryLabel('ukraine', ['center', 'below', 'above']);
        break;
      case 'kazakhstan': {
        legend();
        const panel = [s('troops.csto.heading'), ...['armenia', 'kyrgyzstan', 'tajikistan', 'belarus', 'russia'].map((c) => s(`troops.csto.line.${c}`))];
        if (size === 'compact') {
          corner('contingents', panel, 'note', 'top-left', { key: 'press', lines: wrapped('troops.csto.press', WIDTH - 2 * PAD) });
        } else {
          corner('contingents', panel, 'note', 'top-left');
          corner('press', wrapped('troops.csto.press', WIDTH * 0.42), 'note', 'top-right');
        }
        cstoTotal(size === 'compact' ? WIDTH * 0.72 : WIDTH * 0.5, ['above-left', 'left', 'below-left', 'above', 'below']);
        countryLabel('kazakhstan', ['center', 'below', 'above', 'left'], undefined, false);
        break;
      }
      case 'stakes': {
        corner('russians', [...wrapped('troops.stakes.russians', WIDTH - 2 * PAD), ...wrapped('troops.stakes.census', WIDTH - 2 * PAD)], 'note', 'top-left');
        const place = (city: City, sides: Side[]) => {
          const w = size === 'compact' ? WIDTH * 0.4 : WIDTH * 0.3;
          req.push({ key: `place-${city}`, at: at(map.places[city]), lines: [s(`place.${city}`), ...wrapped(`troops.place.${city}`, w)], cls: 'place', sides, required: true });
        };
        place('nur-sultan', ['above', 'right', 'left', 'below']);
        place('baikonur', ['above', 'above-right', 'above-left', 'below']);
        place('zhanaozen', ['right', 'below-right', 'above-right', 'above']);
        place('almaty', ['above-left', 'above', 'left', 'below-left', 'below']);
        countryLabel('kazakhstan', ['center', 'below', 'above'], undefined, false);
        break;
      }
      case 'two-fronts': {
        legend();
        req.push({ key: 'schematic', at: [PAD, legendAt[1] - f], lines: wrapped('troops.schematic', WIDTH * 0.72), cls: 'note', sides: ['above-right'], gap: 0, required: true });
        const block = blockBox!;
        const total = [...wrapped('troops.ukraine.total', WIDTH * 0.68, true), ...wrapped('troops.ukraine.who', WIDTH * 0.68, true)];
        req.push({ key: 'total-ukraine', at: [block[1][0] - 2 * r, block[0][1]], lines: total, cls: 'value', sides: ['above-right', 'above', 'above-left'], gap: 6, required: true });
        cstoTotal(size === 'compact' ? WIDTH * 0.72 : WIDTH * 0.5, ['below-left', 'below', 'left', 'above-left', 'above']);
        countryLabel('ukraine', ['center', 'left', 'below'], undefined, false);
        countryLabel('kazakhstan', ['center', 'above', 'below'], undefined, false);
        crimea(['below', 'below-left', 'below-right']);
        break;
      }
    }
    labels[size] = place(req, obstacles, f);
  }

  const focus: Record<FocusCountry, number> = {
    belarus: state === 'neighbourhood' ? 1 : 0,
    ukraine: ['neighbourhood', 'ukraine-border', 'two-fronts', 'buildup'].includes(state) ? 1 : 0,
    kazakhstan: ['neighbourhood', 'kazakhstan', 'stakes', 'two-fronts'].includes(state) ? 1 : 0,
  };
  return {
    state,
    view,
    mapOpacity: state === 'buildup' ? 0.25 : 1,
    focus,
    crimea: state === 'buildup' ? 0 : 1,
    marks,
    rules,
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
