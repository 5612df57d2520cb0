/**
 * What a locale has to translate, unit by unit: each string of content/locales/<tag>.json, each
 * segment of content/article/<tag>.mdx (segments.ts) and each quotation's translation, with the
 * default locale's source, the locale's current text and whether it is stale (its source changed
 * since it was translated: sources.ts). The XLIFF export and import (xliff.ts) and the status
 * report's stale list are built on this one list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, discoverLocales, readFrontmatter, type LocaleInfo } from '../i18n/registry';
import { untranslatedStrings } from '../i18n/untranslated';
import { segmentArticle, segmentsOf, segmentText, renderInline, type Inline, type Part, type Segment } from './segments';
import { readSources, staleEntry, type SourceRecord } from './sources';

export type UnitFile = 'strings' | 'article';

export interface Unit {
  file: UnitFile;
  /** the string's key or the segment's id */
  id: string;
  source: Inline[];
  /** the locale's current text; empty when untranslated */
  target: Inline[];
  /** where the locale's text stands: a line of its article or strings file */
  line: number;
  notes: string[];
  /** the source this unit was translated from, when that source has changed since */
  stale?: SourceRecord;
}

export interface LocaleUnits {
  locale: LocaleInfo;
  defaultLang: string;
  files: Record<UnitFile, string>;
  units: Unit[];
  strings: Record<string, string>;
  parts: Part[];
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** i18next placeholders of a string as codes: `{{count}}` and nested terms `$t(term.csto)`. */
export function stringInline(text: string): Inline[] {
  const out: Inline[] = [];
  const seen = new Map<string, number>();
  let last = 0;
  for (const m of text.matchAll(/\{\{[^{}]*\}\}|\$t\([^()]*\)/g)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const base = m[0].startsWith('{{') ? `var-${m[0].slice(2, -2).trim()}` : `term-${m[0].slice(3, -1).trim()}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ kind: 'ph', id: (n === 1 ? base : `${base}-${n}`).replace(/[^\w.-]/g, '_'), code: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A `<Quote>` that keeps the speaker's own words (`said` and `lang` the same language): its translation is a unit. */
export function isQuotation(start: string): boolean {
  const said = /\ssaid="([^"]+)"/.exec(start)?.[1];
  const lang = /\slang="([^"]+)"/.exec(start)?.[1];
  return !!said && !!lang && said.split('-')[0] === lang.split('-')[0];
}

export function quoteTranslation(start: string): string {
  return /\stranslation="([^"]*)"/.exec(start)?.[1] ?? '';
}

/** The `<Quote>` codes of a segment, in order. */
export function quotesOf(content: Inline[]): Extract<Inline, { kind: 'pc' }>[] {
  return content.flatMap((c) => (typeof c === 'string' ? [] : c.kind === 'pc' ? [...(c.start.startsWith('<Quote') ? [c] : []), ...quotesOf(c.children)] : []));
}

function words(text: string): number {
  return text.replace(/<[^>]*>/g, ' ').split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
}

export function localeUnits(root: string, tag: string): LocaleUnits {
  const locale = discoverLocales(path.join(root, 'content')).find((l) => l.tag === tag);
  if (!locale) throw new Error(`there is no locale "${tag}" (content/locales/${tag}.json and content/article/${tag}.mdx)`);
  if (tag === DEFAULT_LOCALE) throw new Error(`${tag} is the default locale, the source of every translation: export another locale`);
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const files = { strings: `content/locales/${tag}.json`, article: `content/article/${tag}.mdx` };
  const defaultArticle = read(`content/article/${DEFAULT_LOCALE}.mdx`);
  const defaultLang = String(readFrontmatter(defaultArticle).lang ?? DEFAULT_LOCALE);
  const reference = JSON.parse(read(`content/locales/${DEFAULT_LOCALE}.json`)) as Record<string, string>;
  const stringsText = read(files.strings);
  const strings = JSON.parse(stringsText) as Record<string, string>;
  const articleSource = read(files.article);
  const descriptions = JSON.parse(read('content/locales/_descriptions.json')) as Record<string, string>;
  const sources = readSources(root, tag);
  const units: Unit[] = [];

  const sameAsDefault = (readFrontmatter(articleSource).sameAsDefault ?? []) as string[];
  const untranslated = new Set(untranslatedStrings(strings, reference, sameAsDefault));
  const stringLines = stringsText.split('\n');
  const keys = [...Object.keys(strings), ...Object.keys(reference).filter((k) => !(k in strings) && !PLURAL.test(k))];
  for (const key of keys) {
    if (key.startsWith('format.')) continue;
    const sourceKey = key in reference ? key : PLURAL.test(key) ? key.replace(PLURAL, '_other') : undefined;
    if (sourceKey === undefined || !(sourceKey in reference)) continue;
    const source = reference[sourceKey]!;
    const current = strings[key] ?? '';
    const notes = [descriptions[sourceKey] ?? descriptions[key]].filter((n): n is string => !!n);
    if (sourceKey !== key) notes.push(`Plural form "${key.match(PLURAL)![1]}" of ${sourceKey.replace(PLURAL, '')}: the source shows the German "other" form.`);
    const target = current && !untranslated.has(key) ? current : '';
    units.push({
      file: 'strings',
      id: key,
      source: stringInline(source),
      target: target ? stringInline(target) : [],
      line: stringLines.findIndex((l) => l.startsWith(`  ${JSON.stringify(key)}:`)) + 1,
      notes,
      stale: target ? staleEntry(sources.strings[key], source) : undefined,
    });
  }

  const defaultSegments = segmentsOf(segmentArticle(defaultArticle));
  const parts = segmentArticle(articleSource);
  const segments = segmentsOf(parts);
  for (const [id, german] of defaultSegments) {
    const own: Segment | undefined = segments.get(id);
    const sourceText = segmentText(german);
    const ownText = own ? segmentText(own) : '';
    // the default locale's own text is not a translation, unless it has no words (a figure alone)
    const same = ownText === sourceText && words(sourceText) > 0;
    const target = own && !same ? own.content : [];
    const where = `content/article/${DEFAULT_LOCALE}.mdx:${german.line}`;
    units.push({
      file: 'article',
      id,
      source: german.content,
      target,
      line: own?.line ?? 0,
      notes: [german.yaml ? `The article's ${id.startsWith('meta.correction.') ? 'correction of that date' : id.slice(5)} (frontmatter), ${where}.` : `${where}.`],
      stale: target.length ? staleEntry(sources.article[id], sourceText) : undefined,
    });
    const ownQuotes = own ? quotesOf(own.content) : [];
    quotesOf(german.content).forEach((quote, q) => {
      if (!isQuotation(quote.start)) return;
      const spoken = renderInline(quote.children);
      const translation = quoteTranslation(ownQuotes.find((o) => o.id === quote.id)?.start ?? '');
      const quoteId = `${id}.${quote.id}.translation`;
      units.push({
        file: 'article',
        id: quoteId,
        source: [spoken],
        target: translation ? [translation] : [],
        line: own?.line ?? 0,
        notes: [`The translation of quotation ${q + 1} in ${id}, shown with it as a translation: the quotation itself stays in the language it was spoken in.`],
        stale: translation ? staleEntry(sources.article[quoteId], spoken) : undefined,
      });
    });
  }
  return { locale, defaultLang, files, units, strings, parts };
}

/** The text of a unit's source as its record in the sources file keeps it. */
export function unitSourceText(unit: Pick<Unit, 'source'>): string {
  return renderInline(unit.source);
}

