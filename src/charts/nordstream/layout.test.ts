import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoBounds, geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure } from '../../i18n/format';
import { graphicText } from '../shared/strings';
import { translator } from '../shared/test-content';
import { expectLabelsInsideAndApart } from '../shared/expect-labels';
import { atlasWithCrimeaInUkraine } from '../shared/map/geometry';
import { countriesInView, nordstreamInput, nordstreamMap, nordstreamStrings, nordstreamValues, routePoints, type NordstreamData } from './data';
import { FONT, HEIGHT, MIN_PX, PIPELINES, STATES, WATERS, WIDTH, countryStyles, layout, type NordstreamInput, type Scene, type SizeClass, type State } from './layout';
import { overlaySvg, routePath } from './render';
import { NAMED_EVENTS } from './manifest';

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const data: NordstreamData = {
  figures: json('content/data/figures.json'),
  places: json('content/data/places.json'),
  pipelines: json('content/data/pipelines.json'),
  positions: json('content/data/positions.json'),
  nordstreamEvents: json('content/data/nordstream-events.json'),
};
const input = nordstreamInput(data);
const stringsFor = (tag: string) => nordstreamStrings(translator(tag), data);
const scenesFor = (tag: string) => Object.fromEntries(STATES.map((s) => [s, layout(input, stringsFor(tag), s)])) as Record<State, Scene>;
const scenes = { de: scenesFor('de'), en: scenesFor('en') };
const SIZES: SizeClass[] = ['compact', 'wide'];
/** All label text of a set, no-break spaces (in dates) read as spaces */
const text = (scene: Scene, size: SizeClass) => scene.layers[size].labels.flatMap((l) => l.lines).join(' ').replace(/\u00a0/g, ' ');
const keys = (scene: Scene, size: SizeClass) => scene.layers[size].labels.map((l) => l.key);

describe('nordstream: the routes', () => {
  const atlas = atlasWithCrimeaInUkraine();
  // the countries around the Baltic (Russia's bounds span the globe, so it stays in)
  const land = atlas.geometries.map((g) => feature(atlas.topology, g as GeometryObject)).filter((f) => {
    const [[w, s], [e, n]] = geoBounds(f as never);
    return e >= 8 && w <= 32 && n >= 52 && s <= 63;
  });
  const onLand = (p: [number, number]) => land.some((f) => geoContains(f as never, p));

  it('runs each pipeline from its Russian landfall to Lubmin', () => {
    const ends = { 'nord-stream-2': ['kurgalsky', 'lubmin'], 'nord-stream-1': ['portovaya', 'lubmin'] } as const;
    for (const id of PIPELINES) {
      const route = input.map.routes[id];
      expect(route[0], id).toEqual(input.map.places[ends[id][0]]);
      expect(route.at(-1), id).toEqual(input.map.places[ends[id][1]]);
    }
  });

  it('keeps every waypoint between the landfalls at sea (world-atlas 1:50m)', () => {
    for (const id of PIPELINES) {
      for (const w of data.pipelines[id]!.waypoints) expect(onLand([w.lon, w.lat]), `${id} ${w.lon} ${w.lat}`).toBe(false);
    }
  });

  it('runs at sea all the way, but for the last few kilometres to each landfall', () => {
    for (const id of PIPELINES) {
      const points = routePoints(data.pipelines[id]!, data.places);
      for (let i = 0; i + 1 < points.length; i++) {
        for (let t = 0; t <= 1; t += 0.05) {
          const [a, b] = [points[i]!, points[i + 1]!];
          const p: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
          const km = Math.min(geoDistance(p, points[0]!), geoDistance(p, points.at(-1)!)) * 6371;
          if (km > 5) expect(onLand(p), `${id}, segment ${i} at ${t.toFixed(2)}`).toBe(false);
        }
      }
    }
  });

  it('passes Bornholm to the south-east, through Danish waters', () => {
    const bornholm = data.places.bornholm!;
    const near = data.pipelines['nord-stream-2']!.waypoints.filter((w) => Math.abs(w.lon - bornholm.lon) < 1 && Math.abs(w.lat - bornholm.lat) < 0.6);
    expect(near.length).toBeGreaterThan(0);
    for (const w of near) expect(w.lat < bornholm.lat && w.lon > bornholm.lon, `${w.lon} ${w.lat}`).toBe(true);
  });

  it('draws both lines inside the view', () => {
    for (const id of PIPELINES) {
      for (const [x, y] of input.map.routes[id]) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(WIDTH);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(HEIGHT);
      }
    }
  });
});

