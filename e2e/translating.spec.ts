import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { translationStatus } from '../src/translation/status';
import { pluralForms } from '../src/i18n/compare';
import { pseudoArticle, pseudoStrings } from '../src/i18n/pseudo';
import { projectCopies } from './project-copies';
import { build, editJson, editText } from './temp-build';

const copyProject = projectCopies();

/** Adds a locale the way a translator does: two files, nothing else. */
function addLocale(dir: string, tag: string, frontmatter: { lang: string; label: string; status: 'published' | 'draft' }, strings: (s: Record<string, string>) => void) {
  const article = fs.readFileSync(path.join(dir, 'content/article/de.mdx'), 'utf8')
    .replace(/^lang: .*$/m, `lang: ${frontmatter.lang}`)
    .replace(/^label: .*$/m, `label: ${frontmatter.label}`)
    .replace(/^status: .*$/m, `status: ${frontmatter.status}`);
  fs.writeFileSync(path.join(dir, `content/article/${tag}.mdx`), article);
  fs.copyFileSync(path.join(dir, 'content/locales/de.json'), path.join(dir, `content/locales/${tag}.json`));
  editJson(dir, `content/locales/${tag}.json`, strings);
}

test('a third locale added as two files appears everywhere, and the status report says what is untranslated', async () => {
  test.setTimeout(240_000);
  const dir = copyProject();
  // "translated" by the accented pseudo-locale's transformation of the English text, as i18n:pseudo
  // does: no string or paragraph is German
  const en = JSON.parse(fs.readFileSync(path.join(dir, 'content/locales/en.json'), 'utf8')) as Record<string, string>;
  fs.writeFileSync(path.join(dir, 'content/locales/fr.json'), JSON.stringify({ ...pseudoStrings(en, 'accented', pluralForms('fr')), 'nav.skip': 'Aller à l’article' }));
  fs.writeFileSync(path.join(dir, 'content/article/fr.mdx'), pseudoArticle(fs.readFileSync(path.join(dir, 'content/article/en.mdx'), 'utf8'), 'accented', { lang: 'fr', label: 'Français' }));
  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  expect(result.read('fr/index.html')).toMatch(/<html lang="fr" dir="ltr"/);
  for (const page of ['de/index.html', 'en/index.html', 'fr/index.html']) {
    const html = result.read(page);
    expect(html).toContain('<link rel="alternate" hreflang="fr" href="https://');
    expect(html).toMatch(/<a href="\/fr\/"[^>]*lang="fr"[^>]*>Français<\/a>/);
  }
  expect(result.read('sitemap.xml')).toContain('/fr/</loc>');
  expect(result.read('index.html')).toContain('href="/fr/"');
  const fr = translationStatus(dir).find((s) => s.tag === 'fr')!;
  expect(fr.strings.missing).toEqual([]);
  expect(fr.strings.sameAsDefault).toEqual([]);
  expect(fr.paragraphs).toEqual([]);
  expect(fr.outdated).toEqual({ article: true, strings: true });
});

test('a published locale that keeps German strings or paragraphs stops the build, naming the keys, the line and the fix', async () => {
  test.setTimeout(240_000);
  const dir = copyProject();
  addLocale(dir, 'fr', { lang: 'fr', label: 'Français', status: 'published' }, (s) => {
    s['article.readingTime_many'] = '{{count}} minutes de lecture';
  });
  const result = build(dir);
  expect(result.ok).toBe(false);
  expect(result.output).toMatch(/content\/locales\/fr\.json\n {2}\d+ strings are the de text, untranslated: .*nav\.skip.*\n {2}Fix: translate them; a name or unit that is the same in your language goes under sameAsDefault:/);
  const firstParagraph = fs.readFileSync(path.join(dir, 'content/article/fr.mdx'), 'utf8').split('\n').findIndex((l, i) => i > 3 && /^\p{Lu}/u.test(l)) + 1;
  expect(result.output).toContain(`content/article/fr.mdx:${firstParagraph}\n  this paragraph is the de text, untranslated`);
  const fr = translationStatus(dir).find((s) => s.tag === 'fr')!;
  expect(fr.complete).toBeLessThan(20);
});

