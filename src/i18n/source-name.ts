/**
 * How a source is named in the reader's language: its original body (a translated string
 * body.<id>), the publication that reported it and, where we found only a republished copy, the
 * site that carries it (names, never translated), as the locale's `source.via` and `source.copy`
 * patterns put them together: «Kasachisches Innenministerium, via Reuters, erschienen bei National Post».
 */
import type { Source } from '../site-content/schemas';
import type { Translator } from './translator';

/** A piece of a source's name; `name` marks a publication's own name, which HTML keeps from translation. */
export interface SourceNamePart {
  text: string;
  name?: boolean;
}

const PUBLISHER = '\u0001';
const COPY = '\u0002';

/** The name in parts, so that HTML can mark each publication as a name not to translate. */
export function sourceNameParts(source: Source, tr: Translator): SourceNamePart[] {
  const body = source.body ? tr.t(`body.${source.body}`) : undefined;
  let pattern = '';
  if (source.publisher) pattern = source.copy ? tr.t('source.copy', { publisher: PUBLISHER, copy: COPY }) : PUBLISHER;
  if (body) pattern = pattern ? tr.t('source.via', { body, publisher: pattern }) : body;
  const names: Record<string, string | undefined> = { [PUBLISHER]: source.publisher, [COPY]: source.copy };
  return pattern
    .split(/([\u0001\u0002])/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece in names ? { text: names[piece] ?? '', name: true } : { text: piece }));
}

export function sourceName(source: Source, tr: Translator): string {
  return sourceNameParts(source, tr).map((part) => part.text).join('');
}