describe('nordstream: stances', () => {
  it('hatches the opponents in view in the critics state and dots Germany in the germany state', () => {
    const critics = countryStyles(input, 'critics');
    for (const c of ['poland', 'lithuania', 'latvia', 'estonia']) expect(critics[c], c).toBe('opposes');
    expect(critics.germany).toBe('none');
    expect(countryStyles(input, 'germany').germany).toBe('supports');
    expect(Object.values(countryStyles(input, 'route')).every((s) => s === 'none')).toBe(true);
  });

  it('takes the styles from the data: a changed stance changes the map', () => {
    const changed: NordstreamInput = {
      ...input,
      positions: [
        ...input.positions.map((p) => (p.actors.includes('estonia') ? { ...p, actors: p.actors.filter((a) => a !== 'estonia') } : p)),
        { id: 'test', actors: ['sweden', 'estonia'], stance: 'supports', date: '2022-01-01' },
      ],
    };
    expect(countryStyles(changed, 'critics').estonia).toBe('none');
    expect(countryStyles(changed, 'germany').estonia).toBe('supports');
    expect(countryStyles(changed, 'germany').sweden).toBe('supports');
  });

  it('lists the opponents off the map by name (wide) and dates each country on the map', () => {
    const wide = text(scenes.en.critics, 'wide');
    for (const name of ['Czech Republic', 'Hungary', 'Romania', 'Slovakia', 'Ukraine', 'United States']) expect(wide).toContain(name);
    for (const size of SIZES) {
      const poland = scenes.en.critics.layers[size].labels.find((l) => l.key === 'country-poland');
      expect(poland?.lines.join(' ').replace(/\u00a0/g, ' '), size).toMatch(/Mar 2018.*21 Jul 2021/);
    }
  });

  it('gives every statement its date and its form', () => {
    for (const size of SIZES) {
      const labels = keys(scenes.en.critics, size);
      for (const id of ['eu-leaders-2016', 'speakers-2018', 'ukraine-poland-2021', 'us-2019']) {
        expect(labels, size).toContain(`pos-${id}-date`);
        expect(labels, size).toContain(`pos-${id}-text`);
      }
    }
    expect(text(scenes.en.critics, 'wide')).toContain('Letter of 8 EU leaders');
    expect(text(scenes.de.critics, 'compact')).toContain('Brief von 8');
  });
});

