/**
 * Build-time inputs of the Nord Stream layout: the base map (shared map module, `BOUNDS`), the
 * projected routes and landfalls (content/data/pipelines.json, places.json), the positions and
 * events in date order, and every string, translated and formatted for one locale. Node only
 * (it runs d3-geo through the map module); the browser gets the scenes.
 */
import type { Figure, NordstreamEvent, Pipeline, Place, Position } from '../../site-content/schemas';
import { formatDate, formatFigure, formatNumber, quoteTranslation, sameLanguage } from '../../i18n/format';
import type { Translator } from '../../i18n/translator';
import { buildMap, type MapGeometry } from '../shared/map/geometry';
import { isCountrySlug, type CountrySlug } from '../shared/map/countries';
import { graphicText } from '../shared/strings';
import { need as needFor } from '../shared/graphic';
import { NAMED_EVENTS } from './manifest';
import { LANES } from './timeline';
import { PIPELINES, PLACES, STATES, VIEWS, WATERS, framed, frameOf, timelineItems, type MapInput, type NordstreamInput, type PipelineId, type State, type Strings } from './layout';
import type { Point } from '../shared/text';

/**
 * The base map: every state's view (VIEWS) and what the map area shows beside it, since each
 * view is fitted to the map's height and the map is as wide as the figure (the critics' and
 * Germany's views show about twice their width): from the North Sea coasts to western Russia, from the
 * Alps to Lake Ladoga.
 */
export const BOUNDS: [[number, number], [number, number]] = [[-4, 45], [41, 63.5]];
/** The base map's size in its own units: about the drawing's scale, so that the frames scale it by about 1 */
export const BASE = { width: 1100, height: 780 };

export interface NordstreamData {
  figures: Record<string, Figure>;
  places: Record<string, Place>;
  pipelines: Record<string, Pipeline>;
  positions: Record<string, Position>;
  nordstreamEvents: Record<string, NordstreamEvent>;
}

const need = <T>(value: T | undefined | null, what: string): T => needFor('nordstream', value, what);

/** Countries the map measures: those named for their waters and every actor of a position. */
function countriesOf(data: NordstreamData): CountrySlug[] {
  const actors = Object.values(data.positions).flatMap((p) => p.actors);
  return [...new Set([...WATERS, ...actors])].filter(isCountrySlug);
}

const mapCache = new Map<string, MapGeometry>();

/**
 * The base map, once per build. Simplified hard (the Danish and Swedish coasts are the detailed
 * part) and written in half units as integers: the figure stays under 15 KB gzip.
 */
export function nordstreamMap(data: NordstreamData): MapGeometry {
  const countries = countriesOf(data);
  const key = countries.join(',');
  let map = mapCache.get(key);
  if (!map) {
    map = buildMap({ bounds: BOUNDS, width: BASE.width, height: BASE.height, countries, minArea: 3, minRingArea: 8, resolution: 2, decimals: 0 });
    mapCache.set(key, map);
  }
  return map;
}

/** Countries with a shape in view (world-atlas draws far-off ones as nothing once clipped). */
export function countriesInView(map: MapGeometry): CountrySlug[] {
  return (Object.values(map.countries) as NonNullable<MapGeometry['countries'][CountrySlug]>[])
    .filter((c) => c.path !== '' && Number.isFinite(c.centroid[0]))
    .map((c) => c.slug);
}

/** Date order; entries of the same day keep their order in the file (Array.prototype.sort is stable). */
const byDate = <T extends { date: string }>(a: [string, T], b: [string, T]) => a[1].date.localeCompare(b[1].date);

export function routePoints(pipeline: Pipeline, places: Record<string, Place>): [number, number][] {
  const place = (id: string) => need(places[id], `place "${id}" (content/data/places.json)`);
  const from = place(pipeline.from);
  const to = place(pipeline.to);
  return [[from.lon, from.lat], ...pipeline.waypoints.map((w) => [w.lon, w.lat] as [number, number]), [to.lon, to.lat]];
}

/** A lon/lat box, projected: the extent of its corners and the midpoints of its edges (the parallels curve). */
function viewBox([[w, s], [e, n]]: [[number, number], [number, number]], project: (p: [number, number]) => Point): [Point, Point] {
  const points = [[w, s], [e, s], [w, n], [e, n], [(w + e) / 2, s], [(w + e) / 2, n]].map((p) => project(p as [number, number]));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
}

