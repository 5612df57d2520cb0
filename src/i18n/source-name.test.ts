import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceName, sourceNameParts } from './source-name';
import { createTranslator } from './translator';
import type { Source } from '../site-content/schemas';
import en from '../../content/locales/en.json';
import de from '../../content/locales/de.json';

const enInfo = { tag: 'en', lang: 'en', label: 'English', status: 'published' as const, dir: 'ltr' as const };
const deInfo = { tag: 'de', lang: 'de-CH', label: 'Deutsch', status: 'published' as const, dir: 'ltr' as const };
const trs = { en: createTranslator(enInfo, { en, de }), de: createTranslator(deInfo, { en, de }) };
const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as Record<string, Source>;

describe('sourceName', () => {
  const copy: Source = { publisher: 'Reuters', copy: 'National Post', body: 'kz-interior-ministry', title: 't', date: '2022-01-10', lang: 'en' };

  it('says plainly that a copy is a copy, in both languages, with the body first', () => {
    expect(sourceName(copy, trs.en)).toBe('Kazakh Interior Ministry, via Reuters, as published by National Post');
    expect(sourceName(copy, trs.de)).toBe('Kasachisches Innenministerium, via Reuters, erschienen bei National Post');
  });

  it('marks both publications, and only they, as names', () => {
    const names = sourceNameParts(copy, trs.en).filter((p) => p.name).map((p) => p.text);
    expect(names).toEqual(['Reuters', 'National Post']);
  });

  it('never folds a copy site into the publisher\'s name, as "AP (Sioux City Journal)" did', () => {
    for (const [id, s] of Object.entries(sources)) expect(s.publisher ?? '', id).not.toMatch(/\(/);
  });
});
