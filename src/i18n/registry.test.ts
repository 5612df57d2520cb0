import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverLocales, LocaleRegistryError, textDirection } from './registry';

/** The folders the tests make, removed when they are done. */
const made: string[] = [];
afterAll(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function contentWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'article'));
  fs.mkdirSync(path.join(dir, 'locales'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
const article = (lang: string, label: string, status = 'published') => `---\nlang: ${lang}\nlabel: ${label}\nstatus: ${status}\n---\nText\n`;

describe('discoverLocales', () => {
  it('finds the shipped locales, default first, with lang and label from the frontmatter', () => {
    const locales = discoverLocales(path.resolve('content'));
    // every article with its strings file, the default first (derived, so that a new edition does not break it)
    const shipped = fs.readdirSync('content/article').map((f) => path.basename(f, '.mdx')).filter((t) => t !== 'de' && fs.existsSync(`content/locales/${t}.json`));
    expect(locales.map((l) => l.tag)).toEqual(['de', ...shipped.sort()]);
    expect(locales[0]).toMatchObject({ lang: 'de-CH', label: 'Deutsch', status: 'published', dir: 'ltr' });
  });

  it('adds a locale when its two files exist, and ignores metadata files', () => {
    const dir = contentWith({
      'article/de.mdx': article('de-CH', 'Deutsch'),
      'locales/de.json': '{}',
      'locales/_descriptions.json': '{}',
      'article/fr.mdx': article('fr', 'Français', 'draft'),
      'locales/fr.json': '{}',
    });
    expect(discoverLocales(dir).map((l) => [l.tag, l.status])).toEqual([['de', 'published'], ['fr', 'draft']]);
  });

  it('names the missing file when a locale has only one of its two files', () => {
    const dir = contentWith({ 'article/de.mdx': article('de-CH', 'Deutsch'), 'locales/de.json': '{}', 'locales/fr.json': '{}' });
    expect(() => discoverLocales(dir)).toThrow(LocaleRegistryError);
    expect(() => discoverLocales(dir)).toThrow('add content/article/fr.mdx');
  });

  it('asks for lang, label and status in the frontmatter', () => {
    const dir = contentWith({ 'article/de.mdx': '---\nlabel: Deutsch\n---\n', 'locales/de.json': '{}' });
    expect(() => discoverLocales(dir)).toThrow(/needs "lang:".*\n.*status: published/);
  });
});

describe('textDirection', () => {
  it('reads the direction of a script: right to left for Arabic and Hebrew, left to right for German', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he-IL')).toBe('rtl');
    expect(textDirection('de-CH')).toBe('ltr');
  });

  it('agrees with Intl.Locale where the engine gives a direction', () => {
    const fromIntl = (lang: string) => {
      const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
      return locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
    };
    const langs = ['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'de', 'en', 'ru', 'kk', 'zh', 'ja'];
    // Node 20 and later give it; without it this test would check nothing
    expect(langs.filter((l) => !fromIntl(l))).toEqual([]);
    for (const lang of langs) expect(textDirection(lang), lang).toBe(fromIntl(lang));
  });
});
