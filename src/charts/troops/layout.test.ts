import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../site-content/schemas';
import { formatFigure } from '../../i18n/format';
import { pathContains } from '../shared/map/path';
import { contentFigures, contentJson, translator, withValues } from '../shared/test-content';
import { expectLabelsInsideAndApart } from '../shared/expect-labels';
import { troopsInput, troopsMap, troopsStrings, ESTIMATES, PLANNED } from './data';
import { LINE_EM, overlaps } from '../shared/text';
import { FONT, HEIGHT, MIN_PX, SOLDIERS_PER_MARK, STATES, WIDTH, axisTicks, boxOfBar, layout, type Scene, type State } from './layout';
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
      const counts = (s: Scene) => ({
        ...Object.fromEntries(['troop', 'csto', 'capital', 'city', 'site'].map((k) => [k, visible(s, k).length])),
        bar: s.bars.compact.filter((b) => b.kind === 'estimate' || b.kind === 'planned').length,
      });
      expect(counts(en.neighbourhood)).toEqual({ troop: 0, csto: 0, bar: 0, capital: 0, city: 0, site: 0 });
      expect(counts(en.buildup)).toEqual({ troop: 0, csto: 0, bar: ESTIMATES.length, capital: 0, city: 0, site: 0 });
      expect(counts(en['ukraine-border'])).toEqual({ troop: troopMarks, csto: 0, bar: 0, capital: 1, city: 0, site: 0 });
      expect(counts(en.kazakhstan)).toEqual({ troop: 0, csto: cstoMarks, bar: 0, capital: 0, city: 1, site: 0 });
      expect(counts(en.stakes)).toEqual({ troop: 0, csto: 0, bar: 0, capital: 1, city: 2, site: 1 });
      expect(counts(en['two-fronts'])).toEqual({ troop: troopMarks, csto: cstoMarks, bar: 0, capital: 0, city: 0, site: 0 });
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

    describe('layout(buildup): the estimates as a bar chart', () => {
      const sets = (['de', 'en'] as const).flatMap((tag) => (['compact', 'wide'] as const).map((size) => ({ tag, size, scene: scenes[tag].buildup })));
      const estimateBars = (scene: Scene, size: 'compact' | 'wide') => scene.bars[size].filter((b) => b.kind === 'estimate' || b.kind === 'planned');
      const largest = Math.max(...ESTIMATES.map((id) => figures[id]!.value));

      it('is a chart, not a map: the map is faded out entirely', () => {
        expect(en.buildup.mapOpacity).toBe(0);
        for (const state of STATES.filter((s) => s !== 'buildup')) expect(en[state].mapOpacity, state).toBe(1);
      });

      it('draws one bar per estimate from the zero line, its length in proportion to its value', () => {
        for (const { tag, size, scene } of sets) {
          const zero = scene.bars[size].find((b) => b.kind === 'zero')!;
          const bars = estimateBars(scene, size);
          expect(bars.map((b) => b.key), `${tag} ${size}`).toEqual(ESTIMATES.map((id) => `bar-${id}`));
          const perSoldier = bars[0]!.width / figures[ESTIMATES[0]]!.value;
          ESTIMATES.forEach((id, i) => {
            expect(bars[i]!.x, `${tag} ${size} ${id}`).toBe(zero.x);
            expect(bars[i]!.width / figures[id]!.value, `${tag} ${size} ${id}`).toBeCloseTo(perSoldier, 5);
          });
        }
      });

      it('has a value axis from zero: a tick label for 0 and round steps up to the largest estimate, each at its value', () => {
        for (const { tag, size, scene } of sets) {
          const ticks = axisTicks(largest).filter((v) => scene.labels[size].some((l) => l.key === `est-tick-${v}`));
          expect(ticks[0], `${tag} ${size}`).toBe(0);
          expect(ticks.length, `${tag} ${size}`).toBeGreaterThanOrEqual(2);
          expect(ticks.at(-1)!).toBeLessThanOrEqual(largest);
          const zero = scene.bars[size].find((b) => b.kind === 'zero')!;
          const bar = estimateBars(scene, size)[0]!;
          const perSoldier = bar.width / figures[bar.key.slice(4)]!.value;
          for (const v of ticks) {
            const line = v === 0 ? zero : scene.bars[size].find((b) => b.key === `grid-${v}`)!;
            expect(line.x + (v === 0 ? 0 : line.width / 2), `${tag} ${size} gridline ${v}`).toBeCloseTo(zero.x + v * perSoldier, 0);
          }
        }
      });

      it('marks the planned strength as an outlined projection and says so in its row, every other estimate a solid bar', () => {
        expect(ESTIMATES.filter((id) => PLANNED.has(id)).length).toBeGreaterThan(0);
        for (const { tag, size, scene } of sets) {
          for (const bar of estimateBars(scene, size)) {
            const id = bar.key.slice(4);
            expect(bar.kind, `${tag} ${size} ${id}`).toBe(PLANNED.has(id) ? 'planned' : 'estimate');
            if (PLANNED.has(id)) {
              const row = scene.labels[size].find((l) => l.key === `est-row-${id}`)!.lines.join(' ');
              expect(row, `${tag} ${size}`).toContain(translator(tag).t(`troops.est.counts.${id}`));
            }
          }
        }
      });

      it('puts the words on one side: every row label starts at one left edge, every value right of its bar', () => {
        for (const { tag, size, scene } of sets) {
          const rows = ESTIMATES.map((id) => scene.labels[size].find((l) => l.key === `est-row-${id}`)!);
          expect(new Set(rows.map((r) => r.box[0][0])).size, `${tag} ${size}`).toBe(1);
          for (const id of ESTIMATES) {
            const bar = estimateBars(scene, size).find((b) => b.key === `bar-${id}`)!;
            const value = scene.labels[size].find((l) => l.key === `est-value-${id}`)!;
            expect(value.box[0][0], `${tag} ${size} ${id}`).toBeGreaterThan(bar.x + bar.width);
            // level with its bar
            expect(value.box[0][1], `${tag} ${size} ${id}`).toBeLessThan(bar.y + bar.height);
            expect(value.box[1][1], `${tag} ${size} ${id}`).toBeGreaterThan(bar.y);
          }
        }
      });

      it('keeps every label off every bar, and the bars inside the frame and apart', () => {
        for (const { tag, size, scene } of sets) {
          const bars = estimateBars(scene, size);
          for (const bar of bars) {
            const box = boxOfBar(bar);
            expect(box[0][0] >= 0 && box[1][0] <= WIDTH && box[0][1] >= 0 && box[1][1] <= HEIGHT, `${tag} ${size} ${bar.key} inside`).toBe(true);
            for (const label of scene.labels[size]) expect(overlaps(label.box, box, 0), `${tag} ${size} ${label.key} × ${bar.key}`).toBe(false);
            for (const other of bars) if (other !== bar) expect(overlaps(boxOfBar(other), box, 0), `${tag} ${size} ${bar.key} × ${other.key}`).toBe(false);
          }
        }
      });
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
        buildup: ['est-caveat', 'est-tick-0', ...ESTIMATES.flatMap((id) => [`est-row-${id}`, `est-value-${id}`])],
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
