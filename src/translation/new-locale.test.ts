import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareStrings } from '../i18n/compare';
import { readFrontmatter } from '../i18n/registry';
import { createTranslator } from '../i18n/translator';
import { draftArticle, emptyStrings, nativeLabel, scaffoldLocale } from './new-locale';

const reference = JSON.parse(fs.readFileSync('content/locales/de.json', 'utf8')) as Record<string, string>;
const article = fs.readFileSync('content/article/de.mdx', 'utf8');
const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-locale-'));
  copies.push(dir);
  fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('npm run i18n:new', () => {
  it('emptyStrings leaves every text key empty, so the status report counts each one as missing', () => {
    const strings = emptyStrings(reference, 'fr-CH');
    const { missing, extra } = compareStrings(strings, reference, 'fr-CH');
    expect(extra).toEqual([]);
    const textKeys = Object.keys(strings).filter((k) => !k.startsWith('format.'));
    expect(missing.sort()).toEqual(textKeys.sort());
  });

  it('emptyStrings writes a plural key in every form the language needs (French: one, many, other)', () => {
    const plural = Object.keys(reference).find((k) => k.endsWith('_other'))!.replace(/_other$/, '');
    const strings = emptyStrings(reference, 'fr');
    expect(Object.keys(strings).filter((k) => k.startsWith(`${plural}_`)).sort()).toEqual([`${plural}_many`, `${plural}_one`, `${plural}_other`]);
  });

  it('an empty string falls back to the default locale in a draft, as a missing one does', () => {
    const strings = emptyStrings(reference, 'fr');
    const key = Object.keys(reference).find((k) => !k.startsWith('format.') && !reference[k]!.includes('{{'))!;
    const t = createTranslator({ tag: 'fr', lang: 'fr', label: 'Français', status: 'draft', dir: 'ltr' }, { de: reference, fr: strings }).t;
    // the translator sets no-break spaces in figures and dates (src/i18n/translator.ts)
    const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaces(t(key))).toContain(spaces(reference[key]!));
  });

  it('draftArticle gives the article the new lang, label and draft status, drops the translation record, keeps the body', () => {
    const draft = draftArticle(article, 'fr-CH', 'Français');
    const frontmatter = readFrontmatter(draft);
    expect(frontmatter).toMatchObject({ lang: 'fr-CH', label: 'Français', status: 'draft' });
    expect(frontmatter.translatedFrom).toBeUndefined();
    expect(draft.split(/^---\n[\s\S]*?\n---\n/)[1]).toBe(article.split(/^---\n[\s\S]*?\n---\n/)[1]);
  });

  it('nativeLabel names the language in itself', () => {
    expect(nativeLabel('fr-CH')).toBe('Français');
    expect(nativeLabel('it')).toBe('Italiano');
  });

  it('scaffoldLocale writes both files and refuses a locale that exists or a lang of another language', () => {
    const dir = contentCopy();
    const locale = scaffoldLocale(dir, 'it', 'it-CH');
    expect(locale.files).toEqual(['content/locales/it.json', 'content/article/it.mdx']);
    expect(() => scaffoldLocale(dir, 'it')).toThrow(/exists already/);
    expect(() => scaffoldLocale(dir, 'pt', 'es')).toThrow(/language "es"/);
  });
});
