/**
 * Checks of honest sourcing, beyond the shape of the files: a figure reported after the article's
 * date is marked later wherever it shows; a value comes from a source that could have given it;
 * words someone said are a quote only in the language they were said; a contested figure's
 * caveat exists. Pure functions over parsed content; `checkIntegrity` runs them all.
 */
import { STORY_DATE, type Figure } from '../site-content/schemas';
import { DEFAULT_LOCALE, readFrontmatter, type LocaleInfo } from '../i18n/registry';
import { languageOf, sameLanguage } from '../i18n/format';
import type { ArticleStructure } from './article-structure';
import type { ContentData } from './checks';
import type { Problem } from './problems';

const FIGURES = 'content/data/figures.json';

/** The day the article tells the story of, from the default locale's frontmatter (`published`). */
export function storyDate(articleSource: string | undefined): string {
  const published = articleSource ? readFrontmatter(articleSource).published : undefined;
  const date = published instanceof Date ? published : typeof published === 'string' ? new Date(`${published}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : STORY_DATE;
}

/** A figure (or its detail) dated after the article's day must say it is later. */
export function checkLaterMarked(figures: Record<string, Figure>, published: string): Problem[] {
  const problems: Problem[] = [];
  for (const [id, f] of Object.entries(figures)) {
    if (f.asOf > published && !f.later) {
      problems.push({
        file: FIGURES,
        message: `figure "${id}" is as of ${f.asOf}, after the article's date (${published}), but is not marked later`,
        fix: 'add "later": true; the article may then show it only in <Later>, and the graphics, tables and downloads mark it as reported later (EDITING.md, "Later facts")',
        severity: 'error',
      });
    }
    if (f.detail && f.detail.asOf > published && !f.detail.later) {
      problems.push({
        file: FIGURES,
        message: `figure "${id}" → detail is as of ${f.detail.asOf}, after the article's date (${published}), but is not marked later`,
        fix: 'add "later": true to the detail, so that the tables mark it as reported later',
        severity: 'error',
      });
    }
  }
  return problems;
}

/** In the prose, a later figure belongs in the <Later> block only. */
export function checkLaterInProse(structure: ArticleStructure, file: string, figures: Record<string, Figure>): Problem[] {
  return structure.figures
    .filter((f) => f.id !== undefined && figures[f.id]?.later && !f.inLater)
    .map((f) => ({
      file,
      line: f.line,
      column: f.column,
      message: `<Num id="${f.id}"/> is a figure reported after the article's date, outside <Later>`,
      fix: 'move the sentence into the <Later> list with its date, or use a figure of the article\'s day',
      severity: 'error' as const,
    }));
}

/**
 * Strings that show a later figure ({{id}}) must say that it came later: they contain the
 * locale's `later.marker` word. Strings of later events are exempt: they stand under the
 * graphic's "later" heading.
 */
export function checkLaterInStrings(strings: Record<string, string>, locale: string, figures: Record<string, Figure>, exempt: ReadonlySet<string>): Problem[] {
  // letters and the spaces between words only ("plus tard"): a pseudo-locale wraps every string, this one too, in brackets
  const marker = strings['later.marker']?.replace(/[^\p{L}\p{M}\s]/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (!marker) return [];
  const later = Object.keys(figures).filter((id) => figures[id]!.later);
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(strings)) {
    if (exempt.has(key)) continue;
    const shown = later.filter((id) => value.includes(`{{${id}}}`));
    if (!shown.length || value.replace(/\s+/g, ' ').toLowerCase().includes(marker)) continue;
    problems.push({
      file: `content/locales/${locale}.json`,
      message: `"${key}" shows ${shown.map((id) => `{{${id}}}`).join(', ')}, reported after the article's date, without saying so ("${strings['later.marker']}")`,
      fix: `say in the string that the figure came later, with its date (e.g. "${strings['later.marker']}, am {{date}}: …")`,
      severity: 'error',
    });
  }
  return problems;
}

/**
 * A source cannot have given a value dated after its own publication, and a detail is another
 * source's more precise figure: it needs its own entry unless the same report gave both.
 */
export function checkValueSources(data: ContentData): Problem[] {
  const problems: Problem[] = [];
  type Credited = [id: string, where: string, value: { asOf: string; source: string }, headline?: Figure];
  const values = Object.entries(data.figures).flatMap(([id, f]): Credited[] => [
    [id, 'source', f],
    ...(f.detail ? [[id, 'detail.source', f.detail, f] as Credited] : []),
  ]);
  for (const [id, where, value, headline] of values) {
    const source = data.sources[value.source];
    if (!source) continue;
    if (source.date < value.asOf) {
      problems.push({
        file: FIGURES,
        message: `figure "${id}" → ${where}: "${value.source}" is dated ${source.date}, before the value's date (${value.asOf}), so it cannot have given this value`,
        fix: 'name the source that gave the value (add it to content/data/sources.json if it is not there), or correct the date',
        severity: 'error',
      });
    } else if (headline && value.source === headline.source && value.asOf !== headline.asOf) {
      problems.push({
        file: FIGURES,
        message: `figure "${id}" → detail borrows the headline's source "${value.source}", but counts another day (${value.asOf}, not ${headline.asOf})`,
        fix: 'give the detail the source entry that reported it: two figures, two sources',
        severity: 'error',
      });
    }
  }
  return problems;
}

