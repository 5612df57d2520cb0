/**
 * The translation status of every locale against the default one: what a translator has left
 * to do. Pure over the content folder; `status-cli.ts` prints it as a table or JSON.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compareStrings, pluralForms } from '../i18n/compare';
import { checkParity } from '../integration/checks';
import { structureOfSource } from '../integration/article-structure';
import { missingCorrectionsIn, type MissingCorrection } from '../i18n/corrections';
import { foreignGlossaryUses, glossaryOf } from '../i18n/glossary';
import { DEFAULT_LOCALE, discoverLocales, readFrontmatter, type LocaleInfo } from '../i18n/registry';
import { articleParagraphs, untranslatedParagraphs, untranslatedStrings, type SameParagraph } from '../i18n/untranslated';
import { wordDiff } from './sources';
import { localeUnits, unitSourceText } from './units';

export interface LocaleStatus {
  tag: string;
  lang: string;
  status: LocaleInfo['status'];
  strings: { expected: number; present: number; missing: string[]; extra: string[]; sameAsDefault: string[] };
  /** paragraphs of the article that are still the default locale's text */
  paragraphs: SameParagraph[];
  plurals: { needed: string[]; missing: string[] };
  parity: string[];
  /** glossary names (term.*, place.*, map.country.*) and where the article writes another locale's form */
  glossary: { terms: number; foreignUses: string[] };
  figures: { onlyHere: string[]; onlyInDefault: string[] };
  outdated: { article: boolean; strings: boolean };
  /** corrections another locale's article has and this one lacks */
  corrections: { missing: MissingCorrection[] };
  /** translated strings and segments whose default-locale source changed since (units.ts) */
  stale: StaleSegment[];
  complete: number;
}

export interface StaleSegment {
  file: string;
  line: number;
  id: string;
  before: string;
  after: string;
  /** the change as a word diff: [-removed-]{+added+} */
  diff: string;
}

/** The stale units of a locale: translated from a default-locale text that has changed since. */
export function staleSegments(root: string, tag: string): StaleSegment[] {
  const lu = localeUnits(root, tag);
  return lu.units
    .filter((u) => u.stale)
    .map((u) => {
      const after = unitSourceText(u);
      return { file: lu.files[u.file], line: u.line, id: u.id, before: u.stale!.source, after, diff: wordDiff(u.stale!.source, after) };
    });
}

/** A short hash of a source text; a translation records the hashes of what it was translated from. */
export function sourceHash(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** The article without its frontmatter: what a translator translates. */
export function articleBody(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

export function translationStatus(root: string): LocaleStatus[] {
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const locales = discoverLocales(path.join(root, 'content'));
  const defaultArticle = read(`content/article/${DEFAULT_LOCALE}.mdx`);
  const defaultStringsText = read(`content/locales/${DEFAULT_LOCALE}.json`);
  const defaultStrings = JSON.parse(defaultStringsText) as Record<string, string>;
  const defaultStructure = structureOfSource(defaultArticle);
  const defaultFigures = new Set(defaultStructure.figures.map((f) => f.id));
  const hashes = { article: sourceHash(articleBody(defaultArticle)), strings: sourceHash(defaultStringsText) };
  const glossaries = Object.fromEntries(
    locales.map((l) => [l.tag, glossaryOf(JSON.parse(read(`content/locales/${l.tag}.json`)) as Record<string, string>)]),
  );
  const published = locales.filter((l) => l.status === 'published').map((l) => l.tag);
  const corrections = missingCorrectionsIn(root, locales);

  return locales
    .filter((l) => l.tag !== DEFAULT_LOCALE)
    .map((locale) => {
      const articleFile = `content/article/${locale.tag}.mdx`;
      const article = read(articleFile);
      const strings = JSON.parse(read(`content/locales/${locale.tag}.json`)) as Record<string, string>;
      const { missing, extra } = compareStrings(strings, defaultStrings, locale.lang);
      const structure = structureOfSource(article);
      const figures = new Set(structure.figures.map((f) => f.id));
      const recorded = (readFrontmatter(article).translatedFrom ?? {}) as { article?: string; strings?: string };
      const expected = missing.length + Object.keys(strings).filter((k) => !extra.includes(k)).length;
      const present = expected - missing.length;
      const parity = checkParity(structure, defaultStructure, articleFile, `content/article/${DEFAULT_LOCALE}.mdx`, 'error').map((p) => p.message);
      const others = Object.fromEntries(published.filter((t) => t !== locale.tag).map((t) => [t, glossaries[t]!]));
      const foreignUses = foreignGlossaryUses(article, glossaries[locale.tag]!, others)
        .map((u) => `${articleFile}:${u.line}:${u.column} "${u.found}" (${u.from}) where ${u.key} is "${u.expected}"`);
      const blocks = Math.max(defaultStructure.blocks.length, 1);
      // Text identical to the default locale's is not translated (src/i18n/untranslated.ts), and
      // counts as done only where the locale lists it as the same in its language.
      const sameAsDefault = untranslatedStrings(strings, defaultStrings, (readFrontmatter(article).sameAsDefault ?? []) as string[]);
      const paragraphs = untranslatedParagraphs(article, defaultArticle);
      const prose = Math.max(articleParagraphs(defaultArticle).length, 1);
      const translated = (present - sameAsDefault.length) / Math.max(expected, 1);
      const complete = Math.floor(100 * translated * ((blocks - Math.min(parity.length, blocks)) / blocks) * ((prose - Math.min(paragraphs.length, prose)) / prose));
      return {
        tag: locale.tag,
        lang: locale.lang,
        status: locale.status,
        strings: {
          expected,
          present,
          missing: missing.filter((k) => !PLURAL.test(k)),
          extra,
          sameAsDefault,
        },
        paragraphs,
        plurals: { needed: pluralForms(locale.lang), missing: missing.filter((k) => PLURAL.test(k)) },
        parity,
        glossary: { terms: Object.keys(glossaries[locale.tag]!).length, foreignUses },
        figures: {
          onlyHere: [...figures].filter((id): id is string => !!id && !defaultFigures.has(id)),
          onlyInDefault: [...defaultFigures].filter((id): id is string => !!id && !figures.has(id)),
        },
        outdated: { article: recorded.article !== hashes.article, strings: recorded.strings !== hashes.strings },
        corrections: { missing: corrections[locale.tag]! },
        stale: staleSegments(root, locale.tag),
        complete,
      };
    });
}

/** The hashes a locale records once it is translated up to the current default locale. */
export function currentSourceHashes(root: string): { article: string; strings: string } {
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  return {
    article: sourceHash(articleBody(read(`content/article/${DEFAULT_LOCALE}.mdx`))),
    strings: sourceHash(read(`content/locales/${DEFAULT_LOCALE}.json`)),
  };
}
