/**
 * The Nord Stream map and its timeline as a pure function: (input, strings, state) → scene. No
 * DOM, no Astro, no d3-geo: the routes, landfalls and countries come in projected onto the base
 * map (data.ts, build time), so this runs in Node and in tests alike.
 *
 * The drawing is the map (the top MAP_H units, as wide as the figure) over the timeline strip.
 * Each state frames the map on its own part of the base map (VIEWS: the Baltic, the critics
 * with the route, Germany and Austria): the scene's `frame` scales and moves the base map into
 * the map area, and everything the state draws on the map is placed in that frame. The strip
 * (timeline.ts) has every letter, statement and measure as a dated mark in its lane; the state's
 * own are highlighted and labelled. Labels come in two sets, `compact` (graphic narrower than
 * WIDE_MIN_PX) and `wide`, as in the troops map: font sizes in viewBox units that render at
 * ≥ 12.8 CSS px at the narrowest width of a set.
 */
import { place as placeLabels, type Frame, type Label as SharedLabel, type LabelRequest as SharedRequest, type Side } from '../shared/labels';
import { LINE_EM, round, textWidth, wrap, type Box, type Point } from '../shared/text';
import { LANES, placeCallouts, timeAxis, type Lane, type TimelineItem, type Tone } from './timeline';

export const WIDTH = 700;
/** the map's height: the strip takes the rest */
export const MAP_H = 340;
export const HEIGHT = 640;
/** the container width (CSS px) from which the wide labels are shown */
export const WIDE_MIN_PX = 600;
/** narrowest container each label set is made for (phones: 320 px wide) */
export const MIN_PX = { compact: 320, wide: WIDE_MIN_PX } as const;
/** label font size in viewBox units: 12.8 px at the narrowest width of the set */
export const FONT = { compact: 28, wide: 15 } as const;
const PAD = 8;
/** the map area: labels placed on the map stay in it */
export const FRAME: Frame = { width: WIDTH, height: MAP_H, pad: PAD };

export const STATES = ['route', 'status', 'critics', 'germany', 'sanctions'] as const;
export type State = (typeof STATES)[number];
export type SizeClass = keyof typeof FONT;
export const SIZES = ['compact', 'wide'] as const satisfies readonly SizeClass[];

/** What each state frames, [[west, south], [east, north]]: the base map (data.ts) holds them all. */
export const VIEWS: Record<State, [[number, number], [number, number]]> = {
  route: [[10.5, 53.4], [30.5, 61.0]],
  status: [[10.5, 53.4], [30.5, 61.0]],
  // the Baltic critics and Poland beside the whole route
  critics: [[12.0, 48.9], [30.5, 60.6]],
  // Germany and Austria whole, Lubmin and the western Baltic
  germany: [[5.6, 46.2], [20.5, 56.0]],
  sanctions: [[10.5, 53.4], [30.5, 61.0]],
};

export const PIPELINES = ['nord-stream-2', 'nord-stream-1'] as const;
export type PipelineId = (typeof PIPELINES)[number];
export const LANDFALLS = ['kurgalsky', 'portovaya', 'lubmin'] as const;
export type Landfall = (typeof LANDFALLS)[number];
/** the places the map names: the landfalls and Bornholm, south-east of which it crosses Danish waters */
export const PLACES = [...LANDFALLS, 'bornholm'] as const;
export type PlaceId = (typeof PLACES)[number];
/** the states whose waters Nord Stream 2 crosses: named on the map, no zones drawn (world-atlas has no maritime zones) */
export const WATERS = ['russia', 'finland', 'sweden', 'denmark', 'germany'] as const;

export type Stance = 'opposes' | 'supports';
export type CountryStyle = Stance | 'none';

export type Form = 'letter' | 'open-letter' | 'joint-statement' | 'statement' | 'interview' | 'sanctions';

export interface PositionInput {
  id: string;
  actors: string[];
  stance: Stance;
  form: Form;
  date: string;
}

export type EventKind = 'opened' | 'completed' | 'suspended' | 'sanctions' | 'waiver' | 'agreement' | 'threat' | 'vote' | 'halt';

export interface EventInput {
  id: string;
  kind: EventKind;
  date: string;
  later: boolean;
}

/** What the layout needs from the map, in the base map's units (from buildMap) */
export interface MapInput {
  /** each pipeline's projected course, from its first landfall to its last */
  routes: Record<PipelineId, Point[]>;
  places: Record<PlaceId, Point>;
  /** every country with a shape on the base map; `inner`: points in it (shared/map/geometry.ts) */
  countries: Record<string, { centroid: Point; box: Box; inner: Point[] }>;
  /** each state's view (VIEWS), projected */
  views: Record<State, Box>;
}

