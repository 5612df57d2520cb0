import { describe, expect, it } from 'vitest';
import { NBSP, formatDate, formatMeasured, formatNumber, languageOf, noBreaks, quoteTranslation, sameLanguage } from './format';
import { createTranslator } from './translator';
import type { LocaleInfo } from './registry';
import de from '../../content/locales/de.json';
import en from '../../content/locales/en.json';
import type { Qualifier, Unit } from '../site-content/schemas';
import fs from 'node:fs';
import path from 'node:path';
import { discoverLocales } from './registry';

const locales = discoverLocales(path.resolve('content'));
const allResources = Object.fromEntries(locales.map((l) => [l.tag, JSON.parse(fs.readFileSync(path.resolve('content/locales', `${l.tag}.json`), 'utf8'))]));

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
    expect(formatMeasured({ value: 50, max: 60, qualifier: 'range' }, 'tenge', trEn)).toBe('50–60\u00a0tenge');
    expect(formatMeasured({ value: 50, max: 60, qualifier: 'range' }, 'tenge', trDe)).toBe('50\u00a0bis 60\u00a0Tenge');
  });

  it('writes small whole numbers in words where the locale does (Swiss: up to twelve), never a year', () => {
    expect(formatMeasured({ value: 8, qualifier: 'about' }, 'hours', trDe)).toBe('rund acht\u00a0Stunden');
    expect(formatMeasured({ value: 13, qualifier: 'about' }, 'hours', trDe)).toBe('rund 13\u00a0Stunden');
    expect(formatMeasured({ value: 8, qualifier: 'about' }, 'hours', trEn)).toBe('about 8\u00a0hours');
  });

  it('writes whole millions in words and keeps every digit of an exact count', () => {
    expect(formatMeasured({ value: 3_000_000, qualifier: 'more-than' }, 'people', trDe)).toBe('mehr als 3\u00a0Millionen');
    expect(formatMeasured({ value: 3_000_000, qualifier: 'more-than' }, 'people', trEn)).toBe('more than 3\u00a0million');
    expect(formatMeasured({ value: 2_981_946, qualifier: 'exact' }, 'people', trDe)).toBe("2'981'946");
  });

  it('puts the unit inside the qualifier: "about 1,230 km"', () => {
    expect(formatMeasured({ value: 1230, qualifier: 'about' }, 'km', trEn)).toBe('about 1,230\u00a0km');
    expect(formatMeasured({ value: 1230, qualifier: 'about' }, 'km', trDe)).toBe('rund 1230\u00a0km');
  });

  it('never groups a year', () => {
    expect(formatMeasured({ value: 2050, qualifier: 'exact' }, 'year', trEn)).toBe('2050');
  });

  it('keeps each figure’s own grouping when a year and a count come in turn (a formatter is reused only for the same options)', () => {
    const inTurn = [2050, 12_345, 2050, 12_345].map((value, i) => formatNumber(value, trEn, i % 2 === 0 ? 'year' : 'km'));
    expect(inTurn).toEqual(['2050', '12,345', '2050', '12,345']);
    expect([formatNumber(12_345, trDe), formatNumber(12_345, trEn)]).toEqual(["12'345", '12,345']);
  });
});

describe('formatDate', () => {
  it('writes the article date as each locale’s papers do', () => {
    expect(formatDate('2022-01-10', trDe)).toBe('10.\u00a0Januar\u00a02022');
    expect(formatDate('2022-01-10', trEn)).toBe('10\u00a0January\u00a02022');
  });

  it('shows only month and year for a date the source gives to the month, long or short', () => {
    expect(formatDate('2016-03-17', trDe, 'long', 'month')).toBe('März\u00a02016');
    expect(formatDate('2016-03-17', trEn, 'short', 'month')).toBe('Mar\u00a02016');
    expect(formatDate('2019-12-20', trEn, 'short')).toBe('20\u00a0Dec\u00a02019');
  });

  it('leaves out the year where it goes without saying', () => {
    expect(formatDate('2022-01-09', trDe, 'long', 'day', { year: false })).toBe('9.\u00a0Januar');
    expect(formatDate('2022-01-09', trEn, 'short', 'day', { year: false })).toBe('9\u00a0Jan');
  });
});

describe('line breaks: no-break spaces in figures and dates, in every locale', () => {
  const translators = locales.map((l) => createTranslator(l, allResources));
  const units = Object.keys(de).filter((k) => k.startsWith('unit.')).map((k) => k.slice('unit.'.length)) as Unit[];
  const qualifiers = Object.keys(de).filter((k) => k.startsWith('qualifier.') && k !== 'qualifier.range').map((k) => k.slice('qualifier.'.length)) as Qualifier[];

  it.each(translators.map((tr) => [tr.locale.tag, tr] as const))('%s: a figure never breaks from its unit, a million from its word', (_, tr) => {
    for (const unit of units) {
      for (const value of [164, 1230, 100_000, 3_000_000]) {
        for (const qualifier of qualifiers) {
          const text = formatMeasured({ value, qualifier }, unit, tr);
          // a breakable space right after a digit would let the figure end a line without its unit
          expect(text, `${unit}, ${qualifier}`).not.toMatch(/\p{N} /u);
          if (tr.t(`unit.${unit}`, { value: '' }).trim()) expect(text, `${unit}, ${qualifier}`).toContain(NBSP);
        }
      }
    }
  });

  it.each(translators.map((tr) => [tr.locale.tag, tr] as const))('%s: the words before a figure break as any words do', (_, tr) => {
    for (const qualifier of qualifiers) {
      const template = tr.t(`qualifier.${qualifier}`, { value: '' }).trim();
      const text = formatMeasured({ value: 2, qualifier }, 'bcm', tr);
      // the qualifier's own words («bis zu», "more than") keep their ordinary spaces
      expect(text.startsWith(template) || text.endsWith(template), `${qualifier}: ${text}`).toBe(true);
    }
  });

  it.each(translators.map((tr) => [tr.locale.tag, tr] as const))('%s: a date has no breakable space, long or short, with or without its year', (_, tr) => {
    for (const style of ['long', 'short'] as const) {
      for (const precision of ['day', 'month'] as const) {
        for (const year of [true, false]) {
          const text = formatDate('2021-12-15', tr, style, precision, { year });
          expect(text, `${style}, ${precision}, ${year}`).not.toMatch(/\s(?<!\u00a0)/u);
        }
      }
    }
    expect(formatDate('2021-12-15', tr)).toContain(NBSP);
  });

  it('holds a number in prose to the word after it, a day to its month, and a figure the page inserts to the next word', () => {
    expect(noBreaks('am 7. Januar zuerst 2000 Festnahmen')).toBe('am 7.\u00a0Januar zuerst 2000\u00a0Festnahmen');
    expect(noBreaks('handed over on 15 December and published')).toBe('handed over on 15\u00a0December and published');
    expect(noBreaks(' Festnahmen, später', { afterFigure: true })).toBe('\u00a0Festnahmen, später');
    expect(noBreaks(', später', { afterFigure: true })).toBe(', später');
  });

  it('leaves the words before a number and a year that ends a sentence breakable', () => {
    expect(noBreaks('von bis zu 2 Milliarden')).toBe('von bis zu 2\u00a0Milliarden');
    expect(noBreaks('im Jahr 2022. Die Pipeline')).toBe('im Jahr 2022. Die Pipeline');
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
