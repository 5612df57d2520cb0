import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../site-content/schemas';
import { formatFigure } from '../../i18n/format';
import { contentFigures, contentJson, pseudoTranslator, translator, withValues } from '../shared/test-content';
import { expectLabelsInsideAndApart } from '../shared/expect-labels';
import { overlaps, type Box } from '../shared/text';
import { FIGURES_SHOWN, casualtiesInput } from './data';
import { FLOOR_PER_MARK, FONT, GROUPS, HEIGHT, MIN_PX, STATES, WIDTH, changesScale, floorLayer, layout, onScreen, type CasualtiesInput, type Scene, type State } from './layout';
import { expand, type Mark } from './marks';
import { pack } from './pack';
import { sceneSvg } from './render';
import { UNIT } from './shapes';

const graphics = contentJson('content/data/graphics.json');
const scenesOf = (input: CasualtiesInput) => Object.fromEntries([...STATES, 'merged' as const].map((s) => [s, layout(input, s)])) as Record<State | 'merged', Scene>;
const inputsOf = (figures: Record<string, Figure>) => ({ de: casualtiesInput(figures, translator('de')), en: casualtiesInput(figures, translator('en')) });
const inputs = inputsOf(contentFigures);
const scenes = { de: scenesOf(inputs.de), en: scenesOf(inputs.en) };
const en = scenes.en;

/**
 * The layout checks run on the figures of content/data and on figures as an editor might change
 * them: a count of dead that is a multiple of ten (no partial mark), injured that end in a half,
 * more detained; the later counts stay above the official ones, as they are.
 */
const FIGURE_SETS = {
  'content/data': contentFigures,
  'changed by an editor': withValues(contentFigures, { 'kz-dead': 170, 'kz-injured': 2345, 'kz-detained': 6120 }),
};
const tens = (figures: Record<string, Figure>, id: string) => Math.ceil(figures[id]!.value / 10);
const shown = (scene: Scene, group: string) => onScreen(scene).filter((m) => m.group === group && m.o > 0);
const count = (scene: Scene) => Object.fromEntries(['dead', 'injured', 'detained'].map((g) => [g, shown(scene, g).length]));
/** what the visible marks of a group stand for, in people */
const people = (scene: Scene, group: string) => shown(scene, group).reduce((sum, m) => sum + (m.p ?? 1), 0) * 10;

