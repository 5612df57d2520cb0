/**
 * For the layout tests: the content as the build reads it (data files, translators per locale),
 * and figures as an editor might change them. Tests derive what they expect from these, never
 * from today's numbers, so that an editor's routine change of a figure fails no test unless the
 * graphic really breaks.
 */
import { readFileSync } from 'node:fs';
import type { Figure } from '../../site-content/schemas';
import { discoverLocales } from '../../i18n/registry';
import { createTranslator, type Translator } from '../../i18n/translator';
import { pluralForms } from '../../i18n/compare';
import { PSEUDO_LOCALES } from '../../translation/pseudo-build';
import { pseudoStrings } from '../../i18n/pseudo';

export const contentJson = <T = any>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export const contentFigures = contentJson<Record<string, Figure>>('content/data/figures.json');

const locales = discoverLocales('content');
const resources = Object.fromEntries(locales.map((l) => [l.tag, contentJson(`content/locales/${l.tag}.json`)]));

export function translator(tag: string): Translator {
  return createTranslator(locales.find((l) => l.tag === tag)!, resources);
}

/**
 * The accented pseudo-locale's translator (src/i18n/pseudo.ts): English a third longer, as a long
 * translation would be, for the layouts' tests that labels are dropped rather than overlapped.
 */
export function pseudoTranslator(): Translator {
  const { tag, lang, from } = PSEUDO_LOCALES.accented;
  const strings = pseudoStrings(resources[from]!, 'accented', pluralForms(lang));
  return createTranslator({ tag, lang, label: tag, status: 'published', dir: 'ltr' }, { ...resources, [tag]: strings });
}

/** The figures with some values changed, everything else (qualifier, date, source) kept. */
export function withValues(figures: Record<string, Figure>, values: Record<string, number>): Record<string, Figure> {
  for (const id of Object.keys(values)) if (!figures[id]) throw new Error(`withValues: no figure "${id}" in content/data/figures.json`);
  return { ...figures, ...Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { ...figures[id]!, value }])) };
}
