/**
 * The Nord Stream map as a pure function: (map input, strings, state) → scene. No DOM, no
 * Astro, no d3-geo: the routes, landfalls and countries come in projected (data.ts, build time),
 * so this runs in Node and in tests alike.
 *
 * One viewBox and one base map (land, borders) serve every screen and every state; a state adds
 * a veil over the map, the style of each country (from the stances in the data), the pipelines
 * (faded, or Nord Stream 2 drawn as idle), and its own marks, rules and labels. Those come in
 * two sets, `compact` (graphic narrower than WIDE_MIN_PX) and `wide`, as in the troops
 * map: font sizes in viewBox units that render at ≥ 12.8 CSS px at the narrowest width of a set.
 */
import { place as placeLabels, type Frame, type Label as SharedLabel, type LabelRequest as SharedRequest, type Side } from '../shared/labels';
import { LINE_EM, round, textWidth, wrap, type Box, type Point } from '../shared/text';

export const WIDTH = 700;
export const HEIGHT = 600;
/** the container width (CSS px) from which the wide labels are shown */
export const WIDE_MIN_PX = 600;
/** narrowest container each label set is made for (phones: 320 px wide) */
export const MIN_PX = { compact: 320, wide: WIDE_MIN_PX } as const;
/** label font size in viewBox units: 12.8 px at the narrowest width of the set */
export const FONT = { compact: 28, wide: 15 } as const;
const PAD = 8;
export const FRAME: Frame = { width: WIDTH, height: HEIGHT, pad: PAD };

export const STATES = ['route', 'status', 'critics', 'germany', 'sanctions'] as const;
export type State = (typeof STATES)[number];
export type SizeClass = keyof typeof FONT;
export const SIZES = ['compact', 'wide'] as const satisfies readonly SizeClass[];

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

export interface PositionInput {
  id: string;
  actors: string[];
  stance: Stance;
  date: string;
}

export interface EventInput {
  id: string;
  kind: 'opened' | 'completed' | 'suspended' | 'sanctions' | 'waiver' | 'agreement' | 'threat' | 'vote' | 'halt';
  date: string;
  later: boolean;
}

