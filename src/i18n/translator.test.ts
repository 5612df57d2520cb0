import { describe, expect, it } from 'vitest';
import { FALLBACK_OPEN, markFallback } from './fallback-marks';
import type { LocaleInfo } from './registry';
import { createTranslator } from './translator';

const de: LocaleInfo = { tag: 'de', lang: 'de-CH', label: 'Deutsch', status: 'published', dir: 'ltr' };
const fr: LocaleInfo = { tag: 'fr', lang: 'fr', label: 'Français', status: 'draft', dir: 'ltr' };
const resources = {
  de: { 'minutes_one': '{{count}} Minute', 'minutes_other': '{{count}} Minuten', 'title': 'Titel', 'term.kyiv': 'Kiew', 'capital': 'in $t(term.kyiv)' },
  // a draft translated the plural forms it knew; French also has "many" (for a million and more)
  fr: { 'minutes_one': '{{count}} minute', 'minutes_other': '{{count}} minutes', 'term.kyiv': 'Kyiv', 'capital': 'à $t(term.kyiv)' },
};
const tr = createTranslator(fr, resources);
/** a count for which French takes the "many" form (CLDR 42 and later) */
const many = 1_000_000;

describe('text for readers', () => {
  it('holds a number to the word after it, in every text; a setting stays as written', () => {
    const strings = { de: { 'format.dateLocale': 'de-CH', 'note': 'seit 7. Januar 2000 Festnahmen', 'count': '{{n}} Tote' } };
    const german = createTranslator(de, strings);
    expect(german.t('note')).toBe('seit 7.\u00a0Januar 2000\u00a0Festnahmen');
    expect(german.t('count', { n: 164 })).toBe('164\u00a0Tote');
    expect(german.t('format.dateLocale')).toBe('de-CH');
  });
});

describe('a draft locale’s fallback marks', () => {
  it('marks a plural form the draft lacks, which comes from the default locale', () => {
    expect(new Intl.PluralRules('fr').select(many)).toBe('many');
    expect(tr.t('minutes', { count: many })).toBe(markFallback(`${many}\u00a0Minuten`));
  });

  it('leaves the plural forms the draft has unmarked', () => {
    expect(tr.t('minutes', { count: 2 })).toBe('2\u00a0minutes');
    expect(tr.t('minutes', { count: 1 })).toBe('1\u00a0minute');
  });

  it('marks a key the draft lacks, and never a published locale’s own text', () => {
    expect(tr.t('title')).toBe(markFallback('Titel'));
    expect(createTranslator(de, resources).t('minutes', { count: 2 })).not.toContain(FALLBACK_OPEN);
  });

  it('resolves the terms a text nests, in a draft and in a published locale', () => {
    expect(tr.t('capital')).toBe('à Kyiv');
    expect(createTranslator(de, resources).t('capital')).toBe('in Kiew');
  });
});
