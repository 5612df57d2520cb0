/**
 * Build-time inputs of the troops layout: the base map (shared map module), the projected
 * places, the figures by id and every string, translated and formatted for one locale.
 * Node only (it runs d3-geo through the map module); the browser gets the scenes.
 */
import type { Figure, Place } from '../../site-content/schemas';
import { formatDate, formatFigure, formatNumber } from '../../i18n/format';
import type { Translator } from '../../i18n/translator';
import { buildMap, type MapGeometry } from '../shared/map/geometry';
import { graphicText } from '../shared/strings';
import { need as needFor } from '../shared/graphic';
import { CITIES, CLUSTERS, FOCUS, HEIGHT, HELD, NAME_AT, SOLDIERS_PER_MARK, WIDTH, axisTicks, type MapInput, type Strings, type TroopsInput } from './layout';

/** The area the overview must show: from the Baltic and Belarus to eastern Kazakhstan. */
export const BOUNDS: [[number, number], [number, number]] = [[21, 38.5], [88, 58.5]];
/** The estimates of the build-up, in date order (figure ids) */
export const ESTIMATES = ['est-2021-04-zelensky', 'est-2021-04-taran', 'est-2021-11-budanov', 'est-2021-12-reznikov', 'est-2021-12-us', 'est-2021-12-us-plan', 'ru-troops-ukraine'] as const;
/** The estimates of a strength planned for, not counted on site (drawn outlined) */
export const PLANNED: ReadonlySet<string> = new Set(['est-2021-12-us-plan']);
/** What an estimate counts, where the sources say (locale key troops.est.counts.<id>) */
const COUNTS = new Set(['est-2021-04-zelensky', 'est-2021-12-us', 'est-2021-12-us-plan']);
const CONTINGENTS = [
  ['armenia', 'csto-armenia', 'troops.csto.contingent'],
  ['kyrgyzstan', 'csto-kyrgyzstan', 'troops.csto.contingent'],
  ['tajikistan', 'csto-tajikistan', 'troops.csto.contingent'],
  ['belarus', 'csto-belarus-press', 'troops.csto.contingentPress'],
] as const;

let mapCache: MapGeometry | undefined;

/** The base map, once per build: Russia's shape is measured (for its label) but not drawn. */
export function troopsMap(): MapGeometry {
  mapCache ??= buildMap({ bounds: BOUNDS, width: WIDTH, height: HEIGHT, countries: [...FOCUS, 'russia'], minArea: 1, resolution: 2, decimals: 0 });
  return mapCache;
}

const need = <T>(value: T | undefined | null, what: string): T => needFor('troops', value, what);

export function troopsInput(figures: Record<string, Figure>, places: Record<string, Place>): TroopsInput {
  const map = troopsMap();
  const fig = (id: string) => need(figures[id], `figure "${id}" (content/data/figures.json)`);
  const project = (id: string) => {
    const p = need(places[id], `place "${id}" (content/data/places.json)`);
    return need(map.project([p.lon, p.lat]), `a projection of place "${id}"`);
  };
  const country = (slug: (typeof FOCUS)[number] | 'russia') => {
    const c = need(map.countries[slug], `country ${slug}`);
    return { centroid: c.centroid, box: c.box };
  };
  const input: MapInput = {
    countries: { belarus: country('belarus'), ukraine: country('ukraine'), kazakhstan: country('kazakhstan'), russia: country('russia') },
    crimea: need(map.crimea, 'Crimea').centroid,
    places: Object.fromEntries([...CITIES, ...CLUSTERS, ...Object.keys(NAME_AT), HELD].map((id) => [id, project(id)])) as MapInput['places'],
    placeKinds: Object.fromEntries(CITIES.map((id) => [id, places[id]!.kind])) as MapInput['placeKinds'],
  };
  return {
    map: input,
    ukraine: fig('ru-troops-ukraine').value,
    csto: fig('csto-total').value,
    estimates: ESTIMATES.map((id) => ({ id, value: fig(id).value, planned: PLANNED.has(id) })),
  };
}

/** The source of the separatist-held areas' outline, for the data section (the figures bring their own) */
export function troopsSources(data: { places: Record<string, Place> }): string[] {
  const source = data.places[HELD]?.source;
  return source ? [source] : [];
}

/** The separatist-held areas as a path of the base map (clipped to Ukraine where it is drawn) */
export function heldPath(places: Record<string, Place>): string {
  const outline = need(places[HELD]?.outline, `the outline of area "${HELD}" (content/data/places.json)`);
  return troopsMap().area(outline);
}

export function troopsStrings(tr: Translator, figures: Record<string, Figure>): Strings {
  const text = graphicText(tr, figures);
  const keys = [
    'map.crimea', `place.${HELD}`, 'troops.reason.belarus', 'troops.reason.ukraine', 'troops.reason.kazakhstan',
    'troops.est.heading', 'troops.est.caveat', 'troops.schematic', 'troops.ukraine.total', 'troops.ukraine.who',
    'troops.csto.total', 'troops.csto.who', 'troops.csto.heading', 'troops.csto.press', 'troops.stakes.russians',
    ...['nur-sultan', 'almaty', 'zhanaozen', 'baikonur'].map((p) => `troops.place.${p}`),
    ...CITIES.map((p) => `place.${p}`),
    ...[...new Set([...FOCUS, 'russia', ...Object.values(NAME_AT)])].map((c) => `map.country.${c}`),
  ];
  const strings: Strings = Object.fromEntries(keys.map((k) => [k, text(k)]));
  strings['troops.legend.mark'] = text('troops.legend.mark', { count: formatNumber(SOLDIERS_PER_MARK, tr) });
  const census = need(figures['ethnic-russians']?.detail, 'the census detail of figure "ethnic-russians"');
  strings['troops.stakes.census'] = text('troops.stakes.census', { census: formatNumber(census.value, tr) });
  for (const id of ESTIMATES) {
    const figure = figures[id]!;
    const values = { who: text(`troops.est.who.${id}`), date: formatDate(figure.asOf, tr, 'short', 'month') };
    strings[`troops.est.label.${id}`] = COUNTS.has(id)
      ? text('troops.est.rowCounts', { ...values, counts: text(`troops.est.counts.${id}`) })
      : text('troops.est.row', values);
    strings[`troops.est.value.${id}`] = formatFigure(figure, tr);
  }
  for (const v of axisTicks(Math.max(...ESTIMATES.map((id) => need(figures[id], id).value)))) strings[`troops.est.tick.${v}`] = formatNumber(v, tr);
  for (const [country, id, key] of CONTINGENTS) {
    strings[`troops.csto.line.${country}`] = text(key, { country: text(`map.country.${country}`), value: formatFigure(need(figures[id], id), tr) });
  }
  strings['troops.csto.line.russia'] = text('troops.csto.russia', { country: text('map.country.russia') });
  return strings;
}
