import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../site-content/schemas';
import { formatFigure } from '../../i18n/format';
import { pathContains } from '../shared/map/path';
import { contentFigures, contentJson, translator, withValues } from '../shared/test-content';
import { expectLabelsInsideAndApart } from '../shared/expect-labels';
import { troopsInput, troopsMap, troopsStrings, ESTIMATES } from './data';
import { LINE_EM } from '../shared/text';
import { FONT, HEIGHT, MIN_PX, SOLDIERS_PER_MARK, STATES, WIDTH, layout, type Scene, type State } from './layout';
import { pack } from './pack';
import { sceneSvg } from './render';

const places = contentJson('content/data/places.json');
const scenesFor = (figures: Record<string, Figure>, tag: string) => {
  const strings = troopsStrings(translator(tag), figures);
  return Object.fromEntries(STATES.map((s) => [s, layout(troopsInput(figures, places), strings, s)])) as Record<State, Scene>;
};
const visible = (scene: Scene, kind: string) => scene.marks.filter((m) => m.kind === kind && m.opacity > 0);

/** The layout checks run on the figures of content/data and on figures as an editor might change them. */
const FIGURE_SETS = {
  'content/data': contentFigures,
  'changed by an editor': withValues(contentFigures, { 'ru-troops-ukraine': 110_000, 'csto-total': 3_540 }),
};
const scenes = { de: scenesFor(contentFigures, 'de'), en: scenesFor(contentFigures, 'en') };
const en = scenes.en;