/** The countries a state's frame shows (a piece large enough to mark and name). */
export function countriesShown(input: NordstreamInput, state: State): Set<string> {
  return new Set(Object.keys(framed(input.map, frameOf(input.map.views[state])).countries));
}

export function nordstreamInput(data: NordstreamData): NordstreamInput {
  const map = nordstreamMap(data);
  const project = (p: [number, number], what: string): Point => need(map.project(p), `a projection of ${what}`);
  const pipeline = (id: string) => need(data.pipelines[id], `pipeline "${id}" (content/data/pipelines.json)`);
  const input: MapInput = {
    routes: Object.fromEntries(PIPELINES.map((id) => [id, routePoints(pipeline(id), data.places).map((p) => project(p, id))])) as MapInput['routes'],
    places: Object.fromEntries(PLACES.map((id) => {
      const p = need(data.places[id], `place "${id}" (content/data/places.json)`);
      return [id, project([p.lon, p.lat], id)];
    })) as MapInput['places'],
    countries: Object.fromEntries(countriesInView(map).map((c) => [c, { centroid: map.countries[c]!.centroid, box: map.countries[c]!.box, inner: map.countries[c]!.inner }])),
    views: Object.fromEntries(STATES.map((s) => [s, viewBox(VIEWS[s], (p) => project(p, `the view of ${s}`))])) as MapInput['views'],
  };
  return {
    map: input,
    positions: Object.entries(data.positions).sort(byDate).map(([id, p]) => ({ id, actors: p.actors, stance: p.stance, form: p.form, date: p.date })),
    events: Object.entries(data.nordstreamEvents).sort(byDate).map(([id, e]) => ({ id, kind: e.kind, date: e.date, later: e.later === true })),
  };
}

/** Names joined as the locale's press lists them (format.dateLocale: en-GB has no serial comma). */
function list(names: string[], tr: Translator): string {
  return new Intl.ListFormat(tr.t('format.dateLocale') || tr.locale.lang, { type: 'conjunction' }).format(names);
}

export function nordstreamStrings(tr: Translator, data: NordstreamData): Strings {
  const text = graphicText(tr, data.figures);
  const fig = (id: string) => formatFigure(need(data.figures[id], `figure "${id}" (content/data/figures.json)`), tr);
  const event = (id: string) => need(data.nordstreamEvents[id], `event "${id}" (content/data/nordstream-events.json)`);
  const date = (d: { date: string; precision: 'day' | 'month' }, style: 'long' | 'short') => formatDate(d.date, tr, style, d.precision);
  const country = (c: string) => text(`map.country.${c}`);
  const pipeline = (id: PipelineId) => need(data.pipelines[id], `pipeline "${id}" (content/data/pipelines.json)`);
  const strings: Strings = Object.fromEntries([
    'nordstream.owner', 'nordstream.schematic', 'nordstream.status.idle', 'nordstream.status.why',
    'nordstream.ns2.label', 'nordstream.ns2.idle', 'nordstream.ns1.label',
    'nordstream.critics.heading', 'nordstream.critics.legend', 'nordstream.critics.reason', 'nordstream.critics.transit',
    'nordstream.germany.heading', 'nordstream.germany.legend', 'nordstream.sanctions.heading',
    ...LANES.map((l) => `nordstream.timeline.${l}`), 'nordstream.timeline.threat',
    ...PLACES.map((l) => `place.${l}`),
    ...countriesOf(data).map((c) => `map.country.${c}`),
  ].map((k) => [k, text(k)]));
  strings['nordstream.waters'] = text('nordstream.waters', { countries: list(WATERS.map(country), tr) });
  for (const id of PIPELINES) {
    const p = pipeline(id);
    strings[`figures.${id}`] = text('nordstream.figures', { length: fig(p.length), capacity: fig(p.capacity) });
    strings[`length.${id}`] = fig(p.length);
  }
  strings['nordstream.ns1.running'] = text('nordstream.ns1.running', { date: date(event(NAMED_EVENTS.ns1Opened), 'long') });
  strings['nordstream.status.completed'] = text('nordstream.status.completed', { date: date(event(NAMED_EVENTS.completed), 'long') });
  strings['nordstream.status.certification'] = text('nordstream.status.certification', { date: date(event(NAMED_EVENTS.suspended), 'long') });
  for (const [id, p] of Object.entries(data.positions)) {
    const quote = p.quote ? tr.t('quote.marks', { text: p.quote.text }) : '';
    const values = { count: p.signatories === undefined ? '' : formatNumber(p.signatories, tr), quote };
    strings[`position.${id}.date`] = date(p, 'short');
    strings[`position.${id}.text`] = text(p.text, values);
    strings[`position.${id}.short`] = text(p.short, values);
    const named = list(p.actors.map(country), tr);
    // a letter signed by more than its source names says so, lest a reader count the names and find one short
    const unnamed = p.signatories !== undefined && p.signatories > p.actors.length;
    strings[`position.${id}.who`] = unnamed ? `${named} ${text('nordstream.unnamed-signatories', { named: formatNumber(p.actors.length, tr), count: values.count })}` : named;
    if (p.quote) {
      // a quote the text does not take in ({{quote}}) gets lines of its own
      if (!text(p.text, { ...values, quote: '\u0000' }).includes('\u0000')) {
        strings[`position.${id}.quote`] = quote;
        strings[`position.${id}.quote.lang`] = p.quote.lang;
      }
      if (!sameLanguage(p.quote.lang, tr.locale.lang)) strings[`position.${id}.translation`] = quoteTranslation(p.quote.lang, text(`nordstream.quote.${id}`), tr);
    }
  }
  for (const [id, e] of Object.entries(data.nordstreamEvents)) {
    strings[`event.${id}.date`] = date(e, 'short');
    strings[`event.${id}.text`] = text(e.text, { date: date(e, 'long') });
    strings[`event.${id}.short`] = text(e.short ?? e.text, { date: date(e, 'long') });
  }
  return strings;
}

