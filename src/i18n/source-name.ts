/**
 * How a source is named in the reader's language: its original body (a translated string
 * body.<id>) and the publication that reported it (a name, never translated), as the locale's
 * `source.via` pattern puts them together: «Kasachisches Innenministerium (via TASS)».
 */
import type { Source } from '../content/schemas';
import type { Translator } from './translator';

/** The name in three parts, so that HTML can mark the publication as a name not to translate. */
export function sourceNameParts(source: Source, tr: Translator): { before: string; publisher?: string; after: string } {
  const body = source.body ? tr.t(`body.${source.body}`) : undefined;
  if (!body) return { before: '', publisher: source.publisher, after: '' };
  if (!source.publisher) return { before: body, after: '' };
  const slot = '\u0000';
  const [before = '', after = ''] = tr.t('source.via', { body, publisher: slot }).split(slot);
  return { before, publisher: source.publisher, after };
}

export function sourceName(source: Source, tr: Translator): string {
  const { before, publisher = '', after } = sourceNameParts(source, tr);
  return `${before}${publisher}${after}`;
}