for (const [figuresName, figures] of Object.entries(FIGURE_SETS)) {
  const scenes = { de: scenesFor(figures, 'de'), en: scenesFor(figures, 'en') };
  const en = scenes.en;
  const troopMarks = Math.round(figures['ru-troops-ukraine']!.value / SOLDIERS_PER_MARK);
  const cstoMarks = Math.round(figures['csto-total']!.value / SOLDIERS_PER_MARK);

  describe(`troops layout: marks (${figuresName} figures)`, () => {
    it('layout(ukraine-border) places one mark per 1,000 soldiers at the border of Ukraine', () => {
      expect(visible(en['ukraine-border'], 'troop')).toHaveLength(troopMarks);
    });

    it('layout(kazakhstan) places one mark per 1,000 soldiers of the CSTO mission, and no troop mark', () => {
      expect(visible(en.kazakhstan, 'csto')).toHaveLength(cstoMarks);
      expect(visible(en.kazakhstan, 'troop')).toHaveLength(0);
    });

    it('layout(two-fronts) shows both deployments at one scale, all marks the same size', () => {
      const troops = visible(en['two-fronts'], 'troop');
      const csto = visible(en['two-fronts'], 'csto');
      expect(troops).toHaveLength(troopMarks);
      expect(csto).toHaveLength(cstoMarks);
      expect(new Set([...troops, ...csto].map((m) => m.r)).size).toBe(1);
    });

    it('shows the right marks in each state', () => {
      const counts = (s: Scene) => Object.fromEntries(['troop', 'csto', 'estimate', 'capital', 'city', 'site'].map((k) => [k, visible(s, k).length]));
      expect(counts(en.neighbourhood)).toEqual({ troop: 0, csto: 0, estimate: 0, capital: 0, city: 0, site: 0 });
      expect(counts(en.buildup)).toEqual({ troop: 0, csto: 0, estimate: ESTIMATES.length, capital: 0, city: 0, site: 0 });
      expect(counts(en['ukraine-border'])).toEqual({ troop: troopMarks, csto: 0, estimate: 0, capital: 1, city: 0, site: 0 });
      expect(counts(en.kazakhstan)).toEqual({ troop: 0, csto: cstoMarks, estimate: 0, capital: 0, city: 1, site: 0 });
      expect(counts(en.stakes)).toEqual({ troop: 0, csto: 0, estimate: 0, capital: 1, city: 2, site: 1 });
      expect(counts(en['two-fronts'])).toEqual({ troop: troopMarks, csto: cstoMarks, estimate: 0, capital: 0, city: 0, site: 0 });
    });

    it('keeps the same mark keys, in the same order, in every state (object constancy)', () => {
      const keys = en.neighbourhood.marks.map((m) => m.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const state of STATES) expect(en[state].marks.map((m) => m.key)).toEqual(keys);
    });

    it('names every city whose symbol a state shows', () => {
      for (const state of STATES)
        for (const size of ['compact', 'wide'] as const) {
          const keys = en[state].labels[size].map((l) => l.key);
          for (const m of en[state].marks.filter((m) => ['capital', 'city', 'site'].includes(m.kind) && m.opacity > 0)) expect(keys, `${state} ${size}`).toContain(`place-${m.key.slice(2)}`);
        }
    });

    it('names Russia and Belarus beside Ukraine, and at least three of Kazakhstan’s neighbours, in some label set', () => {
      const named = (state: State) => new Set((['compact', 'wide'] as const).flatMap((size) => en[state].labels[size].map((l) => l.key)));
      expect([...named('ukraine-border')]).toEqual(expect.arrayContaining(['name-label-russia-west', 'name-label-belarus']));
      for (const state of ['kazakhstan', 'stakes'] as const) expect([...named(state)].filter((k) => k.startsWith('name-')).length, state).toBeGreaterThanOrEqual(3);
    });

    it('layout(two-fronts) puts the troop marks along the border regions of the clusters, west of Kazakhstan', () => {
      const map = troopsInput(figures, places).map;
      const clusters = ['troops-north', 'troops-northeast', 'troops-east', 'troops-southeast'] as const;
      const ys = clusters.map((c) => map.places[c][1]);
      const marks = visible(en['two-fronts'], 'troop');
      const pitch = marks[1]!.x - marks[0]!.x;
      for (const m of marks) {
        expect(m.x + m.r, m.key).toBeLessThanOrEqual(map.countries.kazakhstan.box[0][0]);
        expect(m.x, m.key).toBeGreaterThanOrEqual(Math.min(...clusters.map((c) => map.places[c][0])) - 0.5);
        expect(m.y, m.key).toBeGreaterThanOrEqual(Math.min(...ys) - 5 * pitch);
        expect(m.y, m.key).toBeLessThanOrEqual(Math.max(...ys) + 5 * pitch);
      }
    });

    it('draws the schematic clusters on the Russian side: no troop mark inside Ukraine', () => {
      const map = troopsMap();
      for (const state of ['ukraine-border', 'two-fronts'] as const) {
        const { view } = en[state];
        for (const m of visible(en[state], 'troop')) {
          const base: [number, number] = [(m.x - view.x) / view.k / map.pathScale, (m.y - view.y) / view.k / map.pathScale];
          expect(pathContains(map.countries.ukraine!.path, base), `${state} ${m.key}`).toBe(false);
        }
      }
    });

    it('draws the estimates as separate points, one row each, never joined by a line', () => {
      const dots = visible(en.buildup, 'estimate');
      expect(new Set(dots.map((d) => d.y)).size).toBe(dots.length);
      for (const rule of en.buildup.rules) {
        // rules are the zero axis (vertical) or a row's guide (horizontal): none runs from dot to dot
        expect(rule.x1 === rule.x2 || rule.y1 === rule.y2).toBe(true);
      }
      // dots sit on a scale from zero: the larger estimate is further right
      const byValue = [...ESTIMATES].sort((a, b) => figures[a].value - figures[b].value).map((id) => dots.find((d) => d.key === `e-${id}`)!.x);
      expect([...byValue].sort((a, b) => a - b)).toEqual(byValue);
    });

    it('keeps every visible mark inside the viewport', () => {
      for (const state of STATES) {
        for (const m of en[state].marks.filter((x) => x.opacity > 0)) {
          expect(m.x - m.r, `${state} ${m.key}`).toBeGreaterThanOrEqual(0);
          expect(m.x + m.r).toBeLessThanOrEqual(WIDTH);
          expect(m.y - m.r).toBeGreaterThanOrEqual(0);
          expect(m.y + m.r).toBeLessThanOrEqual(HEIGHT);
        }
      }
    });
  });

  describe(`troops layout: labels (${figuresName} figures)`, () => {
    for (const tag of ['de', 'en'] as const) {
      for (const size of ['compact', 'wide'] as const) {
        it(`keeps ${tag} labels of the ${size} set inside the viewport and apart, by the layout's estimate of their width`, () => {
          for (const state of STATES) {
            const labels = scenes[tag][state].labels[size];
            expectLabelsInsideAndApart(labels, WIDTH, HEIGHT, `${tag} ${state} ${size}`);
          }
        });
      }
    }

    it('labels what matters in each state, in both label sets', () => {
      const must: Record<State, string[]> = {
        neighbourhood: ['country-belarus', 'country-ukraine', 'country-kazakhstan', 'country-russia'],
        buildup: ['est-heading', 'est-caveat', ...ESTIMATES.flatMap((id) => [`est-row-${id}`, `est-value-${id}`])],
        'ukraine-border': ['total-ukraine', 'schematic', 'legend', 'crimea', 'place-kyiv', 'held'],
        kazakhstan: ['contingents', 'press', 'total-csto', 'legend', 'place-almaty'],
        stakes: ['russians', 'place-nur-sultan', 'place-almaty', 'place-zhanaozen', 'place-baikonur'],
        'two-fronts': ['total-ukraine', 'total-csto', 'schematic', 'legend'],
      };
      for (const state of STATES) {
        for (const size of ['compact', 'wide'] as const) {
          const keys = en[state].labels[size].map((l) => l.key);
          for (const key of must[state]) expect(keys, `${state} ${size}`).toContain(key);
        }
      }
    });

    it('layout(two-fronts) keeps a line of text free between the troop column and the CSTO total, so the total is not read as the column’s label', () => {
      for (const tag of ['de', 'en'] as const) {
        const scene = scenes[tag]['two-fronts'];
        const column = visible(scene, 'troop');
        const columnBottom = Math.max(...column.map((m) => m.y + m.r));
        const [columnLeft, columnRight] = [Math.min(...column.map((m) => m.x - m.r)), Math.max(...column.map((m) => m.x + m.r))];
        for (const size of ['compact', 'wide'] as const) {
          const total = scene.labels[size].find((l) => l.key === 'total-csto')!;
          const underColumn = total.box[0][0] < columnRight && total.box[1][0] > columnLeft;
          if (underColumn) expect(total.box[0][1] - columnBottom, `${tag} ${size}`).toBeGreaterThanOrEqual(FONT[size] * LINE_EM - 0.5);
        }
      }
    });

    it('shows each figure with its qualifier, formatted for the locale', () => {
      const text = (s: Scene) => s.labels.compact.flatMap((l) => l.lines).join(' ');
      const shows: Partial<Record<State, string[]>> = { 'ukraine-border': ['ru-troops-ukraine'], kazakhstan: ['csto-total'], 'two-fronts': ['ru-troops-ukraine', 'csto-total'] };
      for (const tag of ['de', 'en'] as const) {
        for (const [state, ids] of Object.entries(shows)) for (const id of ids) expect(text(scenes[tag][state as State]), `${tag} ${state} ${id}`).toContain(formatFigure(figures[id]!, translator(tag)));
      }
    });
  });
}

describe('troops layout: label sizes', () => {
  it('renders label text at 12.8 CSS px or more at the narrowest width of each set, by the layout’s constants (e2e/labels.spec.ts measures the browser)', () => {
    for (const size of ['compact', 'wide'] as const) expect((FONT[size] * MIN_PX[size]) / WIDTH).toBeGreaterThanOrEqual(12.8);
  });
});

describe('troops map: size', () => {
  it("keeps the map's share of the page HTML under 15 KB gzip (paths, summary SVG, states JSON)", () => {
    const map = troopsMap();
    const paths = [map.land, map.borders, map.countries.belarus!.path, map.countries.ukraine!.path, map.countries.kazakhstan!.path, map.crimea!.path].join('');
    const svg = Object.values(sceneSvg(en['two-fronts'], FONT)).join('');
    const data = JSON.stringify(pack(STATES.map((s) => en[s])));
    const total = gzipSync(paths + svg + data).length;
    expect(total).toBeLessThan(15_000);
  });
});