/**
 * The values the text descriptions of the states interpolate ({{waters}}, {{onMap}}, …): the
 * same data as the map, in a few words; the tables below the graphic have every statement.
 */
export function nordstreamValues(tr: Translator, data: NordstreamData): Record<string, string> {
  const s = nordstreamStrings(tr, data);
  const input = nordstreamInput(data);
  const critics = countriesShown(input, 'critics');
  const inView = countriesShown(input, 'germany');
  const longDate = (d: { date: string; precision: 'day' | 'month' }) => formatDate(d.date, tr, 'long', d.precision);
  const event = (id: string) => need(data.nordstreamEvents[id], `event "${id}" (content/data/nordstream-events.json)`);
  const name = (c: string) => s[`map.country.${c}`] ?? c;
  const actorsOf = (stance: 'opposes' | 'supports') => [...new Set(input.positions.filter((p) => p.stance === stance).flatMap((p) => p.actors))];
  const opponents = actorsOf('opposes');
  // each supporter with the dates of its statements; those beyond the map said so
  const supporters = actorsOf('supports').sort((a, b) => Number(inView.has(b)) - Number(inView.has(a))).map((c) => {
    const dates = input.positions.filter((p) => p.stance === 'supports' && p.actors.includes(c)).map((p) => s[`position.${p.id}.date`]!);
    const who = `${name(c)} (${dates.join(', ')})`;
    return inView.has(c) ? who : tr.t('nordstream.offmap.description', { countries: who });
  });
  const sanctions = input.events.filter((e) => ['sanctions', 'waiver', 'agreement'].includes(e.kind));
  return {
    waters: list(WATERS.map(name), tr),
    completed: longDate(event(NAMED_EVENTS.completed)),
    suspended: longDate(event(NAMED_EVENTS.suspended)),
    ns1Opened: longDate(event(NAMED_EVENTS.ns1Opened)),
    onMap: list(opponents.filter((c) => critics.has(c)).map(name), tr),
    offMap: list(opponents.filter((c) => !critics.has(c)).map(name), tr),
    supporters: list(supporters, tr),
    first: longDate(data.nordstreamEvents[sanctions[0]!.id]!),
    last: longDate(data.nordstreamEvents[sanctions.at(-1)!.id]!),
    threats: input.events.filter((e) => e.kind === 'threat').map((e) => s[`event.${e.id}.short`]!).join('; '),
    since: timelineItems(input)[0]!.date.slice(0, 4),
    later: input.events.filter((e) => e.later).map((e) => `${s[`event.${e.id}.date`]}: ${s[`event.${e.id}.short`]}`).join('; '),
  };
}

/** The sources of the map's data beyond its figures: the routes, the places, positions and events. */
export function nordstreamSources(data: NordstreamData): string[] {
  const places = PLACES.map((id) => data.places[id]?.source).filter((id): id is string => id !== undefined);
  return [...new Set([
    ...Object.values(data.pipelines).map((p) => p.source),
    ...places,
    ...Object.values(data.positions).flatMap((p) => p.sources),
    ...Object.values(data.nordstreamEvents).flatMap((e) => e.sources),
  ])];
}
