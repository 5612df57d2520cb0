import { describe, expect, it } from 'vitest';
import { foreignGlossaryUses, foreignWords } from './glossary';

const de = { 'term.tokayev': 'Tokajew', 'term.tokayev.full': 'Kassym-Schomart Tokajew', 'place.kyiv': 'Kiew', 'term.osce.full': 'Organisation für Sicherheit und Zusammenarbeit in Europa', 'term.rferl': 'Radio Free Europe/Radio Liberty' };
const en = { 'term.tokayev': 'Tokayev', 'term.tokayev.full': 'Kassym-Jomart Tokayev', 'place.kyiv': 'Kyiv', 'term.osce.full': 'Organization for Security and Co-operation in Europe', 'term.rferl': 'Radio Free Europe/Radio Liberty' };

describe('foreignWords', () => {
  it('keeps the capitalised words another form does not share, never short function words', () => {
    expect(foreignWords('Kassym-Jomart Tokayev', 'Kassym-Schomart Tokajew')).toEqual(['Kassym-Schomart', 'Tokajew']);
    expect(foreignWords('Organisation für Sicherheit und Zusammenarbeit in Europa', 'Organization for Security and Co-operation in Europe')).toEqual(['Organization', 'Security', 'Co-operation', 'Europe']);
  });
});

describe('foreignGlossaryUses', () => {
  it('finds another locale’s transliteration in an article, with its line and column', () => {
    const source = '---\ntitle: x\n---\n\nPresident Tokajew spoke in Kiew.\n';
    expect(foreignGlossaryUses(source, en, { de })).toEqual([
      { key: 'term.tokayev', found: 'Tokajew', from: 'de', expected: 'Tokayev', line: 5, column: 11 },
      { key: 'place.kyiv', found: 'Kiew', from: 'de', expected: 'Kyiv', line: 5, column: 28 },
    ]);
  });

  it('accepts the locale’s own forms, whole words only, and quotations in their original language', () => {
    const source = 'Tokayev in Kyiv; a Kiewer Zeitung. <Quote lang="de" translation="…">Tokajew in Kiew</Quote>\n';
    expect(foreignGlossaryUses(source, en, { de })).toEqual([]);
  });

  it('leaves a word alone that one of the locale’s own names contains', () => {
    // "Europe" is the English OSCE's word, but German text writes it in "Radio Free Europe".
    expect(foreignGlossaryUses('Radio Free Europe berichtete.\n', de, { en })).toEqual([]);
    expect(foreignGlossaryUses('die Security-Konferenz\n', de, { en }).map((u) => u.found)).toEqual(['Security']);
  });
});