/**
 * A <Quote> says which language was spoken (`said`) and which language its words are in (`lang`).
 * Words in another language than the one spoken are a translation, shown as one: they carry no
 * further translation, and should be in the page's language. A real quote in a foreign language
 * should have a translation for the reader.
 */
export function checkQuotes(structure: ArticleStructure, file: string, pageLang: string): Problem[] {
  const problems: Problem[] = [];
  for (const q of structure.quotes) {
    const error = (message: string, fix: string) => problems.push({ file, line: q.line, column: q.column, message, fix, severity: 'error' });
    // A new locale starts as a copy of another's article, words included; like its prose, they are
    // the translator's to do, so a quote in the wrong language warns and does not stop the build.
    const warning = (message: string, fix: string) => problems.push({ file, line: q.line, column: q.column, message, fix, severity: 'warning' });
    if (!q.said || !q.lang) {
      error('<Quote> needs said="…" (the language the person spoke) and lang="…" (the language of the words we have)', 'e.g. <Quote said="de" lang="de">…</Quote> for a German speaker\'s own words, <Quote said="ru" lang="de">…</Quote> for a translation of Russian');
      continue;
    }
    const notATag = [q.said, q.lang].find((tag) => languageOf(tag) === undefined);
    if (notATag !== undefined) {
      error(`<Quote said="${q.said}" lang="${q.lang}">: "${notATag}" is not a BCP 47 language tag`, 'write a language tag: de, en, ru, uk, or with a region, de-CH');
      continue;
    }
    if (sameLanguage(q.said, q.lang)) {
      if (!sameLanguage(q.lang, pageLang) && !q.translation) warning(`<Quote lang="${q.lang}"> is in another language than the page (${pageLang}) and has no translation`, 'add translation="…" in the page\'s language; it is shown marked as a translation');
    } else {
      if (!sameLanguage(q.lang, pageLang)) warning(`<Quote said="${q.said}" lang="${q.lang}">: these words are a translation, but not into the page's language (${pageLang})`, `write the words in the page's language (lang="${pageLang}"): they are shown as a translation, never as a quote`);
      if (q.translation) error(`<Quote said="${q.said}" lang="${q.lang}"> is itself a translation and cannot carry another`, 'remove translation="…"; write the words in the page\'s language instead');
    }
  }
  return problems;
}

/** A figure's caveat is a string every locale must have: it shows in key figures, tables and CSV. */
export function checkCaveats(figures: Record<string, Figure>, strings: Record<string, string>): Problem[] {
  return Object.entries(figures)
    .filter(([, f]) => f.caveat !== undefined && !(`caveat.${f.caveat}` in strings))
    .map(([id, f]) => ({
      file: FIGURES,
      message: `figure "${id}" → caveat: there is no string "caveat.${f.caveat}" in content/locales/${DEFAULT_LOCALE}.json`,
      fix: `add "caveat.${f.caveat}" to every locale file (what is contested about the figure) and a description to content/locales/_descriptions.json`,
      severity: 'error' as const,
    }));
}

export interface IntegrityInput {
  data: ContentData;
  locales: LocaleInfo[];
  structures: Record<string, ArticleStructure>;
  strings: Record<string, Record<string, string>>;
  /** each locale's article source, by tag */
  articles: Record<string, string>;
}

export function checkIntegrity({ data, locales, structures, strings, articles }: IntegrityInput): Problem[] {
  const published = storyDate(articles[DEFAULT_LOCALE]);
  const laterEventStrings = new Set(Object.values(data.nordstreamEvents).filter((e) => e.later).flatMap((e) => [e.text, ...(e.short ? [e.short] : [])]));
  const problems = [...checkLaterMarked(data.figures, published), ...checkValueSources(data)];
  if (strings[DEFAULT_LOCALE]) problems.push(...checkCaveats(data.figures, strings[DEFAULT_LOCALE]));
  for (const locale of locales) {
    const file = `content/article/${locale.tag}.mdx`;
    const structure = structures[locale.tag];
    if (structure) problems.push(...checkLaterInProse(structure, file, data.figures), ...checkQuotes(structure, file, locale.lang));
    if (strings[locale.tag]) problems.push(...checkLaterInStrings(strings[locale.tag]!, locale.tag, data.figures, laterEventStrings));
  }
  return problems;
}
