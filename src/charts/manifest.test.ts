/**
 * Each graphic draws every value its manifest allows: the layouts run at both ends of every
 * declared range (the other figures as they are), in every state and locale, and every visible
 * mark stays inside the graphic. A range that claims more than the layout can draw fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverLocales } from '../i18n/registry';
import { createTranslator } from '../i18n/translator';
import { MANIFESTS } from './manifest';
import { DAYS, EXTENSIONS, OFFICIAL, casualtiesInput } from './casualties/data';
import * as casualties from './casualties/layout';
import { UNIT } from './casualties/shapes';
import { ESTIMATES, troopsInput, troopsStrings } from './troops/data';
import * as troops from './troops/layout';
import { MEETING_FIGURES, genevaInput, genevaStrings } from './geneva/data';
import * as geneva from './geneva/layout';
import { overlaps } from './shared/text';

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const figures = json('content/data/figures.json');
const places = json('content/data/places.json');
const sources = json('content/data/sources.json');
const locales = discoverLocales('content');
const resources = Object.fromEntries(locales.map((l) => [l.tag, json(`content/locales/${l.tag}.json`)]));
const translators = locales.map((l) => createTranslator(l, resources));
const withValue = (id: string, value: number) => ({ ...figures, [id]: { ...figures[id], value } });
/** The smallest mark a reader can still see as one, in CSS px across, on the narrowest phone. */
const MIN_MARK_PX = 2.5;
const ends = (graphic: string) => Object.entries(MANIFESTS[graphic]!.ranges).flatMap(([id, r]) => [[id, r.min], [id, r.max]] as const);

describe('graphic manifests', () => {
  it('give a range to every figure the casualty and troop graphics draw', () => {
    expect(Object.keys(MANIFESTS.casualties!.ranges).sort()).toEqual([...new Set([...Object.values(OFFICIAL), ...EXTENSIONS.map((e) => e.id), ...DAYS])].sort());
    expect(Object.keys(MANIFESTS.troops!.ranges).sort()).toEqual([...new Set([...ESTIMATES, 'csto-total'])].sort());
    expect(Object.keys(MANIFESTS.geneva!.ranges).sort()).toEqual(Object.values(MEETING_FIGURES).flatMap((m) => [m.seats, ...(m.hours ? [m.hours] : [])]).sort());
  });

  it.each(ends('casualties'))('the casualty chart draws %s = %d inside the chart, each mark visible on a 320 px phone, in every state and locale', (id, value) => {
    for (const tr of translators) {
      const input = casualtiesInput(withValue(id, value), tr);
      for (const state of casualties.STATES) {
        for (const m of casualties.onScreen(casualties.layout(input, state)).filter((mark) => mark.o > 0)) {
          const r = (UNIT * m.s) / Math.SQRT2;
          expect([m.x - r, m.y - r].every((v) => v >= 0) && m.x + r <= casualties.WIDTH && m.y + r <= casualties.HEIGHT, `${tr.locale.tag} ${state}`).toBe(true);
          expect((2 * r * casualties.MIN_PX.compact) / casualties.WIDTH, `${tr.locale.tag} ${state}: mark size in px`).toBeGreaterThanOrEqual(MIN_MARK_PX);
        }
      }
    }
  });

  it.each(ends('troops'))('the troop map draws %s = %d inside the map, in every state and locale', (id, value) => {
    const changed = withValue(id, value);
    const input = troopsInput(changed, places);
    for (const tr of translators) {
      const strings = troopsStrings(tr, changed);
      for (const state of troops.STATES) {
        for (const m of troops.layout(input, strings, state).marks.filter((mark) => mark.opacity > 0)) {
          expect(m.x - m.r >= 0 && m.y - m.r >= 0 && m.x + m.r <= troops.WIDTH && m.y + m.r <= troops.HEIGHT, `${tr.locale.tag} ${state} ${m.key}`).toBe(true);
        }
      }
    }
  });

  it.each(ends('geneva'))('the Geneva graphic draws %s = %d inside its frame, labels apart and off the marks, in every state, locale and label set', (id, value) => {
    const changed = withValue(id, value);
    const input = genevaInput(changed);
    for (const tr of translators) {
      const strings = genevaStrings(tr, changed, sources);
      for (const state of geneva.STATES) {
        for (const size of ['compact', 'wide'] as const) {
          const scene = geneva.layout(input, strings, state, size);
          const marks = scene.marks.filter((m) => m.opacity > 0);
          const where = `${tr.locale.tag} ${state} ${size}`;
          expect(scene.bottom, where).toBeLessThanOrEqual(geneva.HEIGHT[size]);
          for (const m of marks) expect(m.x >= 0 && m.y >= 0 && m.x + m.w <= geneva.WIDTH && m.y + m.h <= geneva.HEIGHT[size], `${where} ${m.key}`).toBe(true);
          for (const l of scene.labels) {
            expect(l.box[1][0], `${where} ${l.key}`).toBeLessThanOrEqual(geneva.WIDTH);
            // a tile (a threat) holds its own text
            for (const m of marks.filter((mark) => mark.key !== l.key || mark.kind !== 'threat')) expect(overlaps(l.box, [[m.x, m.y], [m.x + m.w, m.y + m.h]]), `${where}: ${l.key} over ${m.key}`).toBe(false);
          }
        }
      }
    }
  });
});