for (const [figuresName, figures] of Object.entries(FIGURE_SETS)) {
  const inputs = inputsOf(figures);
  const scenes = { de: scenesOf(inputs.de), en: scenesOf(inputs.en) };
  const en = scenes.en;
  const t = (id: string) => tens(figures, id);
  /** the partly filled mark a count ends in, as the share of its area filled (none for a multiple of ten) */
  const rest = (id: string) => (figures[id]!.value % 10 ? [(figures[id]!.value % 10) / 10] : []);

  describe(`casualty layout: marks (${figuresName} figures)`, () => {
    it('layout(dead) draws one mark per person, nothing else', () => {
      expect(count(en.dead)).toEqual({ dead: figures['kz-dead']!.value, injured: 0, detained: 0 });
    });

    it('layout(injured) changes to one mark per ten people, a partly filled one for a remainder', () => {
      expect(count(en.injured)).toEqual({ dead: t('kz-dead'), injured: t('kz-injured'), detained: 0 });
      expect(shown(en.injured, 'dead').filter((m) => m.p !== undefined).map((m) => m.p)).toEqual(rest('kz-dead'));
      expect(people(en.injured, 'dead')).toBeCloseTo(figures['kz-dead']!.value);
      expect(people(en.injured, 'injured')).toBeCloseTo(figures['kz-injured']!.value);
    });

    it('layout(arrested) shows the three groups at one scale, marks of one size', () => {
      expect(count(en.arrested)).toEqual({ dead: t('kz-dead'), injured: t('kz-injured'), detained: t('kz-detained') });
      expect(people(en.arrested, 'detained')).toBeCloseTo(figures['kz-detained']!.value);
      expect(new Set(onScreen(en.arrested).filter((m) => m.o > 0).map((m) => m.s)).size).toBe(1);
    });

    it('layout(floor) shows one mark per hundred people: the official counts filled, outlines up to each later or higher count, never rounded, marks no smaller than those of ten', () => {
      const layer = floorLayer(inputs.en);
      const hundreds = (id: string) => Math.ceil(figures[id]!.value / FLOOR_PER_MARK);
      const OFFICIAL = { dead: 'kz-dead', injured: 'kz-injured', detained: 'kz-detained' } as const;
      for (const group of GROUPS) {
        const marks = layer.marks.filter((m) => m.group === group);
        expect(marks, group).toHaveLength(hundreds(OFFICIAL[group]));
        expect(marks.reduce((sum, m) => sum + (m.p ?? 1), 0) * FLOOR_PER_MARK, group).toBeCloseTo(figures[OFFICIAL[group]]!.value);
      }
      const outline = Object.fromEntries(layer.outlines.map((o) => [o.key, o]));
      // each outline continues the count before it, and ends in the later count's share of a mark
      const steps = [['kz-dead', 'kz-dead-0115'], ['kz-detained', 'kz-detained-0110'], ['kz-detained-0110', 'kz-detained-0112']] as const;
      for (const [before, id] of steps) {
        const marks = outline[id]!.marks;
        expect(marks, id).toHaveLength(hundreds(id) - hundreds(before));
        expect((hundreds(id) - 1 + (marks.at(-1)!.p ?? 1)) * FLOOR_PER_MARK, id).toBeCloseTo(figures[id]!.value);
      }
      for (const o of layer.outlines) expect(o.d.match(/M/g)?.length, o.key).toBe(o.marks.length);
      // the floor's marks at least as large as the marks of ten, never the shrunk grid of before
      for (const m of [...layer.marks, ...layer.outlines.flatMap((o) => o.marks)]) expect(m.s).toBeGreaterThanOrEqual(1);
      // only the floor shows its layer; there the marks of ten are gone
      for (const state of STATES) expect(en[state].floor, state).toBe(state === 'floor' ? 1 : 0);
      expect(count(en.floor)).toEqual({ dead: 0, injured: 0, detained: 0 });
    });

    it('layout(days) draws one bar per count, in proportion, and the detained marks flow into the bar of 9 January', () => {
      const values = ['kz-detained-0107-first', 'kz-detained-0107', 'kz-detained-0108', 'kz-detained-0109', 'kz-detained-0110'].map((id) => figures[id]!.value);
      en.days.bars.forEach((b, i) => expect(b.w / values[i]!, b.key).toBeCloseTo(en.days.bars[0]!.w / values[0]!, 4));
      expect(count(en.days)).toEqual({ dead: 0, injured: 0, detained: 0 });
      const bar = en.days.bars.find((b) => b.key === 'kz-detained-0109')!;
      for (const m of onScreen(en.days).filter((x) => x.group === 'detained')) {
        expect(m.x).toBeGreaterThanOrEqual(bar.x);
        expect(m.x).toBeLessThanOrEqual(bar.x + bar.w);
        expect(m.y).toBeGreaterThanOrEqual(bar.y);
        expect(m.y).toBeLessThanOrEqual(bar.y + bar.h);
      }
    });

    it('keeps the same mark keys, in the same order, in every state and through the change of scale (object constancy)', () => {
      const keys = en.arrested.marks.map((m) => m.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const state of [...STATES, 'merged'] as const) expect(en[state].marks.map((m) => m.key), state).toEqual(keys);
    });

    it('merges each ten into its first mark: the other nine stand hidden where the ten’s mark stands', () => {
      for (const state of ['merged', 'injured', 'arrested', 'floor'] as const) {
        const dead = en[state].marks.filter((m) => m.group === 'dead');
        dead.forEach((m, i) => {
          const leader = dead[i - (i % 10)]!;
          if (i % 10) expect([m.x, m.y, m.o], `${state} ${m.key}`).toEqual([leader.x, leader.y, 0]);
          else expect(m.o, `${state} ${m.key}`).toBe(1);
        });
      }
      // merged: a ten's mark has the area of its ten dots
      const dot = en.dead.marks[0]!.s;
      expect(en.merged.marks[0]!.s).toBeCloseTo(dot * Math.sqrt(10), 1);
    });

    it('moves only the dead’s marks between states: every other change moves or fades whole groups', () => {
      for (const state of ['injured', 'floor', 'days'] as const) {
        expect(en[state].marks.filter((m) => m.group !== 'dead'), state).toEqual(en.arrested.marks.filter((m) => m.group !== 'dead'));
      }
      expect(en.floor.marks).toEqual(en.arrested.marks);
    });

    it('keeps every visible mark inside the viewport and clear of every label', () => {
      for (const tag of ['de', 'en'] as const) {
        for (const state of STATES) {
          const scene = scenes[tag][state];
          const layer = floorLayer(inputs[tag]);
          const floorMarks = scene.floor ? [...layer.marks, ...layer.outlines.flatMap((o) => o.marks)] : [];
          const boxes = [...onScreen(scene).filter((m) => m.o > 0), ...floorMarks].map((m): Box => {
            const r = (UNIT * m.s) / Math.SQRT2;
            return [[m.x - r, m.y - r], [m.x + r, m.y + r]];
          });
          for (const b of boxes) {
            expect(b[0][0], `${tag} ${state}`).toBeGreaterThanOrEqual(0);
            expect(b[0][1], `${tag} ${state}`).toBeGreaterThanOrEqual(0);
            expect(b[1][0], `${tag} ${state}`).toBeLessThanOrEqual(WIDTH);
            expect(b[1][1], `${tag} ${state}`).toBeLessThanOrEqual(HEIGHT);
          }
          for (const size of ['compact', 'wide'] as const) {
            for (const l of scene.labels[size]) {
              expect(boxes.some((b) => overlaps(b, l.box)), `${tag} ${state} ${size}: ${l.key} covers a mark`).toBe(false);
            }
          }
        }
      }
    });
  });

  describe(`casualty layout: labels (${figuresName} figures)`, () => {
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
        dead: ['legend-one', 'dead-head', 'dead-caveat', 'dead-later'],
        injured: ['legend-ten', 'group-dead', 'group-injured', ...(rest('kz-dead').length ? ['legend-partial'] : [])],
        arrested: ['legend-ten', 'group-dead', 'group-injured', 'group-detained'],
        floor: ['assessment', 'legend-hundred', 'legend-outline', 'group-dead', 'group-injured', 'group-detained', 'ext-kz-dead-0115', 'ext-kz-detained-0110', 'ext-kz-detained-0112'],
        days: ['days-heading', 'days-others', ...en.days.bars.map((b) => `day-${b.key}`)],
      };
      for (const state of STATES) {
        for (const size of ['compact', 'wide'] as const) expect(en[state].labels[size].map((l) => l.key), `${state} ${size}`).toEqual(expect.arrayContaining(must[state]));
      }
    });

    it('shows each group’s figure with its qualifier, formatted for the locale', () => {
      const text = (s: Scene) => s.labels.compact.flatMap((l) => l.lines).join(' ');
      for (const tag of ['de', 'en'] as const) {
        const tr = translator(tag);
        for (const id of ['kz-dead', 'kz-injured', 'kz-detained']) expect(text(scenes[tag].arrested), `${tag} ${id}`).toContain(formatFigure(figures[id]!, tr));
        for (const id of ['kz-detained-0107-first', 'kz-detained-0109']) expect(text(scenes[tag].days), `${tag} ${id}`).toContain(formatFigure(figures[id]!, tr));
        for (const state of STATES) expect(text(scenes[tag][state]), `${tag} ${state}: an untranslated key`).not.toMatch(/casualties\./);
      }
    });
  });
}

