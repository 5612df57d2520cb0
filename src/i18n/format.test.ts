import { describe, expect, it } from 'vitest';
import { formatDate, formatMeasured, formatNumber, languageOf, quoteTranslation, sameLanguage } from './format';
import { createTranslator } from './translator';
import type { LocaleInfo } from './registry';
import de from '../../content/locales/de.json';
import en from '../../content/locales/en.json';
import type { Qualifier } from '../site-content/schemas';

const deInfo: LocaleInfo = { tag: 'de', lang: 'de-CH', label: 'Deutsch', status: 'published', dir: 'ltr' };
const enInfo: LocaleInfo = { tag: 'en', lang: 'en', label: 'English', status: 'published', dir: 'ltr' };
const resources = { de, en };
const trDe = createTranslator(deInfo, resources);
const trEn = createTranslator(enInfo, resources);

describe('formatNumber', () => {
  it('writes a negative number with a minus sign, not a hyphen, in every locale', () => {
    expect(formatNumber(-164, trEn)).toBe('\u2212164');
    expect(formatNumber(-100000, trDe)).toBe("\u2212100'000");
  });
});

describe('formatMeasured', () => {
  it('writes Swiss numbers: 2200 without a separator, 100’000 with an apostrophe', () => {
    expect(formatMeasured({ value: 2200, qualifier: 'more-than' }, 'people', trDe)).toBe('mehr als 2200');
    expect(formatMeasured({ value: 100000, qualifier: 'about' }, 'soldiers', trDe)).toBe("rund 100'000");
  });

  it('writes English numbers with a comma from four digits', () => {
    expect(formatMeasured({ value: 2200, qualifier: 'more-than' }, 'people', trEn)).toBe('more than 2,200');
    expect(formatMeasured({ value: 100000, qualifier: 'about' }, 'soldiers', trEn)).toBe('about 100,000');
  });

  const cases: [Qualifier, string, string][] = [
    ['exact', '164', '164'],
    ['more-than', 'mehr als 164', 'more than 164'],
    ['at-least', 'mindestens 164', 'at least 164'],
    ['about', 'rund 164', 'about 164'],
    ['nearly', 'fast 164', 'nearly 164'],
    ['up-to', 'bis zu 164', 'up to 164'],
  ];
  it.each(cases)('keeps the qualifier "%s" in both locales', (qualifier, german, english) => {
    expect(formatMeasured({ value: 164, qualifier }, 'people', trDe)).toBe(german);
    expect(formatMeasured({ value: 164, qualifier }, 'people', trEn)).toBe(english);
  });

  it('writes a range with both ends and the unit once', () => {
    expect(formatMeasured({ value: 50, max: 60, qualifier: 'range' }, 'tenge', trEn)).toBe('50–60 tenge');
    expect(formatMeasured({ value: 50, max: 60, qualifier: 'range' }, 'tenge', trDe)).toBe('50 bis 60 Tenge');
  });

  it('writes small whole numbers in words where the locale does (Swiss: up to twelve), never a year', () => {
    expect(formatMeasured({ value: 8, qualifier: 'about' }, 'hours', trDe)).toBe('rund acht Stunden');
    expect(formatMeasured({ value: 13, qualifier: 'about' }, 'hours', trDe)).toBe('rund 13 Stunden');
    expect(formatMeasured({ value: 8, qualifier: 'about' }, 'hours', trEn)).toBe('about 8 hours');
  });

  it('writes whole millions in words and keeps every digit of an exact count', () => {
    expect(formatMeasured({ value: 3_000_000, qualifier: 'more-than' }, 'people', trDe)).toBe('mehr als 3 Millionen');
    expect(formatMeasured({ value: 3_000_000, qualifier: 'more-than' }, 'people', trEn)).toBe('more than 3 million');
    expect(formatMeasured({ value: 2_981_946, qualifier: 'exact' }, 'people', trDe)).toBe("2'981'946");
  });

  it('puts the unit inside the qualifier: "about 1,230 km"', () => {
    expect(formatMeasured({ value: 1230, qualifier: 'about' }, 'km', trEn)).toBe('about 1,230 km');
    expect(formatMeasured({ value: 1230, qualifier: 'about' }, 'km', trDe)).toBe('rund 1230 km');
  });

  it('never groups a year', () => {
    expect(formatMeasured({ value: 2050, qualifier: 'exact' }, 'year', trEn)).toBe('2050');
  });
});

describe('formatDate', () => {
  it('writes the article date as each locale’s papers do', () => {
    expect(formatDate('2022-01-10', trDe)).toBe('10. Januar 2022');
    expect(formatDate('2022-01-10', trEn)).toBe('10 January 2022');
  });

  it('shows only month and year for a date the source gives to the month, long or short', () => {
    expect(formatDate('2016-03-17', trDe, 'long', 'month')).toBe('März 2016');
    expect(formatDate('2016-03-17', trEn, 'short', 'month')).toBe('Mar 2016');
    expect(formatDate('2019-12-20', trEn, 'short')).toBe('20 Dec 2019');
  });

  it('leaves out the year where it goes without saying', () => {
    expect(formatDate('2022-01-09', trDe, 'long', 'day', { year: false })).toBe('9. Januar');
    expect(formatDate('2022-01-09', trEn, 'short', 'day', { year: false })).toBe('9 Jan');
  });
});

describe('sameLanguage', () => {
  it('compares the languages of two tags, not their regions, scripts or case', () => {
    expect(sameLanguage('de-CH', 'DE')).toBe(true);
    expect(sameLanguage('zh-Hant-TW', 'zh')).toBe(true);
    expect(sameLanguage('de', 'en-DE')).toBe(false);
  });

  it('knows a language by its old code too (iw is he, in is id)', () => {
    expect(sameLanguage('iw', 'he-IL')).toBe(true);
    expect(sameLanguage('in', 'id')).toBe(true);
  });

  it('takes no language from what is not a tag', () => {
    expect(languageOf('de_CH')).toBeUndefined();
    expect(sameLanguage('de_CH', 'de_CH')).toBe(false);
  });
});

describe('quoteTranslation', () => {
  it('names the language of the quote in the reader’s language, with the translation', () => {
    expect(quoteTranslation('de', 'no concessions', trEn)).toBe('(quoted in German; in English: no concessions)');
    expect(quoteTranslation('en', 'privatwirtschaftliches Projekt', trDe)).toBe('(Zitat auf Englisch; auf Deutsch: privatwirtschaftliches Projekt)');
  });
});
