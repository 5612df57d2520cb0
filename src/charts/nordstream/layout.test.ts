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
import type { Box } from '../shared/text';
import { INNER_STEP, atlasWithCrimeaInUkraine } from '../shared/map/geometry';
import { BASE, countriesInView, countriesShown, nordstreamInput, nordstreamMap, nordstreamStrings, nordstreamValues, routePoints, type NordstreamData } from './data';
import { FONT, HEIGHT, MAP_H, MIN_PX, PIPELINES, STATES, WATERS, WIDTH, baseLayers, countryStyles, framed, frameOf, highlighted, layout, timelineItems, type NordstreamInput, type Scene, type SizeClass, type State } from './layout';
import { layersSvg, overlaySvg, routePath } from './render';
import { LANES } from './timeline';
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

  it('draws both lines inside the map in the states about the pipeline', () => {
    for (const state of ['route', 'status', 'sanctions'] as const) {
      for (const id of PIPELINES) {
        for (const [x, y] of framed(input.map, scenes.en[state].frame).routes[id]) {
          expect(x, state).toBeGreaterThan(0);
          expect(x, state).toBeLessThan(WIDTH);
          expect(y, state).toBeGreaterThan(0);
          expect(y, state).toBeLessThan(MAP_H);
        }
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
      positions: [...input.positions, { id: 'test', actors: ['sweden', 'poland'], stance: 'supports', form: 'statement', date: '2022-01-09' }],
    };
    // a country's latest stance counts
    expect(countryStyles(changed, 'critics').poland).toBe('none');
    expect(countryStyles(changed, 'germany').poland).toBe('supports');
    expect(countryStyles(changed, 'germany').sweden).toBe('supports');
  });

  it('names the opponents the critics map shows, and lists by name in the description those beyond it', () => {
    const shown = countriesShown(input, 'critics');
    const opponents = [...new Set(input.positions.filter((p) => p.stance === 'opposes').flatMap((p) => p.actors))];
    const values = nordstreamValues(translator('en'), data);
    for (const c of opponents) {
      const name = translator('en').t(`map.country.${c}`);
      expect(shown.has(c) ? values.onMap : values.offMap, c).toContain(name);
    }
    // the largest on the map is named on it in both label sets
    const largest = opponents.filter((c) => shown.has(c)).sort((a, b) => area(b) - area(a))[0]!;
    for (const size of SIZES) expect(keys(scenes.en.critics, size), size).toContain(`country-${largest}`);
  });
});

/** A country's area on the base map (its box) */
const area = (c: string) => { const [[x0, y0], [x1, y1]] = input.map.countries[c]!.box; return (x1 - x0) * (y1 - y0); };

describe('nordstream: who took a position', () => {
  it('says how many a source names where more signed than it names, in every locale', () => {
    for (const tag of ['de', 'en', 'fr'] as const) {
      const strings = stringsFor(tag);
      for (const [id, p] of Object.entries(data.positions)) {
        const who = strings[`position.${id}.who`]!;
        const short = p.signatories !== undefined && p.signatories > p.actors.length;
        expect(who.includes(`${p.actors.length}`) && who.includes(`${p.signatories}`), `${tag} ${id}: ${who}`).toBe(short);
      }
    }
    expect(Object.values(data.positions).some((p) => p.signatories !== undefined && p.signatories > p.actors.length)).toBe(true);
  });
});