export interface NordstreamInput {
  map: MapInput;
  /** in date order */
  positions: PositionInput[];
  /** in date order */
  events: EventInput[];
}

/** Every visible string, already translated and formatted (keys: see data.ts) */
export type Strings = Record<string, string>;

export type LabelClass = 'country' | 'place' | 'route' | 'note' | 'heading' | 'item' | 'lane' | 'tick' | 'callout' | 'callout-date' | 'later';
/** a label; a callout on one line leads with its date, in bold (`lead`), the words flowing after it */
export type Label = SharedLabel<LabelClass> & { lead?: string };
type LabelRequest = SharedRequest<LabelClass>;

export type MarkKind = 'landfall' | 'swatch-opposes' | 'swatch-supports' | `tl-${Lane}`;

export interface Mark {
  key: string;
  kind: MarkKind;
  x: number;
  y: number;
  /** radius, or half the side of a square symbol */
  r: number;
  /** a timeline mark: who acted */
  tone?: Tone;
  /** a timeline mark reported after 10 January 2022: drawn hollow */
  later?: boolean;
}

export interface Rule {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Layer {
  marks: Mark[];
  rules: Rule[];
  labels: Label[];
}

/** The base map into the map area: scaled by k about the origin, then moved by (x, y). */
export interface MapFrame {
  k: number;
  x: number;
  y: number;
}

export interface Scene {
  state: State;
  frame: MapFrame;
  /** opacity of the pipelines */
  routeOpacity: number;
  /** how each country in the view is marked: hatched (opposes), dotted (supports) or not at all */
  countries: Record<string, CountryStyle>;
  /** Nord Stream 2 drawn hollow: built but not in operation */
  idle: boolean;
  layers: Record<SizeClass, Layer>;
}

const BOLD = new Set<LabelClass>(['heading', 'lane', 'callout-date']);
/** country and route labels are bold on their first line only */
const bold = (cls: LabelClass, line: number) => BOLD.has(cls) || ((cls === 'country' || cls === 'route') && line === 0);

/* ---------- the frame ---------- */

/** The frame that fits a view (projected) into the map area, centred, kept whole. */
export function frameOf(view: Box): MapFrame {
  const [[x0, y0], [x1, y1]] = view;
  const k = Math.min(WIDTH / (x1 - x0), MAP_H / (y1 - y0));
  return { k: round4(k), x: round((WIDTH - k * (x1 - x0)) / 2 - k * x0), y: round((MAP_H - k * (y1 - y0)) / 2 - k * y0) };
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** The map input as the frame shows it: every point and box in drawing units; boxes cut to the map area. */
export function framed(map: MapInput, f: MapFrame): MapInput {
  const p = ([x, y]: Point): Point => [f.x + f.k * x, f.y + f.k * y];
  const cut = ([[x0, y0], [x1, y1]]: Box): Box => [[Math.max(x0, 0), Math.max(y0, 0)], [Math.min(x1, WIDTH), Math.min(y1, MAP_H)]];
  const countries = Object.fromEntries(
    Object.entries(map.countries)
      .map(([c, { centroid, box, inner }]) => [c, { centroid: p(centroid), box: cut([p(box[0]), p(box[1])]), inner: inner.map(p).filter(([x, y]) => x >= 0 && x <= WIDTH && y >= 0 && y <= MAP_H) }] as const)
      // in view: a piece of it at least a tenth of the map's height across
      .filter(([, { box }]) => box[1][0] - box[0][0] > MAP_H / 10 && box[1][1] - box[0][1] > MAP_H / 10),
  );
  return {
    routes: Object.fromEntries(PIPELINES.map((id) => [id, map.routes[id].map(p)])) as MapInput['routes'],
    places: Object.fromEntries(PLACES.map((id) => [id, p(map.places[id])])) as MapInput['places'],
    countries,
    views: map.views,
  };
}

/* ---------- stances ---------- */

const SHOWN: Partial<Record<State, Stance>> = { critics: 'opposes', germany: 'supports' };

/**
 * The style each country in the state's view gets, from the stances in the data: the actors of
 * the positions the state shows (critics: those against, germany: those for). A country named in
 * positions of both kinds takes the stance of its latest one.
 */
export function countryStyles(input: NordstreamInput, state: State): Record<string, CountryStyle> {
  return stanceStyles(input, Object.keys(framed(input.map, frameOf(input.map.views[state])).countries), state);
}

/** The styles of the given countries (those a frame shows) in a state. */
function stanceStyles(input: NordstreamInput, countries: string[], state: State): Record<string, CountryStyle> {
  const shown = SHOWN[state];
  const latest = new Map<string, Stance>();
  for (const p of input.positions) for (const actor of p.actors) latest.set(actor, p.stance);
  return Object.fromEntries(countries.map((c) => [c, shown && latest.get(c) === shown ? shown : 'none']));
}

/* ---------- the timeline's data ---------- */

const LANE_OF_FORM: Record<Form, Lane> = { letter: 'letter', 'open-letter': 'letter', 'joint-statement': 'statement', statement: 'statement', interview: 'statement', sanctions: 'measure' };
/** The pipeline's own milestones (opened, completed) are no part of the dispute: the status state's text and the table have them. */
const LANE_OF_KIND: Partial<Record<EventKind, Lane>> = { agreement: 'statement', sanctions: 'measure', waiver: 'measure', threat: 'measure', vote: 'measure', suspended: 'measure', halt: 'measure' };
const TONE_OF_KIND: Partial<Record<EventKind, Tone>> = { agreement: 'us', sanctions: 'us', waiver: 'us', threat: 'us', vote: 'us', suspended: 'authority', halt: 'authority' };
/** The events each state highlights; positions are highlighted by their stance (SHOWN). */
const HIGHLIGHT: Record<State, EventKind[]> = { route: [], status: ['suspended', 'halt'], critics: [], germany: [], sanctions: ['sanctions', 'waiver', 'agreement', 'threat', 'vote'] };

export interface DatedItem extends TimelineItem {
  /** the strings of its label: `${text}.date`, `${text}.short` */
  text: string;
  kind: EventKind | Form;
}

/** Every letter, statement and measure of the dispute, in date order. */
export function timelineItems(input: NordstreamInput): DatedItem[] {
  const positions: DatedItem[] = input.positions.map((p) => ({ key: `position-${p.id}`, lane: LANE_OF_FORM[p.form], date: p.date, tone: p.stance, later: p.date > LATEST, text: `position.${p.id}`, kind: p.form }));
  const events: DatedItem[] = input.events.flatMap((e) => {
    const lane = LANE_OF_KIND[e.kind];
    return lane ? [{ key: `event-${e.id}`, lane, date: e.date, tone: TONE_OF_KIND[e.kind]!, later: e.later, text: `event.${e.id}`, kind: e.kind }] : [];
  });
  return [...positions, ...events].sort((a, b) => a.date.localeCompare(b.date));
}

/** The day of the explainer: positions after it are drawn as later (events say so themselves). */
const LATEST = '2022-01-10';

/** The items a state highlights. */
export function highlighted(items: DatedItem[], state: State): DatedItem[] {
  const stance = SHOWN[state];
  return items.filter((i) => (i.key.startsWith('position-') ? stance !== undefined && i.tone === stance : HIGHLIGHT[state].includes(i.kind as EventKind)));
}

/* ---------- geometry helpers ---------- */

/** Points every `step` units along a polyline: obstacles for labels and anchors along a route. */
export function along(points: Point[], step: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k < n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  out.push(points.at(-1)!);
  return out;
}

const around = ([x, y]: Point, r: number): Box => [[x - r, y - r], [x + r, y + r]];

/* ---------- the scene ---------- */

interface Ctx {
  size: SizeClass;
  f: number;
  lh: number;
  /** a string the layout needs (its key when missing, which tests catch) */
  s: (key: string) => string;
  req: LabelRequest[];
  marks: Mark[];
  rules: Rule[];
  obstacles: Box[];
  /** the timeline's labels, placed by placeCallouts */
  callouts: Label[];
}

/** A string wrapped to a width, less a little slack: text widths are estimated. */
function lines(ctx: Ctx, key: string, width: number, boldText = false): string[] {
  return wrap(ctx.s(key), ctx.f, width - ctx.f * 0.6, boldText);
}

/** A block of text whose top-left (or top-right) corner is given: placed exactly, required. */
function block(ctx: Ctx, key: string, at: Point, text: string[], cls: LabelClass, align: 'left' | 'right' = 'left', lang?: string): number {
  ctx.req.push({ key, at, lines: text, cls, sides: [align === 'left' ? 'below-right' : 'below-left'], gap: 0, required: true, ...(lang ? { lang } : {}) });
  return text.length * ctx.lh;
}

/** A square swatch with its legend text. */
function swatch(ctx: Ctx, key: string, kind: MarkKind, at: Point, text: string[], cls: LabelClass): number {
  const r = ctx.f * 0.4;
  ctx.marks.push({ key, kind, x: round(at[0] + r), y: round(at[1] + ctx.lh / 2), r: round(r) });
  block(ctx, `${key}-text`, [at[0] + 2 * r + ctx.f * 0.4, at[1]], text, cls);
  return text.length * ctx.lh;
}

function landfallMarks(ctx: Ctx, input: NordstreamInput, which: readonly Landfall[]): void {
  for (const l of which) {
    const p = input.map.places[l];
    ctx.marks.push({ key: `landfall-${l}`, kind: 'landfall', x: round(p[0]), y: round(p[1]), r: 5 });
    ctx.obstacles.push(around(p, 7));
  }
}

const PLACE_SIDES: Record<PlaceId, Side[]> = {
  kurgalsky: ['below-left', 'below', 'below-right', 'left'],
  portovaya: ['above-left', 'above', 'left', 'above-right'],
  lubmin: ['below', 'below-right', 'below-left', 'left'],
  bornholm: ['above', 'above-right', 'right', 'left'],
};

/** The wide map has room above Lubmin, over the coast: there the name keeps clear of "Germany" beside it. */
const WIDE_SIDES: Partial<Record<PlaceId, Side[]>> = { lubmin: ['below', 'above-left', 'below-right', 'below-left', 'left'] };

function namePlaces(ctx: Ctx, input: NordstreamInput, which: readonly PlaceId[], required = true): void {
  // on phones the landfalls at the end of the Gulf of Finland are close: their names wrap
  const width = ctx.size === 'wide' ? WIDTH : WIDTH * 0.36;
  for (const l of which) {
    // clear of the landfall's dot (radius 5, kept 7 free)
    ctx.req.push({ key: `place-${l}`, at: input.map.places[l], lines: lines(ctx, `place.${l}`, width), cls: 'place', sides: (ctx.size === 'wide' && WIDE_SIDES[l]) || PLACE_SIDES[l], gap: Math.max(ctx.f * 0.45, 10), required });
  }
}

/** How many of a country's points its name is tried at: enough to get round the labels near its centre. */
const COUNTRY_LABEL_TRIES = 24;

/**
 * A country's name on its shape, with lines under it: `below` gives ways to break them, tried in
 * turn (the dates on one line, then one per line).
 */
function countryLabel(ctx: Ctx, input: NordstreamInput, c: string, below: string[][] = [[]], required = true): void {
  const shape = input.map.countries[c];
  if (!shape) return;
  // the centroid of the clipped shape, kept a label's width inside the view
  const centre: Point = [Math.min(Math.max(shape.centroid[0], PAD + 40), WIDTH - PAD - 40), Math.min(Math.max(shape.centroid[1], PAD + 20), MAP_H - PAD - 20)];
  // The name stands on a point of the country, the nearest to its centre first: points taken
  // from its box put Sweden's name on Latvia, across the Baltic, and Finland's on Russia.
  const inside = [...shape.inner].sort((a, b) => Math.hypot(a[0] - centre[0], a[1] - centre[1]) - Math.hypot(b[0] - centre[0], b[1] - centre[1])).slice(0, COUNTRY_LABEL_TRIES);
  const [at, ...also] = inside.length ? inside : [centre];
  const [first, ...others] = below.map((lines) => [ctx.s(`map.country.${c}`), ...lines]);
  // centred names keep a fifth of their width clear of the edges: bold names run wider than estimated
  const half = (textWidth(first![0]!, ctx.f, true) / 2) * 1.2 + PAD;
  const clamp = ([x, y]: Point): Point => [Math.min(Math.max(x, half), WIDTH - half), y];
  ctx.req.push({ key: `country-${c}`, at: clamp(at!), also: also.map(clamp), lines: first!, variants: others, cls: 'country', sides: ['center', 'below', 'above', 'right', 'left'], required });
}

/** The route label: tried at points along the middle part of the line, on either side. */
function routeLabel(ctx: Ctx, key: string, route: Point[], text: string[], sides: Side[], from = 0.35, to = 0.75, variants: string[][] = []): void {
  const points = along(route, 30);
  const middle = points.slice(Math.floor(points.length * from), Math.ceil(points.length * to));
  ctx.req.push({ key, at: middle[0]!, also: middle.slice(1), lines: text, variants, cls: 'route', sides, gap: ctx.f * 0.5, required: true });
}

function routeObstacles(ctx: Ctx, input: NordstreamInput): void {
  for (const id of PIPELINES) for (const p of along(input.map.routes[id], 6)) ctx.obstacles.push(around(p, 3));
}

type Item = [key: string, text: string[], cls: LabelClass];

/** Text blocks stacked top-down from y. */
function stack(ctx: Ctx, x: number, y: number, items: Item[], align: 'left' | 'right' = 'left'): void {
  let top = y;
  for (const [key, text, cls] of items) top += block(ctx, key, [x, top], text, cls, align) + ctx.f * 0.3;
}

/** Text blocks stacked so that the last ends at the bottom of the view. */
function stackUp(ctx: Ctx, x: number, items: Item[], align: 'left' | 'right' = 'left'): void {
  const height = items.reduce((h, [, text]) => h + text.length * ctx.lh + ctx.f * 0.3, 0);
  stack(ctx, x, MAP_H - PAD - height, items, align);
}

function routeState(ctx: Ctx, input: NordstreamInput, idle: boolean): void {
  const { map } = input;
  const wide = ctx.size === 'wide';
  routeObstacles(ctx, input);
  landfallMarks(ctx, input, LANDFALLS);
  const panel = wide ? WIDTH * 0.36 : WIDTH * 0.42;
  const schematic = lines(ctx, 'nordstream.schematic', wide ? WIDTH * 0.5 : WIDTH - 2 * PAD);
  const g = stripGeometry(ctx);
  if (!idle && wide) {
    stack(ctx, PAD, PAD, [
      ['owner', lines(ctx, 'nordstream.owner', panel), 'note'],
      ['waters', lines(ctx, 'nordstream.waters', panel), 'note'],
    ]);
    ctx.req.push({ key: 'schematic', at: [WIDTH - PAD, MAP_H - PAD], lines: schematic, cls: 'note', sides: ['above-left'], gap: 0, required: true });
  } else if (!idle) {
    // phones: the owner low on the right, over Russia; the caveat and the waters under the
    // timeline's lanes, where this state has no callouts, as far as they fit (the waters are
    // named on the map too, where there is room, and in the description)
    stackUp(ctx, WIDTH - PAD, [['owner', lines(ctx, 'nordstream.owner', panel), 'note']], 'right');
    let top = g.calloutTop;
    for (const [key, text] of [['schematic', schematic], ['waters', lines(ctx, 'nordstream.waters', WIDTH - 2 * PAD)]] as const) {
      if (top + text.length * ctx.lh > HEIGHT - PAD) break;
      ctx.callouts.push(textLabel(key, 'note', text, [PAD, top], Math.max(...text.map((l) => textWidth(l, ctx.f))), ctx));
      top += text.length * ctx.lh + ctx.f * 0.2;
    }
  } else if (wide) {
    stack(ctx, PAD, PAD, [
      ['completed', lines(ctx, 'nordstream.status.completed', panel, true), 'heading'],
      ['idle', lines(ctx, 'nordstream.status.idle', panel), 'item'],
      ['certification', lines(ctx, 'nordstream.status.certification', panel, true), 'heading'],
      ['why', lines(ctx, 'nordstream.status.why', panel), 'note'],
    ]);
    ctx.req.push({ key: 'schematic', at: [WIDTH - PAD, MAP_H - PAD], lines: schematic, cls: 'note', sides: ['above-left'], gap: 0, required: true });
  } else {
    // phones: the completion over Scandinavia ("not in operation" is on the line); the
    // suspension is a callout in the timeline
    stack(ctx, PAD, PAD, [['completed', lines(ctx, 'nordstream.status.completed', panel, true), 'heading'], ['schematic', lines(ctx, 'nordstream.schematic', panel), 'note']]);
  }
  namePlaces(ctx, input, idle ? ['lubmin'] : LANDFALLS);
  const width = wide ? WIDTH * 0.3 : WIDTH * 0.5;
  const ns2Lines = (w: number) => [ctx.s('nordstream.ns2.label'), ...lines(ctx, idle ? 'nordstream.ns2.idle' : 'figures.nord-stream-2', w)];
  // on phones, where the text fits nowhere in its lines, it is broken narrower and taller
  const ns2Narrower = wide ? [] : [ns2Lines(width * 0.7)];
  routeLabel(ctx, 'route-ns2', map.routes['nord-stream-2'], ns2Lines(width), wide ? ['right', 'below-right', 'above-right'] : ['right', 'below-right', 'above-right', 'below', 'below-left'], wide ? 0.45 : 0.2, 0.8, ns2Narrower);
  // on phones, Nord Stream 1 gives its length only (its capacity is in the table)
  const ns1Detail = idle ? 'nordstream.ns1.running' : wide ? 'figures.nord-stream-1' : 'length.nord-stream-1';
  const ns1 = [ctx.s('nordstream.ns1.label'), ...lines(ctx, ns1Detail, width)];
  routeLabel(ctx, 'route-ns1', map.routes['nord-stream-1'], ns1, ['left', 'above-left', 'below-left'], 0.3, 0.9);
  if (!idle) {
    namePlaces(ctx, input, ['bornholm'], false);
    // named in the note above in any case; on the map where there is room
    for (const c of WATERS) countryLabel(ctx, input, c, [[]], wide);
  }
}

/**
 * Critics and supporters on the map: the countries of the state's stance hatched or dotted and
 * named, a legend, and (critics, wide) their case, low on the left. Who said what and when
 * is in the timeline strip, not over the map.
 */
function positionsState(ctx: Ctx, input: NordstreamInput, state: 'critics' | 'germany'): void {
  const wide = ctx.size === 'wide';
  // the input comes framed: its countries are those in view
  const styles = stanceStyles(input, Object.keys(input.map.countries), state);
  const marked = Object.keys(styles).filter((c) => styles[c] !== 'none');
  const colW = wide ? WIDTH * 0.4 : WIDTH * 0.5;
  const kind = state === 'critics' ? 'swatch-opposes' : 'swatch-supports';
  const x = state === 'germany' ? WIDTH * 0.62 : PAD;
  let y = PAD;
  y += swatch(ctx, 'legend', kind, [x, y], lines(ctx, `nordstream.${state}.heading`, colW - ctx.f * 1.2, true), 'heading') + ctx.f * 0.1;
  if (wide) block(ctx, 'legend-note', [x + ctx.f * 1.2, y], lines(ctx, `nordstream.${state}.legend`, colW - ctx.f * 1.2), 'note');
  // on phones the step's text says their case: the map keeps its room for the countries
  if (state === 'critics' && wide) {
    stackUp(ctx, PAD, [
      ['reason', lines(ctx, 'nordstream.critics.reason', colW), 'note'],
      ['transit', lines(ctx, 'nordstream.critics.transit', colW), 'note'],
    ]);
  }
  // the largest first: the small ones find room around it more easily than the other way round
  const area = (c: string) => { const [[x0, y0], [x1, y1]] = input.map.countries[c]!.box; return (x1 - x0) * (y1 - y0); };
  // Germany and Austria are what the germany state shows: named in any case
  for (const c of [...marked].sort((a, b) => area(b) - area(a))) countryLabel(ctx, input, c, [[]], state === 'germany');
  routeObstacles(ctx, input);
}

function sanctionsState(ctx: Ctx, input: NordstreamInput): void {
  const wide = ctx.size === 'wide';
  stack(ctx, PAD, PAD, [['sanctions-heading', lines(ctx, 'nordstream.sanctions.heading', wide ? WIDTH * 0.4 : WIDTH * 0.6, true), 'heading']]);
  routeObstacles(ctx, input);
  routeLabel(ctx, 'route-ns2', input.map.routes['nord-stream-2'], [ctx.s('nordstream.ns2.label')], ['right', 'below-right', 'above-right'], 0.45, 0.8);
}

/* ---------- the timeline strip ---------- */

/** Where the strip's parts lie in a label set: the year row, the lanes, the callouts below. */
function stripGeometry(ctx: Ctx) {
  const laneNames = LANES.map((l) => ctx.s(`nordstream.timeline.${l}`));
  const nameW = Math.max(...laneNames.map((n) => textWidth(n, ctx.f, true)));
  const r = ctx.f * 0.24;
  const top = MAP_H + ctx.f * 0.4;
  const axisY = top + ctx.lh;
  const laneH = ctx.lh;
  const laneY = (i: number) => axisY + ctx.f * 0.2 + laneH * (i + 0.5);
  const x0 = PAD + nameW + ctx.f * 0.6 + r;
  const x1 = WIDTH - PAD - r;
  // the highlighted marks are drawn larger (HIGHLIGHT_R): the axis keeps them apart at that size
  const markGap = 2 * r * HIGHLIGHT_R + 1;
  return { laneNames, r, top, axisY, laneY, x0, x1, markGap, calloutTop: laneY(LANES.length - 1) + laneH / 2 + ctx.f * 0.4 };
}

/** Each item's place in the strip: on its date in the axis of time and items (timeline.ts), in its lane. */
export function timelineMarks(input: NordstreamInput, size: SizeClass, strings: Strings): { item: DatedItem; x: number; y: number; r: number }[] {
  const ctx = context(size, strings);
  const g = stripGeometry(ctx);
  const items = timelineItems(input);
  const { places } = timeAxis(items.map((i) => i.date), [g.x0, g.x1], g.markGap);
  return items.map((item, k) => ({ item, x: round(places[k]!), y: round(g.laneY(LANES.indexOf(item.lane))), r: round(g.r) }));
}

/** A highlighted mark's radius against the others'. */
const HIGHLIGHT_R = 1.25;

/** The strip as every state shows it: year ticks, lane names, every mark in the lanes' grey. */
function stripBase(ctx: Ctx, input: NordstreamInput, strings: Strings): Layer {
  const g = stripGeometry(ctx);
  const items = timelineItems(input);
  const axis = timeAxis(items.map((i) => i.date), [g.x0, g.x1], g.markGap);
  const labels: Label[] = [];
  const rules: Rule[] = [{ key: 'axis', x1: round(g.x0 - g.r), y1: round(g.axisY), x2: round(g.x1 + g.r), y2: round(g.axisY) }];
  // Newest year first: a year near the end ends at the margin instead of leaving the drawing, and
  // an older year whose label that would then touch keeps its tick but loses its label.
  let leftmost = Number.POSITIVE_INFINITY;
  const tickRules: Rule[] = [];
  for (const t of [...axis.ticks].reverse()) {
    const w = textWidth(String(t.year), ctx.f);
    const atEnd = t.x + w / 2 > WIDTH - PAD;
    const label = atEnd ? textLabel(`tick-${t.year}`, 'tick', [String(t.year)], [WIDTH - PAD - w, g.top], w, ctx, 'end') : textLabel(`tick-${t.year}`, 'tick', [String(t.year)], [t.x - w / 2, g.top], w, ctx, 'middle');
    if (label.box[1][0] + ctx.f * 0.4 <= leftmost) {
      labels.unshift(label);
      leftmost = label.box[0][0];
    }
    tickRules.unshift({ key: `tick-${t.year}`, x1: round(t.x), y1: round(g.axisY), x2: round(t.x), y2: round(g.laneY(LANES.length - 1) + g.r) });
  }
  rules.push(...tickRules);
  g.laneNames.forEach((name, i) => labels.push(textLabel(`lane-${LANES[i]}`, 'lane', [name], [PAD, g.laneY(i) - ctx.lh / 2], textWidth(name, ctx.f, true), ctx)));
  const marks = timelineMarks(input, ctx.size, strings).map(({ item, x, y, r }): Mark => ({ key: item.key, kind: `tl-${item.lane}`, x, y, r, tone: item.tone, ...(item.later ? { later: true } : {}) }));
  return { marks, rules, labels };
}

/** A label whose box is known: its top-left corner, width and lines. */
function textLabel(key: string, cls: LabelClass, text: string[], [x, y]: Point, w: number, ctx: Ctx, anchor: 'start' | 'middle' | 'end' = 'start'): Label {
  const ax = anchor === 'start' ? x : anchor === 'middle' ? x + w / 2 : x + w;
  return { key, cls, lines: text, x: round(ax), y: round(y + ctx.f * 0.9), anchor, box: [[round(x), round(y)], [round(x + w), round(y + text.length * ctx.lh)]] };
}

/**
 * The state's own marks in the strip, larger and in their colours, and their callouts on one
 * line: the date (wide) and the short text, under the lanes on a leader (timeline.ts
 * placeCallouts). Items of one lane on one day share a callout (the three measures threatened on
 * 10 January). The newest matter most on the day of the explainer: where not all fit (phones),
 * the oldest callouts are left out first.
 */
function stripHighlights(ctx: Ctx, input: NordstreamInput, strings: Strings, state: State): void {
  const g = stripGeometry(ctx);
  const shown = new Set(highlighted(timelineItems(input), state).map((i) => i.key));
  const marks = timelineMarks(input, ctx.size, strings).filter((m) => shown.has(m.item.key));
  const groups = new Map<string, typeof marks>();
  for (const m of marks) {
    const id = `${m.item.lane}-${m.item.date}`;
    groups.set(id, [...(groups.get(id) ?? []), m]);
  }
  const wide = ctx.size === 'wide';
  // one line; or the date over the words, wrapped, which is narrower
  const maxW = wide ? WIDTH * 0.5 : WIDTH - 2 * PAD;
  const parts = new Map<string, { date: string; words: string; later: boolean }>();
  const stacked = (date: string, words: string) => [...(date ? [date] : []), ...wrap(words, ctx.f, maxW)];
  const requests = [...groups.entries()].map(([id, group]) => {
    const first = group[0]!.item;
    const words = group.length > 1 ? ctx.s(`nordstream.timeline.${first.kind}`) : ctx.s(`${first.text}.short`);
    const date = wide ? ctx.s(`${first.text}.date`) : '';
    parts.set(id, { date, words, later: first.later });
    const dateW = date ? textWidth(date, ctx.f, true) + ctx.f * 0.6 : 0;
    const lines = stacked(date, words);
    const sizes = [
      { w: dateW + textWidth(words, ctx.f), h: ctx.lh },
      { w: Math.max(...lines.map((l, i) => textWidth(l, ctx.f, date !== '' && i === 0))), h: lines.length * ctx.lh },
    ];
    const x = group.reduce((sum, m) => sum + m.x, 0) / group.length;
    return { key: id, x, y: group.at(-1)!.y, sizes, date: first.date };
  });
  requests.sort((a, b) => b.date.localeCompare(a.date));
  for (const m of marks) ctx.marks.push({ key: m.item.key, kind: `tl-${m.item.lane}`, x: m.x, y: m.y, r: round(m.r * HIGHLIGHT_R), tone: m.item.tone, ...(m.item.later ? { later: true } : {}) });
  const area = { x0: PAD, x1: WIDTH - PAD, top: g.calloutTop, bottom: HEIGHT - PAD };
  for (const c of placeCallouts(requests, area, ctx.f * 0.3)) {
    const p = parts.get(c.key)!;
    ctx.rules.push({ key: `leader-${c.key}`, x1: round(c.leader.x), y1: round(c.leader.y1 + g.r * HIGHLIGHT_R), x2: round(c.leader.x), y2: round(c.leader.y2) });
    const [[x0, y0]] = c.box;
    const cls = p.later ? 'later' : 'callout';
    const inline = c.size === 0;
    if (inline) {
      ctx.callouts.push({ ...textLabel(`callout-${c.key}`, cls, [p.words], [x0, y0], c.box[1][0] - x0, ctx), ...(p.date ? { lead: p.date } : {}) });
      continue;
    }
    if (p.date) ctx.callouts.push(textLabel(`callout-${c.key}-date`, 'callout-date', [p.date], [x0, y0], textWidth(p.date, ctx.f, true), ctx));
    const what = stacked('', p.words);
    ctx.callouts.push(textLabel(`callout-${c.key}`, cls, what, [x0, y0 + (p.date ? ctx.lh : 0)], Math.max(...what.map((l) => textWidth(l, ctx.f))), ctx));
  }
}

function context(size: SizeClass, strings: Strings): Ctx {
  const f = FONT[size];
  return { size, f, lh: f * LINE_EM, s: (k) => strings[k] ?? k, req: [], marks: [], rules: [], obstacles: [], callouts: [] };
}

/** The strip's ticks, lanes and marks, which every state shares (drawn once, under the overlays). */
export function baseLayers(input: NordstreamInput, strings: Strings): Record<SizeClass, Layer> {
  return Object.fromEntries(SIZES.map((size) => [size, stripBase(context(size, strings), input, strings)])) as Record<SizeClass, Layer>;
}

export function layout(input: NordstreamInput, strings: Strings, state: State): Scene {
  const frame = frameOf(input.map.views[state]);
  const view: NordstreamInput = { ...input, map: framed(input.map, frame) };
  const layers = {} as Record<SizeClass, Layer>;
  for (const size of SIZES) {
    const ctx = context(size, strings);
    if (state === 'route' || state === 'status') routeState(ctx, view, state === 'status');
    else if (state === 'critics' || state === 'germany') positionsState(ctx, view, state);
    else sanctionsState(ctx, view);
    stripHighlights(ctx, input, strings, state);
    const onMap = placeLabels(ctx.req, ctx.obstacles, { size: ctx.f, frame: FRAME, bold });
    layers[size] = { marks: ctx.marks, rules: ctx.rules, labels: [...onMap, ...ctx.callouts] };
  }
  return {
    state,
    frame,
    // the lines recede while the map is about the countries
    routeOpacity: state === 'critics' || state === 'germany' ? 0.35 : 1,
    countries: countryStyles(input, state),
    idle: state === 'status',
    layers,
  };
}
