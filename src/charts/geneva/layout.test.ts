import { describe, expect, it } from 'vitest';
import type { Figure } from '../../site-content/schemas';
import { formatFigure } from '../../i18n/format';
import { expectLabelsInsideAndApart } from '../shared/expect-labels';
import { contentFigures, contentJson, pseudoTranslator, translator, withValues } from '../shared/test-content';
import { overlaps, type Box } from '../shared/text';
import { MEETING_FIGURES, genevaInput, genevaStrings } from './data';
import { HEIGHT, MATRIX, MEETINGS, STATES, THREATS, WIDTH, layout, type Label, type Mark, type Scene, type SizeClass, type State } from './layout';

const sources = contentJson('content/data/sources.json');
const SIZES: SizeClass[] = ['compact', 'wide'];
const LOCALES = ['de', 'en'] as const;
/** the pseudo-locale, a third longer than English: its labels must fit too (dropped, never overlapped) */
const PSEUDO = 'en-XA';

const scenesFor = (figures: Record<string, Figure>, tag: string) => {
  const input = genevaInput(figures);
  const strings = genevaStrings(tag === PSEUDO ? pseudoTranslator() : translator(tag), figures, sources);
  return Object.fromEntries(SIZES.map((size) => [size, Object.fromEntries(STATES.map((s) => [s, layout(input, strings, s, size)]))])) as Record<SizeClass, Record<State, Scene>>;
};
const shown = (scene: Scene) => scene.marks.filter((m) => m.opacity > 0);
const markBox = (m: Mark): Box => [[m.x, m.y], [m.x + m.w, m.y + m.h]];
/** A tile holds its own text: the label of the same key lies wholly inside the mark. */
const holds = (m: Mark, l: Label) => m.key === l.key && l.box[0][0] >= m.x && l.box[0][1] >= m.y && l.box[1][0] <= m.x + m.w && l.box[1][1] <= m.y + m.h;

/** The layout checks run on the figures of content/data and on figures as an editor might change them. */
const FIGURE_SETS = {
  'content/data': contentFigures,
  'changed by an editor': withValues(contentFigures, { 'nrc-allies': 31, 'osce-states': 58, 'geneva-hours': 7.5, 'nrc-hours': 5 }),
};