test('a published locale with a missing string stops the build, naming the file, the key and the fix', async () => {
  test.setTimeout(120_000);
  const dir = copyProject();
  editJson(dir, 'content/locales/en.json', (s) => { delete s['later.heading']; });
  const result = build(dir);
  expect(result.ok).toBe(false);
  expect(result.output).toMatch(/content\/locales\/en\.json\n {2}1 string missing: later\.heading\n {2}Fix: add it .*or set status: draft/);
});

test('a draft locale builds with fallbacks, a notice, noindex, and stays out of the sitemap and hreflang', async () => {
  test.setTimeout(240_000);
  const dir = copyProject();
  addLocale(dir, 'it', { lang: 'it', label: 'Italiano', status: 'draft' }, (s) => {
    delete s['later.heading'];
    // the page's frame, which a draft translates before it builds (src/i18n/chrome.ts)
    Object.assign(s, {
      'draft.notice': 'Questa traduzione è una bozza: alcune parti sono nella lingua originale.',
      'nav.skip': 'Vai all’articolo',
      'masthead.publication': 'Approfondimento',
      'meta.siteName': 'Ginevra, 10 gennaio 2022',
      'switcher.label': 'Lingua',
      'analysis.label': 'Analisi',
    });
  });
  editText(dir, 'content/article/it.mdx', (t) => t.replace('<Step id="toll-days" state="days">', '<Step id="toll-days" state="floor">'));
  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  expect(result.output).toMatch(/content\/locales\/it\.json\n {2}2 strings missing: later\.heading, article\.readingTime_many/);
  const html = result.read('it/index.html');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain('Questa traduzione è una bozza');
  // labels a screen reader reads in the page's language come from the locale
  expect(html).toContain('<nav class="switcher" aria-label="Lingua">');
  expect(html).toMatch(/role="note" aria-label="Analisi"/);
  // The fallback keeps its own language, so that a screen reader pronounces it as German.
  expect(html).toMatch(/<h2[^>]*><span lang="de-CH">Wie es weiterging<\/span><\/h2>/);
  expect(html).not.toMatch(/[\uE000\uE001]/);
  expect(result.read('sitemap.xml')).not.toContain('/it/');
  expect(result.read('de/index.html')).not.toContain('hreflang="it"');
});

test('an article that writes another locale’s form of a glossary name stops the build, naming the line, the key and the form', async () => {
  test.setTimeout(120_000);
  const dir = copyProject();
  editText(dir, 'content/article/en.mdx', (t) => t.replace('President Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokajew'));
  const result = build(dir);
  expect(result.ok).toBe(false);
  expect(result.output).toMatch(/content\/article\/en\.mdx:\d+:\d+\n {2}"Tokajew" is the de form of a glossary name \(term\.tokayev\); this locale's glossary writes "Tokayev"\n {2}Fix: write "Tokayev", or change "term\.tokayev" in content\/locales\/en\.json/);
});

test('a glossary name changed once reaches the graphics that use it', async () => {
  test.setTimeout(180_000);
  const dir = copyProject();
  editJson(dir, 'content/locales/en.json', (s) => { s['term.csto'] = 'CSTO-K'; });
  editText(dir, 'content/article/en.mdx', (t) => t.replaceAll('CSTO', 'CSTO-K'));
  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  const troops = /<figure[^>]*data-graphic="troops"[\s\S]*?<\/figure>/.exec(result.read('en/index.html'))?.[0] ?? '';
  // a figure and its word are held together by a no-break space
  expect(troops).toMatch(/CSTO-K mission: 2,030\ssoldiers/);
  expect(troops).not.toMatch(/CSTO mission/);
});