/** What the layout needs from the map, in map units (from buildMap) */
export interface MapInput {
  /** each pipeline's projected course, from its first landfall to its last */
  routes: Record<PipelineId, Point[]>;
  places: Record<PlaceId, Point>;
  /** every country with a shape in view */
  countries: Record<string, { centroid: Point; box: Box }>;
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

export type LabelClass = 'country' | 'place' | 'route' | 'note' | 'heading' | 'date' | 'item' | 'quote' | 'translation' | 'later';
export type Label = SharedLabel<LabelClass>;
type LabelRequest = SharedRequest<LabelClass>;

export type MarkKind = 'landfall' | 'event' | 'later' | 'threat' | 'swatch-opposes' | 'swatch-supports';

export interface Mark {
  key: string;
  kind: MarkKind;
  x: number;
  y: number;
  /** radius, or half the side of a square symbol */
  r: number;
}

export interface Rule {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  later?: boolean;
}

export interface Layer {
  marks: Mark[];
  rules: Rule[];
  labels: Label[];
}

export interface Scene {
  state: State;
  /** a veil in the water's colour over the base map (its opacity; 0: none) */
  veil: number;
  /** opacity of the pipelines */
  routeOpacity: number;
  /** how each country in view is marked: hatched (opposes), dotted (supports) or not at all */
  countries: Record<string, CountryStyle>;
  /** Nord Stream 2 drawn hollow: built but not in operation */
  idle: boolean;
  layers: Record<SizeClass, Layer>;
}

const BOLD = new Set<LabelClass>(['heading', 'date']);
/** country and route labels are bold on their first line only */
const bold = (cls: LabelClass, line: number) => BOLD.has(cls) || ((cls === 'country' || cls === 'route') && line === 0);


/* ---------- stances ---------- */

/**
 * The style each country in view gets in a state, from the stances in the data: the actors of
 * the positions the state shows (critics: those against, germany: those for). A country named in
 * positions of both kinds takes the stance of its latest one.
 */
export function countryStyles(input: NordstreamInput, state: State): Record<string, CountryStyle> {
  const shown: Stance | undefined = state === 'critics' ? 'opposes' : state === 'germany' ? 'supports' : undefined;
  const latest = new Map<string, Stance>();
  for (const p of input.positions) for (const actor of p.actors) latest.set(actor, p.stance);
  return Object.fromEntries(
    Object.keys(input.map.countries).map((c) => [c, shown && latest.get(c) === shown ? shown : 'none']),
  );
}

/** The positions a state lists: against in `critics`, for in `germany`. */
export function positionsOf(input: NordstreamInput, state: State): PositionInput[] {
  const stance = state === 'critics' ? 'opposes' : state === 'germany' ? 'supports' : undefined;
  return input.positions.filter((p) => p.stance === stance);
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
  /** a string that only some entries have ('' when missing) */
  opt: (key: string) => string;
  req: LabelRequest[];
  marks: Mark[];
  rules: Rule[];
  obstacles: Box[];
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

/** A dated row: the date in bold, the text beside it, wrapped to the column. Returns its height. */
function row(ctx: Ctx, key: string, at: Point, dateWidth: number, date: string, text: string[], cls: LabelClass = 'item'): number {
  block(ctx, `${key}-date`, at, [date], cls === 'later' ? 'later' : 'date');
  block(ctx, `${key}-text`, [at[0] + dateWidth, at[1]], text, cls);
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

function namePlaces(ctx: Ctx, input: NordstreamInput, which: readonly PlaceId[], required = true): void {
  // on phones the landfalls at the end of the Gulf of Finland are close: their names wrap
  const width = ctx.size === 'wide' ? WIDTH : WIDTH * 0.36;
  for (const l of which) {
    // clear of the landfall's dot (radius 5, kept 7 free)
    ctx.req.push({ key: `place-${l}`, at: input.map.places[l], lines: lines(ctx, `place.${l}`, width), cls: 'place', sides: PLACE_SIDES[l], gap: Math.max(ctx.f * 0.45, 10), required });
  }
}

/**
 * A country's name on its shape, with lines under it: `below` gives ways to break them, tried in
 * turn (the dates on one line, then one per line).
 */
function countryLabel(ctx: Ctx, input: NordstreamInput, c: string, below: string[][] = [[]], required = true): void {
  const shape = input.map.countries[c];
  if (!shape) return;
  const [[x0, y0], [x1, y1]] = shape.box;
  // the centroid of the clipped shape, kept a label's width inside the view
  const at: Point = [Math.min(Math.max(shape.centroid[0], PAD + 40), WIDTH - PAD - 40), Math.min(Math.max(shape.centroid[1], PAD + 20), HEIGHT - PAD - 20)];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const inside: Point[] = [[cx, cy], [at[0], (at[1] + y1) / 2], [at[0], (at[1] + y0) / 2], [(cx + x1) / 2, cy], [(cx + x1) / 2, (cy + y1) / 2], [(cx + x0) / 2, cy], [cx, y0], [x1, cy], [x1, (cy + y1) / 2]];
  const [first, ...others] = below.map((lines) => [ctx.s(`map.country.${c}`), ...lines]);
  // centred names keep a fifth of their width clear of the edges: bold names run wider than estimated
  const half = (textWidth(first![0]!, ctx.f, true) / 2) * 1.2 + PAD;
  const clamp = ([x, y]: Point): Point => [Math.min(Math.max(x, half), WIDTH - half), y];
  ctx.req.push({ key: `country-${c}`, at: clamp(at), also: inside.map(clamp), lines: first!, variants: others, cls: 'country', sides: ['center', 'below', 'above', 'right', 'left'], required });
}

/** The route label: tried at points along the middle part of the line, on either side. */
function routeLabel(ctx: Ctx, key: string, route: Point[], text: string[], sides: Side[], from = 0.35, to = 0.75): void {
  const points = along(route, 30);
  const middle = points.slice(Math.floor(points.length * from), Math.ceil(points.length * to));
  ctx.req.push({ key, at: middle[0]!, also: middle.slice(1), lines: text, cls: 'route', sides, gap: ctx.f * 0.5, required: true });
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
  stack(ctx, x, HEIGHT - PAD - height, items, align);
}

function routeState(ctx: Ctx, input: NordstreamInput, idle: boolean): void {
  const { map } = input;
  const wide = ctx.size === 'wide';
  routeObstacles(ctx, input);
  landfallMarks(ctx, input, LANDFALLS);
  const panel = wide ? WIDTH * 0.4 : WIDTH * 0.42;
  const schematic = lines(ctx, 'nordstream.schematic', wide ? WIDTH * 0.5 : WIDTH * 0.45);
  if (!idle && wide) {
    stack(ctx, PAD, PAD, [
      ['owner', lines(ctx, 'nordstream.owner', panel), 'note'],
      ['waters', lines(ctx, 'nordstream.waters', panel), 'note'],
    ]);
    ctx.req.push({ key: 'schematic', at: [WIDTH - PAD, HEIGHT - PAD], lines: schematic, cls: 'note', sides: ['above-left'], gap: 0, required: true });
  } else if (!idle) {
    // phones: the owner and the caveat over Scandinavia; the pipeline's figures and the waters in
    // a column east of the line, which runs along its left edge
    stack(ctx, PAD, PAD, [['owner', lines(ctx, 'nordstream.owner', panel), 'note'], ['schematic', lines(ctx, 'nordstream.schematic', panel), 'note']]);
    const x = WIDTH * 0.5;
    const w = WIDTH - PAD - x;
    stackUp(ctx, x, [
      ['route-ns2', [ctx.s('nordstream.ns2.label'), ...lines(ctx, 'figures.nord-stream-2', w)], 'route'],
      ['waters', lines(ctx, 'nordstream.waters', w), 'note'],
    ]);
  } else if (wide) {
    stack(ctx, PAD, PAD, [
      ['completed', lines(ctx, 'nordstream.status.completed', panel, true), 'heading'],
      ['idle', lines(ctx, 'nordstream.status.idle', panel), 'item'],
      ['certification', lines(ctx, 'nordstream.status.certification', panel, true), 'heading'],
      ['why', lines(ctx, 'nordstream.status.why', panel), 'note'],
    ]);
    ctx.req.push({ key: 'schematic', at: [WIDTH - PAD, HEIGHT - PAD], lines: schematic, cls: 'note', sides: ['above-left'], gap: 0, required: true });
  } else {
    // phones: the status at the lower right, east of the line; the condition is in the step's text
    const w = WIDTH * 0.5;
    stackUp(ctx, WIDTH - PAD, [
      ['completed', lines(ctx, 'nordstream.status.completed', w, true), 'heading'],
      ['idle', lines(ctx, 'nordstream.status.idle', w), 'item'],
      ['certification', lines(ctx, 'nordstream.status.certification', w, true), 'heading'],
    ], 'right');
    ctx.req.push({ key: 'schematic', at: [PAD, PAD], lines: schematic, cls: 'note', sides: ['below-right'], gap: 0, required: true });
  }
  namePlaces(ctx, input, idle ? ['lubmin'] : LANDFALLS);
  const width = wide ? WIDTH * 0.3 : WIDTH * 0.5;
  if (wide || idle) {
    const ns2 = [ctx.s('nordstream.ns2.label'), ...lines(ctx, idle ? 'nordstream.ns2.idle' : 'figures.nord-stream-2', width)];
    routeLabel(ctx, 'route-ns2', map.routes['nord-stream-2'], ns2, ['right', 'below-right', 'above-right'], 0.45, 0.8);
  }
  // on phones, Nord Stream 1 gives its length only (its capacity is in the table)
  const ns1Detail = idle ? 'nordstream.ns1.running' : wide ? 'figures.nord-stream-1' : 'length.nord-stream-1';
  const ns1 = [ctx.s('nordstream.ns1.label'), ...lines(ctx, ns1Detail, width)];
  routeLabel(ctx, 'route-ns1', map.routes['nord-stream-1'], ns1, ['left', 'above-left', 'below-left'], 0.4, 0.8);
  if (!idle) {
    namePlaces(ctx, input, ['bornholm'], false);
    // named in the note above in any case; on the map where there is room
    for (const c of WATERS) countryLabel(ctx, input, c, [[]], wide);
  }
}

/** A country's dates, which link it to its statements in the list: on one line, or one per line. */
function datesOf(ctx: Ctx, positions: PositionInput[]): string[][] {
  const dates = positions.map((p) => ctx.s(`position.${p.id}.date`));
  return dates.length > 1 ? [[dates.join(' · ')], dates] : [dates];
}

/**
 * The statements a state lists, in the order they are read: against (critics) in date order;
 * for (germany) country by country, those on the map first, each in date order.
 */
export function listed(input: NordstreamInput, state: 'critics' | 'germany'): PositionInput[] {
  const positions = positionsOf(input, state);
  if (state === 'critics') return positions;
  const onMap = (p: PositionInput) => (p.actors.some((a) => a in input.map.countries) ? 0 : 1);
  const actors = [...new Set(positions.map((p) => p.actors[0]!))].sort((a, b) => onMap({ actors: [a] } as PositionInput) - onMap({ actors: [b] } as PositionInput));
  return actors.flatMap((a) => positions.filter((p) => p.actors[0] === a));
}

/**
 * The list of statements beside the map. Wide: a column beside the countries it is about (left of
 * the Baltic states, right of Germany), each statement in full with the countries off the map.
 * Compact: across the top in short forms, the countries' dates on the map linking them.
 */
function positionsState(ctx: Ctx, input: NordstreamInput, state: 'critics' | 'germany'): void {
  const wide = ctx.size === 'wide';
  const positions = listed(input, state);
  const styles = countryStyles(input, state);
  const marked = Object.keys(styles).filter((c) => styles[c] !== 'none');
  const colW = wide ? (state === 'germany' ? WIDTH * 0.56 : WIDTH * 0.48) : WIDTH - 2 * PAD;
  const x = wide && state === 'germany' ? WIDTH - PAD - colW : PAD;
  const dateW = Math.max(...positions.map((p) => textWidth(ctx.s(`position.${p.id}.date`), ctx.f, true))) + ctx.f * 0.5;
  // a little slack on the right: the width of text is estimated
  const textW = colW - dateW - ctx.f;
  const kind = state === 'critics' ? 'swatch-opposes' : 'swatch-supports';
  let y = PAD;
  if (wide) {
    y += block(ctx, 'heading', [x, y], lines(ctx, `nordstream.${state}.heading`, colW, true), 'heading') + ctx.f * 0.15;
    y += swatch(ctx, 'legend', kind, [x, y], lines(ctx, `nordstream.${state}.legend`, colW - ctx.f * 1.2), 'note') + ctx.f * 0.4;
  } else {
    // the swatch before the heading is the legend
    y += swatch(ctx, 'legend', kind, [x, y], lines(ctx, `nordstream.${state}.heading`, colW - ctx.f * 1.2, true), 'heading') + ctx.f * 0.15;
  }
  let group = '';
  for (const p of positions) {
    const actor = p.actors[0]!;
    if (state === 'germany' && group && actor !== group) {
      y += ctx.f * 0.2 + block(ctx, `group-${actor}`, [x, y], lines(ctx, `nordstream.germany.${actor}`, colW, true), 'heading');
    }
    group = actor;
    const text = wrap(ctx.s(`position.${p.id}.${wide ? 'text' : 'short'}`), ctx.f, textW);
    const offmap = ctx.opt(`position.${p.id}.offmap`);
    if (wide && state === 'critics' && offmap) text.push(...wrap(offmap, ctx.f, textW));
    y += row(ctx, `pos-${p.id}`, [x, y], dateW, ctx.s(`position.${p.id}.date`), text);
    // quotes run under their item, on phones across the whole width
    const qx = wide ? x + dateW : x;
    const qw = wide ? textW : colW - ctx.f;
    for (const [part, cls] of [['quote', 'quote'], ['translation', 'translation']] as const) {
      const value = ctx.opt(`position.${p.id}.${part}`);
      if (value) y += block(ctx, `pos-${p.id}-${part}`, [qx, y], wrap(value, ctx.f, qw), cls, 'left', part === 'quote' ? ctx.opt(`position.${p.id}.quote.lang`) : undefined);
    }
    y += ctx.f * (wide ? 0.35 : 0.1);
  }
  if (state === 'critics') {
    if (wide) {
      y += ctx.f * 0.2;
      y += block(ctx, 'reason', [x, y], lines(ctx, 'nordstream.critics.reason', colW), 'note') + ctx.f * 0.2;
      block(ctx, 'transit', [x, y], lines(ctx, 'nordstream.critics.transit', colW), 'note');
    } else {
      // phones: the case against it low on the left, over the sea and Scandinavia
      const w = WIDTH * 0.46;
      stackUp(ctx, PAD, [
        ['reason', lines(ctx, 'nordstream.critics.reason', w), 'note'],
        ['transit', lines(ctx, 'nordstream.critics.transit', w), 'note'],
      ]);
    }
  }
  // the largest first: the small ones find room around it more easily than the other way round
  const area = (c: string) => { const [[x0, y0], [x1, y1]] = input.map.countries[c]!.box; return (x1 - x0) * (y1 - y0); };
  for (const c of [...marked].sort((a, b) => area(b) - area(a))) {
    // in the critics list, each country's dates link it to its statements
    const own = state === 'critics' ? positions.filter((p) => p.actors.includes(c)) : [];
    countryLabel(ctx, input, c, own.length ? datesOf(ctx, own) : [[]], false);
  }
}

function sanctionsState(ctx: Ctx, input: NordstreamInput): void {
  const wide = ctx.size === 'wide';
  const timeline = input.events.filter((e) => ['sanctions', 'waiver', 'agreement'].includes(e.kind));
  const threats = input.events.filter((e) => e.kind === 'threat');
  const later = input.events.filter((e) => e.later);
  const dated = [...timeline, ...later];
  const dot = ctx.f * 0.3;
  const x0 = PAD + dot * 2 + ctx.f * 0.5;
  const colW = (wide ? WIDTH * 0.55 : WIDTH - 2 * PAD) - (x0 - PAD);
  const dateW = Math.max(...dated.map((e) => textWidth(ctx.s(`event.${e.id}.date`), ctx.f, true))) + ctx.f * 0.5;
  let y = PAD;
  y += block(ctx, 'sanctions-heading', [PAD, y], lines(ctx, 'nordstream.sanctions.heading', colW, true), 'heading') + ctx.f * 0.3;
  const axisTop = y + ctx.lh / 2;
  let last = axisTop;
  const dated_ = (e: EventInput, cls: LabelClass) => {
    const text = wrap(ctx.s(`event.${e.id}.${wide ? 'text' : 'short'}`), ctx.f, colW - dateW - ctx.f);
    ctx.marks.push({ key: `event-${e.id}`, kind: e.later ? 'later' : 'event', x: round(PAD + dot), y: round(y + ctx.lh * 0.6), r: round(dot) });
    last = y + ctx.lh * 0.6;
    // the wide timeline has room to breathe
    y += row(ctx, `event-${e.id}`, [x0, y], dateW, ctx.s(`event.${e.id}.date`), text, cls) + ctx.f * (wide ? 0.9 : 0.25);
  };
  for (const e of timeline) dated_(e, 'item');
  ctx.rules.push({ key: 'axis', x1: round(PAD + dot), y1: round(axisTop), x2: round(PAD + dot), y2: round(last) });
  if (later.length) {
    y += ctx.f * 0.3;
    const laterTop = y;
    y += block(ctx, 'later-heading', [x0, y], lines(ctx, 'nordstream.sanctions.later', colW, true), 'later') + ctx.f * 0.15;
    const first = y + ctx.lh * 0.6;
    for (const e of later) dated_(e, 'later');
    ctx.rules.push({ key: 'axis-later', x1: round(PAD + dot), y1: round(Math.min(first, laterTop)), x2: round(PAD + dot), y2: round(last), later: true });
  }
  // the threatened measures: a column of their own (wide), or under the timeline (compact)
  const tx = wide ? WIDTH * 0.62 : PAD;
  const tw = wide ? WIDTH - PAD - tx : WIDTH - 2 * PAD;
  let ty = wide ? PAD : y + ctx.f * 0.4;
  ty += block(ctx, 'threats-heading', [tx, ty], lines(ctx, 'nordstream.sanctions.threats', tw, true), 'heading') + ctx.f * 0.3;
  for (const e of threats) {
    const r = ctx.f * 0.22;
    ctx.marks.push({ key: `event-${e.id}`, kind: 'threat', x: round(tx + r), y: round(ty + ctx.lh * 0.6), r: round(r) });
    ty += block(ctx, `event-${e.id}-text`, [tx + ctx.f * 0.8, ty], wrap(ctx.s(`event.${e.id}.${wide ? 'text' : 'short'}`), ctx.f, tw - ctx.f * 1.8), 'item') + ctx.f * 0.25;
  }
}

export function layout(input: NordstreamInput, strings: Strings, state: State): Scene {
  const layers = {} as Record<SizeClass, Layer>;
  for (const size of SIZES) {
    const f = FONT[size];
    const ctx: Ctx = { size, f, lh: f * LINE_EM, s: (k) => strings[k] ?? k, opt: (k) => strings[k] ?? '', req: [], marks: [], rules: [], obstacles: [] };
    if (state === 'route' || state === 'status') routeState(ctx, input, state === 'status');
    else if (state === 'critics' || state === 'germany') positionsState(ctx, input, state);
    else sanctionsState(ctx, input);
    layers[size] = { marks: ctx.marks, rules: ctx.rules, labels: placeLabels(ctx.req, ctx.obstacles, { size: f, frame: FRAME, bold }) };
  }
  return {
    state,
    // the map recedes behind the timeline; the lines recede while the map is about the countries
    veil: state === 'sanctions' ? 0.85 : 0,
    routeOpacity: state === 'sanctions' ? 0.15 : state === 'critics' || state === 'germany' ? 0.35 : 1,
    countries: countryStyles(input, state),
    idle: state === 'status',
    layers,
  };
}
