/**
 * A correction belongs in every edition: when one locale's article lists a correction that
 * another's does not, the other lacks it. Corrections are matched by their date, the one thing
 * every edition writes the same (the text is translated); two corrections of one day count as two.
 */
import fs from 'node:fs';
import path from 'node:path';
import { discoverLocales, readFrontmatter, type LocaleInfo } from './registry';

export interface Correction {
  /** YYYY-MM-DD */
  date: string;
  text: string;
}

export interface MissingCorrection extends Correction {
  /** the locale whose article has it (its text is the one to translate) */
  from: string;
}

/** The corrections in an article's frontmatter, as written (dates as YYYY-MM-DD). */
export function correctionsOf(frontmatter: Record<string, unknown>): Correction[] {
  const list = Array.isArray(frontmatter.corrections) ? (frontmatter.corrections as unknown[]) : [];
  return list.flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const { date, text } = item as { date?: unknown; text?: unknown };
    const day = date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === 'string' ? date.slice(0, 10) : '';
    return day ? [{ date: day, text: typeof text === 'string' ? text : '' }] : [];
  });
}

/**
 * For each locale, the corrections another locale has and it lacks: for each date, as many as the
 * locale with the most corrections of that date has beyond its own.
 */
export function missingCorrections(byLocale: Record<string, Correction[]>): Record<string, MissingCorrection[]> {
  const dates = [...new Set(Object.values(byLocale).flatMap((list) => list.map((c) => c.date)))].sort();
  const ofDate = (tag: string, date: string) => byLocale[tag]!.filter((c) => c.date === date);
  return Object.fromEntries(
    Object.keys(byLocale).map((tag) => [
      tag,
      dates.flatMap((date) => {
        const own = ofDate(tag, date).length;
        const fullest = Object.keys(byLocale).reduce((best, other) => (ofDate(other, date).length > ofDate(best, date).length ? other : best), tag);
        return ofDate(fullest, date).slice(own).map((c) => ({ ...c, from: fullest }));
      }),
    ]),
  );
}

/** Every locale's missing corrections, read from content/article/<tag>.mdx. */
export function missingCorrectionsIn(root: string, locales: LocaleInfo[] = discoverLocales(path.join(root, 'content'))): Record<string, MissingCorrection[]> {
  return missingCorrections(
    Object.fromEntries(locales.map((l) => [l.tag, correctionsOf(readFrontmatter(fs.readFileSync(path.join(root, 'content/article', `${l.tag}.mdx`), 'utf8')))])),
  );
}
