import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvField, figureIdsOf, graphicCsv } from './csv';
import { graphicText } from './strings';
import { createTranslator } from '../../i18n/translator';
import type { Figure, Graphic, Source } from '../../site-content/schemas';
import en from '../../../content/locales/en.json';
import de from '../../../content/locales/de.json';

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const figures = json('content/data/figures.json') as Record<string, Figure>;
const sources = json('content/data/sources.json') as Record<string, Source>;
const graphics = json('content/data/graphics.json') as Record<string, Graphic>;
const enInfo = { tag: 'en', lang: 'en', label: 'English', status: 'published' as const, dir: 'ltr' as const };
const deInfo = { tag: 'de', lang: 'de-CH', label: 'Deutsch', status: 'published' as const, dir: 'ltr' as const };
const trs = { en: createTranslator(enInfo, { en, de }), de: createTranslator(deInfo, { en, de }) };

/** RFC 4180 rows: fields split at commas outside quotes, "" inside quotes for a quote. */
function parseCsv(csv: string): string[][] {
  return csv.trim().split('\r\n').map((line) => {
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { fields.push(field); field = ''; }
      else field += c;
    }
    return [...fields, field];
  });
}

describe('graphicCsv', () => {
  it('writes one row per figure: plain value, unit and qualifier in words, date, the source named with its copy', () => {
    const csv = graphicCsv(
      { summary: 'a', states: { a: { figures: ['kz-injured'] } } },
      { 'kz-injured': { value: 2200, qualifier: 'more-than', unit: 'people', asOf: '2022-01-09', source: 'ap' } },
      { ap: { publisher: 'AP', copy: 'Sioux "City" Journal', title: 't', date: '2022-01-09', url: 'https://example.org/a', lang: 'en' } },
      trs.en,
    );
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('id,Figure,value,upper end,unit,qualifier,As of,Source,address,caveat,reported later');
    expect(row).toBe('kz-injured,Injured,2200,,people,more than,2022-01-09,"AP, as published by Sioux ""City"" Journal",https://example.org/a,,');
  });

  it('gives every row of a contested figure its caveat, and every later figure its mark, in every graphic and language', () => {
    let caveats = 0;
    for (const [tag, tr] of Object.entries(trs)) {
      const text = graphicText(tr, figures);
      for (const [name, graphic] of Object.entries(graphics)) {
        const [header, ...rows] = parseCsv(graphicCsv(graphic, figures, sources, tr));
        const column = (key: string) => header!.indexOf(tr.t(key));
        for (const [i, id] of figureIdsOf(graphic).entries()) {
          const f = figures[id]!;
          const row = rows[i]!;
          expect(row[0], `${tag} ${name}`).toBe(id);
          expect(row[column('csv.caveat')], `${tag} ${name} ${id}`).toBe(f.caveat ? text(`caveat.${f.caveat}`) : '');
          expect(row[column('csv.later')], `${tag} ${name} ${id}`).toBe(f.later ? tr.t('figure.laterTag') : '');
          if (f.caveat) caveats++;
        }
      }
    }
    // the content has contested figures in its graphics, so the loop above tested something
    expect(caveats).toBeGreaterThan(0);
  });

  it('writes the German download in German: no English codes for unit or qualifier', () => {
    const [header, ...rows] = parseCsv(graphicCsv(graphics.casualties!, figures, sources, trs.de));
    const unit = header!.indexOf(trs.de.t('csv.unit'));
    const qualifier = header!.indexOf(trs.de.t('csv.qualifier'));
    for (const [i, id] of figureIdsOf(graphics.casualties!).entries()) {
      expect(rows[i]![unit]).toBe(trs.de.t(`csv.unit.${figures[id]!.unit}`));
      expect(rows[i]![qualifier]).toBe(trs.de.t(`csv.qualifier.${figures[id]!.qualifier}`));
      expect(rows[i]![qualifier]).not.toMatch(/^(exact|more-than|about|people)$/);
    }
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