for (const [figuresName, figures] of Object.entries(FIGURE_SETS)) {
  const scenes = { de: scenesFor(figures, 'de'), en: scenesFor(figures, 'en') };

  describe(`geneva layout: marks (${figuresName} figures)`, () => {
    for (const size of SIZES) {
      const talks = scenes.en[size].talks;

      it(`${size}: one square per state at each table, Russia's round, as the figures count them`, () => {
        for (const id of MEETINGS) {
          const spec = MEETING_FIGURES[id];
          const seats = shown(talks).filter((m) => m.key.startsWith(`seat-${id}-`));
          const value = figures[spec.seats]!.value;
          expect(seats, id).toHaveLength(spec.seatsInclude === 'russia' ? value : value + 1);
          expect(seats.filter((m) => m.kind === 'russia' && m.round), id).toHaveLength(1);
          expect(seats.filter((m) => m.kind === spec.others), id).toHaveLength(seats.length - 1);
        }
      });

      it(`${size}: a bar per meeting whose length a source gives, its width in proportion to the hours`, () => {
        const bars = Object.fromEntries(shown(talks).filter((m) => m.kind === 'hours').map((m) => [m.key, m.w]));
        const withHours = MEETINGS.filter((id) => MEETING_FIGURES[id].hours);
        expect(Object.keys(bars).sort()).toEqual(withHours.map((id) => `hours-${id}`).sort());
        const [a, b] = withHours as ('geneva' | 'nrc')[];
        const ratio = figures[MEETING_FIGURES[a!].hours]!.value / figures[MEETING_FIGURES[b!].hours]!.value;
        expect(bars[`hours-${a}`]! / bars[`hours-${b}`]!).toBeCloseTo(ratio, 1);
      });

      it(`${size}: draws in outline what was reported after 10 January, and only that, in the week of talks`, () => {
        for (const id of MEETINGS) {
          const spec = MEETING_FIGURES[id];
          const later = figures[spec.seats]!.later === true || (spec.hours !== undefined && figures[spec.hours]!.later === true);
          for (const m of shown(talks).filter((mark) => mark.key.startsWith(`seat-${id}-`) || mark.key === `hours-${id}`)) expect(m.outline, m.key).toBe(later);
        }
      });

      it(`${size}: each state shows its own marks: the tables, the matrix, the threats`, () => {
        const kinds = (s: Scene) => [...new Set(shown(s).map((m) => (m.key.startsWith('legend-') ? 'legend' : m.kind)))].sort();
        expect(kinds(scenes.en[size].talks)).toEqual(['hours', 'legend', 'other', 'russia', 'west']);
        expect(shown(scenes.en[size].demands).map((m) => m.key)).toEqual(MATRIX.flatMap((g) => g.items.map((i) => `matrix-${i}`)));
        expect(shown(scenes.en[size].sanctions).map((m) => m.key)).toEqual(THREATS.map((t) => `threat-${t}`));
        for (const m of shown(scenes.en[size].sanctions)) {
          expect(m.outline, 'a threat is not a fact').toBe(true);
          const text = scenes.en[size].sanctions.labels.find((l) => l.key === m.key);
          expect(text && holds(m, text), `${m.key}: its text inside its tile`).toBe(true);
        }
      });

      it(`${size}: keeps the same mark keys, in the same order, in every state (object constancy)`, () => {
        const keys = talks.marks.map((m) => m.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const state of STATES) expect(scenes.en[size][state].marks.map((m) => m.key)).toEqual(keys);
      });

      it(`${size}: keeps every visible mark inside the frame`, () => {
        for (const tag of LOCALES) {
          for (const state of STATES) {
            for (const m of shown(scenes[tag][size][state])) {
              expect(m.x >= 0 && m.y >= 0 && m.x + m.w <= WIDTH && m.y + m.h <= HEIGHT[size], `${tag} ${state} ${m.key}`).toBe(true);
            }
          }
        }
      });
    }
  });

  describe(`geneva layout: labels (${figuresName} figures)`, () => {
    for (const tag of LOCALES) {
      for (const size of SIZES) {
        it(`keeps ${tag} labels of the ${size} set inside the frame, apart, and off the marks, by the layout's estimate of their width`, () => {
          for (const state of STATES) {
            const scene = scenes[tag][size][state];
            expectLabelsInsideAndApart(scene.labels, WIDTH, HEIGHT[size], `${tag} ${state} ${size}`);
            for (const l of scene.labels) {
              for (const m of shown(scene).filter((mark) => !holds(mark, l))) expect(overlaps(l.box, markBox(m)), `${tag} ${state} ${size}: ${l.key} over ${m.key}`).toBe(false);
            }
          }
        });
      }

      it(`${tag}: labels the length of each meeting with its figure, formatted for the locale, marked when reported later`, () => {
        const tr = translator(tag);
        for (const size of SIZES) {
          for (const id of MEETINGS) {
            const hours = MEETING_FIGURES[id].hours;
            if (!hours) continue;
            const label = scenes[tag][size].talks.labels.find((l) => l.key === `hours-${id}`);
            const value = formatFigure(figures[hours]!, tr);
            expect(label?.lines.join(' '), `${size} ${id}`).toBe(figures[hours]!.later ? tr.t('geneva.meeting.laterValue', { value }) : value);
          }
        }
      });
    }

    it('names every table, every matrix item and every threat in both label sets', () => {
      for (const size of SIZES) {
        const keys = (state: State) => scenes.en[size][state].labels.map((l) => l.key);
        expect(keys('talks')).toEqual(expect.arrayContaining(MEETINGS.flatMap((id) => [`head-${id}`, `seats-${id}`])));
        expect(keys('demands')).toEqual(expect.arrayContaining(MATRIX.flatMap((g) => [`heading-${g.group}`, ...g.items.map((i) => `matrix-${i}`)])));
        expect(keys('sanctions')).toEqual(expect.arrayContaining(['heading-threats', ...THREATS.map((t) => `threat-${t}`)]));
      }
    });
  });
}

/*
 * The frames' heights are fixed per label set (layout.ts, HEIGHT) and sized for the pseudo-locale's
 * text with today's figures; figures that add lines to a translation a third longer than English
 * may need a taller frame, which this test would then say.
 */
it(`keeps the labels of a translation a third longer (the pseudo-locale) inside the frame and apart, in both sets`, () => {
  const scenes = scenesFor(contentFigures, PSEUDO);
  for (const size of SIZES) for (const state of STATES) expectLabelsInsideAndApart(scenes[size][state].labels, WIDTH, HEIGHT[size], `${PSEUDO} ${state} ${size}`);
});