describe('nordstream: the map per state', () => {
  const inArea = (box: [[number, number], [number, number]], context: string) => {
    expect(box[0][0], context).toBeGreaterThanOrEqual(-0.5);
    expect(box[0][1], context).toBeGreaterThanOrEqual(-0.5);
    expect(box[1][0], context).toBeLessThanOrEqual(WIDTH + 0.5);
    expect(box[1][1], context).toBeLessThanOrEqual(MAP_H + 0.5);
  };
  const frameBox = (state: State, box: [[number, number], [number, number]]): [[number, number], [number, number]] => {
    const f = frameOf(input.map.views[state]);
    return [[f.x + f.k * box[0][0], f.y + f.k * box[0][1]], [f.x + f.k * box[1][0], f.y + f.k * box[1][1]]];
  };

  it("fits each state's view into the map area, as wide or as high as the area", () => {
    for (const state of STATES) {
      const view = frameBox(state, input.map.views[state]);
      inArea(view, state);
      const fills = Math.abs(view[1][0] - view[0][0] - WIDTH) < 1 || Math.abs(view[1][1] - view[0][1] - MAP_H) < 1;
      expect(fills, state).toBe(true);
    }
  });

  it('covers the whole map area with the base map in every state: no edge without land or sea', () => {
    for (const state of STATES) {
      const [[x0, y0], [x1, y1]] = frameBox(state, [[0, 0], [BASE.width, BASE.height]]);
      expect(x0 <= 0 && y0 <= 0 && x1 >= WIDTH && y1 >= MAP_H, `${state}: ${x0} ${y0} ${x1} ${y1}`).toBe(true);
    }
  });

  it('shows Germany and Austria whole in the germany state, the Baltic critics and Poland whole beside the route in the critics state', () => {
    for (const [state, countries] of [['germany', ['germany', 'austria']], ['critics', ['estonia', 'latvia', 'lithuania', 'poland']]] as const) {
      for (const c of countries) inArea(frameBox(state, input.map.countries[c]!.box), `${state} ${c}`);
      for (const id of PIPELINES) {
        const shown = framed(input.map, frameOf(input.map.views[state])).routes[id];
        if (state === 'critics') for (const [x, y] of shown) inArea([[x, y], [x, y]], `${state} ${id}`);
      }
    }
    const lubmin = framed(input.map, frameOf(input.map.views.germany)).places.lubmin;
    inArea([lubmin, lubmin], 'germany lubmin');
  });

  it('frames the map the same in the states about the pipeline, and moves it for the critics and Germany', () => {
    const frames = Object.fromEntries(STATES.map((s) => [s, scenes.en[s].frame]));
    expect(frames.status).toEqual(frames.route);
    expect(frames.sanctions).toEqual(frames.route);
    expect(frames.critics).not.toEqual(frames.route);
    expect(frames.germany).not.toEqual(frames.route);
    expect(frames.germany).not.toEqual(frames.critics);
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

});

describe('nordstream: the timeline', () => {
  const items = timelineItems(input);
  const markKeys = (scene: Scene, size: SizeClass) => scene.layers[size].marks.filter((m) => m.kind.startsWith('tl-')).map((m) => m.key);

  it('has every letter, statement and measure of the data, in date order, each in the lane of its kind', () => {
    const dispute = input.events.filter((e) => !['opened', 'completed'].includes(e.kind));
    expect(items.map((i) => i.key).sort()).toEqual([...input.positions.map((p) => `position-${p.id}`), ...dispute.map((e) => `event-${e.id}`)].sort());
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort());
    const lane = Object.fromEntries(items.map((i) => [i.key, i.lane]));
    for (const p of input.positions) expect(lane[`position-${p.id}`], p.id).toBe(p.form.includes('letter') ? 'letter' : p.form === 'sanctions' ? 'measure' : 'statement');
    for (const e of dispute) expect(lane[`event-${e.id}`], e.id).toBe(e.kind === 'agreement' ? 'statement' : 'measure');
  });

  it('draws every item in the strip under the map, in its lane, in every state (the base all states share)', () => {
    for (const size of SIZES) {
      const base = baseLayers(input, stringsFor('en'))[size];
      const marks = base.marks.filter((m) => m.kind.startsWith('tl-'));
      expect(marks.map((m) => m.key).sort()).toEqual(items.map((i) => i.key).sort());
      for (const m of marks) {
        expect(m.y - m.r, m.key).toBeGreaterThan(MAP_H);
        expect(m.kind, m.key).toBe(`tl-${items.find((i) => i.key === m.key)!.lane}`);
      }
      const laneY = LANES.map((l) => marks.find((m) => m.kind === `tl-${l}`)!.y);
      expect(laneY, size).toEqual([...laneY].sort((a, b) => a - b));
      expect(base.labels.filter((l) => l.cls === 'lane')).toHaveLength(LANES.length);
      expectLabelsInsideAndApart(base.labels, WIDTH, HEIGHT, `base ${size}`);
    }
  });

  it("highlights the state's own: the critics' and the supporters' statements, the measures, the regulator's", () => {
    const expected: Record<State, string[]> = {
      route: [],
      status: input.events.filter((e) => ['suspended', 'halt'].includes(e.kind)).map((e) => `event-${e.id}`),
      critics: input.positions.filter((p) => p.stance === 'opposes').map((p) => `position-${p.id}`),
      germany: input.positions.filter((p) => p.stance === 'supports').map((p) => `position-${p.id}`),
      sanctions: input.events.filter((e) => ['sanctions', 'waiver', 'agreement', 'threat', 'vote'].includes(e.kind)).map((e) => `event-${e.id}`),
    };
    for (const state of STATES) {
      expect(highlighted(items, state).map((i) => i.key).sort(), state).toEqual(expected[state].sort());
      for (const size of SIZES) expect(markKeys(scenes.en[state], size).sort(), `${state} ${size}`).toEqual(expected[state].sort());
    }
  });

  it('draws the items reported after 10 January 2022 hollow, and their callouts as later', () => {
    const later = new Set(items.filter((i) => i.later).map((i) => i.key));
    expect(later.size).toBeGreaterThan(0);
    for (const state of STATES) {
      for (const size of SIZES) {
        for (const m of scenes.en[state].layers[size].marks.filter((k) => k.kind.startsWith('tl-'))) expect(m.later === true, m.key).toBe(later.has(m.key));
        for (const l of scenes.en[state].layers[size].labels.filter((k) => k.key.startsWith('callout-') && !k.key.endsWith('-date'))) {
          const date = l.key.slice(-10);
          const isLater = items.some((i) => later.has(i.key) && i.date === date);
          expect(l.cls === 'later', l.key).toBe(isLater);
        }
      }
    }
  });

  it('labels every highlighted day on the wide strip, with its date, in both locales; the phone strip the newest that fit', () => {
    for (const tag of ['de', 'en'] as const) {
      const dates = new Set(items.map((i) => stringsFor(tag)[`${i.text}.date`]!));
      for (const state of STATES) {
        const days = new Set(highlighted(items, state).map((i) => `${i.lane}-${i.date}`));
        const callouts = (size: SizeClass) => new Set(scenes[tag][state].layers[size].labels.filter((l) => l.key.startsWith('callout-') && !l.key.endsWith('-date')).map((l) => l.key.slice('callout-'.length)));
        expect([...callouts('wide')].sort(), `${tag} ${state}`).toEqual([...days].sort());
        const compact = [...callouts('compact')];
        for (const id of compact) expect(days.has(id), id).toBe(true);
        // the phone strip leaves out the oldest first
        const newest = [...days].sort((a, b) => b.slice(-10).localeCompare(a.slice(-10))).slice(0, compact.length);
        expect(compact.sort(), `${tag} ${state} compact`).toEqual(newest.sort());
        if (days.size) expect(compact.length, `${tag} ${state} compact`).toBeGreaterThan(0);
        // each wide callout shows a date: as its lead, or on a line of its own above
        for (const l of scenes[tag][state].layers.wide.labels.filter((k) => k.key.startsWith('callout-') && !k.key.endsWith('-date'))) {
          const date = l.lead ?? scenes[tag][state].layers.wide.labels.find((k) => k.key === `${l.key}-date`)?.lines[0];
          expect(dates.has(date ?? ''), `${tag} ${l.key}: ${date}`).toBe(true);
        }
      }
    }
  });

  it('draws every mark within its own year on the axis, between the tick of its year and the next, in every locale and label set', () => {
    const dateOf = Object.fromEntries(items.map((i) => [i.key, i.date]));
    for (const tag of ['de', 'en', 'fr'] as const) {
      for (const size of SIZES) {
        const base = baseLayers(input, stringsFor(tag))[size];
        const ticks = base.rules.filter((r) => r.key.startsWith('tick-')).map((r) => ({ year: Number(r.key.slice('tick-'.length)), x: r.x1 }));
        for (const m of base.marks.filter((k) => k.kind.startsWith('tl-'))) {
          const year = Number(dateOf[m.key]!.slice(0, 4));
          const from = ticks.filter((t) => t.year <= year).at(-1);
          const to = ticks.find((t) => t.year > year);
          if (from) expect(m.x, `${tag} ${size} ${m.key} (${dateOf[m.key]}) after the ${from.year} tick`).toBeGreaterThanOrEqual(from.x);
          if (to) expect(m.x, `${tag} ${size} ${m.key} (${dateOf[m.key]}) before the ${to.year} tick`).toBeLessThan(to.x);
        }
      }
    }
  });

  it('reads in date order in every state, locale and label set: marks left to right across the lanes, callouts top to bottom and left to right along a row', () => {
    const dateOf = Object.fromEntries(items.map((i) => [i.key, i.date]));
    for (const tag of ['de', 'en', 'fr'] as const) {
      const strings = stringsFor(tag);
      for (const size of SIZES) {
        const marks = baseLayers(input, strings)[size].marks.filter((m) => m.kind.startsWith('tl-'));
        const leftToRight = [...marks].sort((a, b) => a.x - b.x).map((m) => dateOf[m.key]!);
        expect(leftToRight, `${tag} ${size} marks`).toEqual([...leftToRight].sort());
        for (const state of STATES) {
          const labels = layout(input, strings, state).layers[size].labels;
          // a callout's key ends with its day; where its date has a line of its own, that line is its top
          const callouts = labels.filter((l) => l.key.startsWith('callout-') && !l.key.endsWith('-date')).map((l) => labels.find((d) => d.key === `${l.key}-date`) ?? l);
          const reading = [...callouts].sort((a, b) => a.box[0][1] - b.box[0][1] || a.box[0][0] - b.box[0][0]).map((l) => l.key.replace(/-date$/, '').slice(-10));
          expect(reading, `${tag} ${state} ${size} callouts`).toEqual([...reading].sort());
        }
      }
    }
  });

  it('keeps the callouts under the lanes, each on a leader from its mark', () => {
    for (const state of STATES) {
      for (const size of SIZES) {
        const layer = scenes.de[state].layers[size];
        const lowest = Math.max(...layer.marks.filter((m) => m.kind.startsWith('tl-')).map((m) => m.y + m.r), MAP_H);
        for (const l of layer.labels.filter((k) => k.key.startsWith('callout-') && !k.key.endsWith('-date'))) {
          expect(l.box[0][1], l.key).toBeGreaterThan(lowest);
          const leader = layer.rules.find((r) => r.key === `leader-${l.key.slice('callout-'.length)}`);
          expect(leader, l.key).toBeDefined();
          expect(leader!.x1).toBe(leader!.x2);
          expect(leader!.x1).toBeGreaterThanOrEqual(l.box[0][0] - 0.5);
          expect(leader!.x1).toBeLessThanOrEqual(l.box[1][0] + 0.5);
        }
      }
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
      status: ['route-ns2', 'route-ns1', 'completed', 'schematic'],
      critics: ['legend-text', 'country-poland'],
      germany: ['legend-text', 'country-germany', 'country-austria'],
      sanctions: ['sanctions-heading'],
    };
    for (const tag of ['de', 'en'] as const) {
      for (const state of STATES) {
        for (const size of SIZES) for (const key of must[state]) expect(keys(scenes[tag][state], size), `${tag} ${state} ${size}`).toContain(key);
      }
      for (const key of ['reason', 'transit']) expect(keys(scenes[tag].critics, 'wide'), tag).toContain(key);
      for (const key of ['idle', 'certification']) expect(keys(scenes[tag].status, 'wide'), tag).toContain(key);
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
      }
      expect(spaced(text(scenes[tag].critics, 'wide')), tag).toContain(figure('ukraine-transit-loss'));
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

describe('nordstream: country names', () => {
  it('names each country on its own land, not on a neighbour or out at sea, in every state, locale and label set', () => {
    for (const tag of ['de', 'en', 'fr'] as const) {
      const scenes = Object.fromEntries(STATES.map((s) => [s, layout(input, stringsFor(tag), s)])) as Record<State, Scene>;
      for (const state of STATES) {
        const frame = frameOf(input.map.views[state]);
        const view = framed(input.map, frame);
        for (const size of SIZES) {
          for (const label of scenes[state].layers[size].labels.filter((l) => l.key.startsWith('country-'))) {
            const country = label.key.slice('country-'.length);
            const [[x0, y0], [x1, y1]] = label.box;
            const words: Box = [[x0, y0], [x1, y0 + (y1 - y0) / label.lines.length]];
            // the name's line holds a point of the country, or lies within a grid step of one (a short name between two points)
            const reach = (INNER_STEP * frame.k) / 2;
            const near = view.countries[country]!.inner.some(([x, y]) => x >= words[0][0] - reach && x <= words[1][0] + reach && y >= words[0][1] - reach && y <= words[1][1] + reach);
            expect(near, `${tag} ${state} ${size}: ${label.lines[0]} at ${JSON.stringify(label.box)}`).toBe(true);
          }
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
      const inView = countriesShown(nordstreamInput(data), 'critics');
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
    const strip = layersSvg(baseLayers(input, stringsFor('de'))).html;
    expect(gzipSync(map.land + map.borders + strip + overlays).length).toBeLessThan(15_000);
  });

  it('draws each state as an overlay: its countries and the lines in its frame, cut to the map, and both label sets; no veil', () => {
    const map = nordstreamMap(data);
    const shapes = { countries: { poland: map.countries.poland!.path, germany: map.countries.germany!.path }, pathScale: map.pathScale, routes: { 'nord-stream-2': 'M0 0', 'nord-stream-1': 'M1 1' } };
    expect(overlaySvg(scenes.en.critics, shapes)).toContain('class="ns-country ns-opposes" data-country="poland"');
    expect(overlaySvg(scenes.en.germany, shapes)).toContain('class="ns-country ns-supports" data-country="germany"');
    expect(overlaySvg(scenes.en.status, shapes)).toContain('class="ns-idle"');
    expect(overlaySvg(scenes.en.route, shapes)).not.toContain('ns-idle');
    for (const s of STATES) {
      const { k, x, y } = scenes.en[s].frame;
      expect(overlaySvg(scenes.en[s], shapes), s).toMatch(new RegExp(`^<g clip-path="url\\(#ns-map-clip\\)"><g transform="translate\\(${x},${y}\\) scale\\(${k}\\)">`));
      expect(overlaySvg(scenes.en[s], shapes), s).not.toContain('ns-veil');
    }
    for (const s of STATES) expect(overlaySvg(scenes.en[s], shapes)).toMatch(/ns-compact[\s\S]*ns-wide/);
  });
});
