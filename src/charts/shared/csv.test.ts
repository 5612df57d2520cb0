import { describe, expect, it } from 'vitest';
import { csvField, graphicCsv } from './csv';
import { createTranslator } from '../../i18n/translator';
import en from '../../../content/locales/en.json';

const locale = { tag: 'en', lang: 'en', label: 'English', status: 'published' as const, dir: 'ltr' as const };
const tr = createTranslator(locale, { en }, locale);

describe('graphicCsv', () => {
  it('writes one row per figure with the plain value, qualifier, date and source', () => {
    const csv = graphicCsv(
      { summary: 'a', states: { a: { figures: ['kz-injured'] } } },
      { 'kz-injured': { value: 2200, qualifier: 'more-than', unit: 'people', asOf: '2022-01-09', source: 'ap' } },
      { ap: { publisher: 'AP, via "X"', title: 't', date: '2022-01-09', url: 'https://example.org/a', lang: 'en' } },
      tr,
    );
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('id,Figure,value,upper end,unit,qualifier,As of,Source,address');
    expect(row).toBe('kz-injured,Injured,2200,,people,more-than,2022-01-09,"AP, via ""X""",https://example.org/a');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes, and leaves a plain one as it is', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(2200)).toBe('2200');
    expect(csvField(undefined)).toBe('');
  });
});

describe('csvField against formulas', () => {
  it.each(['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises text that a spreadsheet would run: %j', (text) => {
    const cell = csvField(text);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${text}`);
  });

  it('leaves numbers, negative ones too, as numbers', () => {
    expect(csvField(-164)).toBe('-164');
    expect(csvField(2200)).toBe('2200');
  });

  it('leaves text that starts harmlessly as it is', () => {
    expect(csvField('2022-01-09')).toBe('2022-01-09');
    expect(csvField('Kazakh health ministry')).toBe('Kazakh health ministry');
  });
});