describe('casualty layout: scale and later counts', () => {
  it('keeps the labels of a translation a third longer (the pseudo-locale) inside the viewport and apart, in both sets', () => {
    const pseudo = scenesOf(casualtiesInput(contentFigures, pseudoTranslator()));
    for (const state of STATES) for (const size of ['compact', 'wide'] as const) expectLabelsInsideAndApart(pseudo[state].labels[size], WIDTH, HEIGHT, `en-XA ${state} ${size}`);
  });

  it('passes through the merged scene exactly when the scale changes', () => {
    expect(changesScale('dead', 'injured')).toBe(true);
    expect(changesScale('days', 'dead')).toBe(true);
    expect(changesScale('injured', 'arrested')).toBe(false);
    expect(changesScale('dead', 'dead')).toBe(false);
  });

  it('renders label text at 12.8 CSS px or more at the narrowest width of each set, by the layout’s constants (e2e/labels.spec.ts measures the browser)', () => {
    for (const size of ['compact', 'wide'] as const) expect((FONT[size] * MIN_PX[size]) / WIDTH).toBeGreaterThanOrEqual(12.8);
  });

  it('marks the later counts as later, and the higher one of 10 January as not', () => {
    const floor = en.floor.labels.compact;
    expect(floor.find((l) => l.key === 'ext-kz-dead-0115')!.cls).toBe('later');
    expect(floor.find((l) => l.key === 'ext-kz-detained-0112')!.cls).toBe('later');
    expect(floor.find((l) => l.key === 'ext-kz-detained-0110')!.cls).toBe('note');
    expect(floor.find((l) => l.key === 'ext-kz-dead-0115')!.lines.join(' ')).toMatch(/^Later, /);
    expect(scenes.de.floor.labels.compact.find((l) => l.key === 'ext-kz-detained-0112')!.lines.join(' ')).toMatch(/^Später, /);
    expect(en.dead.labels.compact.find((l) => l.key === 'dead-later')!.lines.join(' ')).toMatch(/^Later, /);
  });
});

describe('casualty graphic: data and size', () => {
  it('lists in content/data/graphics.json every figure each state shows (the data table and the CSV come from there)', () => {
    for (const [state, ids] of Object.entries(FIGURES_SHOWN)) expect(graphics.casualties.states[state].figures, state).toEqual(expect.arrayContaining(ids));
  });

  it('expands the packed scenes into the same marks as the layout', () => {
    const packed = pack(inputs.en.counts, Object.values(en));
    for (const state of [...STATES, 'merged'] as const) {
      expect(expand(packed.counts, packed.pitch, packed.scenes[state]!.frames), state).toEqual<Mark[]>(en[state].marks);
      expect(packed.scenes[state]!.groups, state).toEqual(en[state].groups);
    }
  });

  it("keeps the graphic's share of the page HTML under 8 KB gzip (summary SVG and states JSON)", () => {
    for (const tag of ['de', 'en'] as const) {
      const all = Object.values(scenes[tag]);
      const svg = Object.values(sceneSvg(scenes[tag].arrested, FONT, floorLayer(inputs[tag]))).join('');
      const data = JSON.stringify(pack(inputs[tag].counts, all));
      expect(gzipSync(svg + data).length).toBeLessThan(8_000);
    }
  });
});