describe('nordstream: quotes', () => {
  const kuehnert = 'Es muss irgendwann auch mal ein politischer Frieden und ein Rechtsfrieden bei so einer Frage eintreten';
  it("keeps Kühnert's sentence in German, with a translation marked as such on the English page only", () => {
    for (const tag of ['de', 'en'] as const) {
      const s = stringsFor(tag);
      expect(s['position.kuehnert-2022-01-08.quote']).toContain(kuehnert);
    }
    expect(stringsFor('en')['position.kuehnert-2022-01-08.translation']).toMatch(/^\(quoted in German; in English: At some point/);
    expect(stringsFor('de')['position.kuehnert-2022-01-08.translation']).toBeUndefined();
  });

  it('paraphrases Scholz, who spoke German and whose words we have only in English: no quote marks, no "translation" note', () => {
    for (const tag of ['de', 'en'] as const) {
      const s = stringsFor(tag);
      expect(s['position.scholz-2021-12-17.text'], tag).not.toMatch(/[«»“”"]/);
      expect(s['position.scholz-2021-12-17.translation'], tag).toBeUndefined();
    }
  });

  it("shows Kühnert's quote and Scholz's stance in the germany state, in both label sets", () => {
    for (const tag of ['de', 'en'] as const) {
      for (const size of SIZES) {
        const all = text(scenes[tag].germany, size).replace(/\s+/g, ' ');
        expect(all, `${tag} ${size}`).toContain('Rechtsfrieden');
        const scholz = ['text', 'short'].map((form) => stringsFor(tag)[`position.scholz-2021-12-17.${form}`]!);
        expect(scholz.some((line) => all.includes(line)), `${tag} ${size}: ${scholz.join(' / ')}`).toBe(true);
      }
    }
  });
});

describe('nordstream: the sanctions timeline', () => {
  it('shows the five US measures up to 10 January 2022 and the three threatened ones', () => {
    for (const size of SIZES) {
      const marks = scenes.en.sanctions.layers[size].marks;
      expect(marks.filter((m) => m.kind === 'event').map((m) => m.key), size).toEqual(
        ['ndaa-2019', 'fortuna-2021', 'waiver-2021', 'deal-2021', 'transadria-2021'].map((id) => `event-${id}`),
      );
      expect(marks.filter((m) => m.kind === 'threat')).toHaveLength(3);
    }
  });

  it('marks the developments after 10 January 2022 as later, with their dates, and only there', () => {
    for (const size of SIZES) {
      const s = scenes.en.sanctions.layers[size];
      expect(s.marks.filter((m) => m.kind === 'later').map((m) => m.key)).toEqual(['event-senate-2022', 'event-halt-2022']);
      expect(s.labels.filter((l) => l.key.startsWith('event-senate-2022') || l.key.startsWith('event-halt-2022')).every((l) => l.cls === 'later')).toBe(true);
      expect(keys(scenes.en.sanctions, size)).toContain('later-heading');
      expect(text(scenes.en.sanctions, size)).toContain('13 Jan 2022');
      expect(text(scenes.de.sanctions, size)).toContain('22. Feb. 2022');
    }
    for (const state of STATES.filter((s) => s !== 'sanctions')) {
      for (const size of SIZES) expect(text(scenes.en[state], size), state).not.toMatch(/2022.*(Senate|certification halted)/);
    }
  });
});

describe('nordstream: labels', () => {
  it('renders label text at 12.8 CSS px or more at the narrowest width of each set (320 px phones, 600 px wide)', () => {
    for (const size of SIZES) expect((FONT[size] * MIN_PX[size]) / WIDTH).toBeGreaterThanOrEqual(12.8);
  });

  for (const tag of ['de', 'en'] as const) {
    for (const size of SIZES) {
      it(`keeps ${tag} labels of the ${size} set inside the viewport and apart, by the layout's estimate of their width`, () => {
        for (const state of STATES) {
          const labels = scenes[tag][state].layers[size].labels;
          expectLabelsInsideAndApart(labels, WIDTH, HEIGHT, `${tag} ${state} ${size}`);
        }
      });
    }
  }

  it('labels what matters in each state, in both label sets and both locales', () => {
    const must: Record<State, string[]> = {
      route: ['route-ns2', 'route-ns1', 'place-kurgalsky', 'place-portovaya', 'place-lubmin', 'owner', 'waters', 'schematic'],
      status: ['route-ns2', 'route-ns1', 'completed', 'idle', 'certification', 'schematic'],
      critics: ['legend-text', 'transit', 'reason', 'country-estonia', 'country-latvia', 'country-lithuania', 'country-poland'],
      germany: ['legend-text', 'country-germany', 'group-austria', 'pos-kuehnert-2022-01-08-quote'],
      sanctions: ['sanctions-heading', 'threats-heading', 'later-heading'],
    };
    for (const tag of ['de', 'en'] as const) {
      for (const state of STATES) {
        for (const size of SIZES) for (const key of must[state]) expect(keys(scenes[tag][state], size), `${tag} ${state} ${size}`).toContain(key);
      }
    }
  });

  it('names the five states whose waters the pipeline crosses, and labels them on the wide map', () => {
    for (const size of SIZES) {
      const waters = scenes.en.route.layers[size].labels.find((l) => l.key === 'waters')!.lines.join(' ');
      for (const name of ['Russia', 'Finland', 'Sweden', 'Denmark', 'Germany']) expect(waters, size).toContain(name);
    }
    for (const c of WATERS) expect(keys(scenes.en.route, 'wide')).toContain(`country-${c}`);
  });

  it('shows each figure with its qualifier and the completion date, formatted for the locale', () => {
    const spaced = (t: string) => t.replace(/\s+/g, ' ');
    for (const tag of ['de', 'en'] as const) {
      const tr = translator(tag);
      const figure = (id: string) => spaced(formatFigure(data.figures[id]!, tr));
      for (const size of SIZES) {
        const route = spaced(text(scenes[tag].route, size));
        for (const id of PIPELINES) expect(route, `${tag} ${size} ${id}`).toContain(figure(data.pipelines[id]!.length));
        expect(route, `${tag} ${size}`).toContain(figure(data.pipelines['nord-stream-2']!.capacity));
        expect(spaced(text(scenes[tag].critics, size)), `${tag} ${size}`).toContain(figure('ukraine-transit-loss'));
      }
      expect(spaced(text(scenes[tag].status, 'wide')), tag).toContain(spaced(formatDate(data.nordstreamEvents[NAMED_EVENTS.completed]!.date, tr, 'long', data.nordstreamEvents[NAMED_EVENTS.completed]!.precision)));
    }
  });

  it('keeps every mark inside the viewport', () => {
    for (const state of STATES) {
      for (const size of SIZES) {
        for (const m of scenes.en[state].layers[size].marks) {
          expect(m.x - m.r, `${state} ${m.key}`).toBeGreaterThanOrEqual(0);
          expect(m.x + m.r).toBeLessThanOrEqual(WIDTH);
          expect(m.y - m.r).toBeGreaterThanOrEqual(0);
          expect(m.y + m.r).toBeLessThanOrEqual(HEIGHT);
        }
      }
    }
  });
});

describe('nordstream: descriptions', () => {
  it('fills every placeholder of the text descriptions', () => {
    for (const tag of ['de', 'en'] as const) {
      const tr = translator(tag);
      const values = nordstreamValues(tr, data);
      // as the graphic's frame fills them: every figure, and the graphic's own values
      const text = graphicText(tr, data.figures);
      for (const state of STATES) expect(text(`graphic.nordstream.${state}`, values), `${tag} ${state}`).not.toMatch(/\{\{|\}\}/);
      const inView = new Set<string>(countriesInView(nordstreamMap(data)));
      const offMap = [...new Set(Object.values(data.positions).filter((p) => p.stance === 'opposes').flatMap((p) => p.actors))].filter((c) => !inView.has(c));
      for (const c of offMap) expect(values.offMap, `${tag} ${c}`).toContain(tr.t(`map.country.${c}`));
    }
  });
});

describe('nordstream map: size', () => {
  it("keeps the map's share of the page HTML under 15 KB gzip (base map and every state's overlay)", () => {
    const map = nordstreamMap(data);
    const drawn = countriesInView(map).filter((c) => Object.values(data.positions).some((p) => p.actors.includes(c)));
    const shapes = {
      countries: Object.fromEntries(drawn.map((c) => [c, map.countries[c]!.path])),
      pathScale: map.pathScale,
      routes: Object.fromEntries(PIPELINES.map((id) => [id, routePath(input.map.routes[id])])) as Record<(typeof PIPELINES)[number], string>,
    };
    const overlays = STATES.map((s) => overlaySvg(scenes.de[s], shapes)).join('');
    expect(gzipSync(map.land + map.borders + overlays).length).toBeLessThan(15_000);
  });

  it('draws each state as an overlay: the veil, its countries, the lines and both label sets', () => {
    const map = nordstreamMap(data);
    const shapes = { countries: { poland: map.countries.poland!.path, germany: map.countries.germany!.path }, pathScale: map.pathScale, routes: { 'nord-stream-2': 'M0 0', 'nord-stream-1': 'M1 1' } };
    expect(overlaySvg(scenes.en.critics, shapes)).toContain('class="ns-country ns-opposes" data-country="poland"');
    expect(overlaySvg(scenes.en.germany, shapes)).toContain('class="ns-country ns-supports" data-country="germany"');
    expect(overlaySvg(scenes.en.status, shapes)).toContain('class="ns-idle"');
    expect(overlaySvg(scenes.en.route, shapes)).not.toContain('ns-idle');
    expect(overlaySvg(scenes.en.sanctions, shapes)).toMatch(/^<rect class="ns-veil"/);
    for (const s of STATES) expect(overlaySvg(scenes.en[s], shapes)).toMatch(/ns-compact[\s\S]*ns-wide/);
  });
});
