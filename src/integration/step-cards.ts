/**
 * Step cards are short. A card scrolls over the sticky graphic, so on a phone every line of it
 * hides part of the state it describes: a card says in 1–3 sentences what the graphic shows, and
 * the explanation lives in the text before or after the <Scrolly> block (where it also reads
 * without JavaScript). The limits hold for every locale; a card is counted as the reader sees it,
 * with each <Num/> in the words it renders ("about 100,000" is two words).
 */
import type { Figure } from '../site-content/schemas';
import { formatFigure, quoteTranslation, sameLanguage, translatedNote } from '../i18n/format';
import type { Translator } from '../i18n/translator';
import type { ArticleStructure, CardPiece } from './article-structure';
import type { Problem } from './problems';

export const CARD_MAX_SENTENCES = 3;
export const CARD_MAX_WORDS = 35;

/** A card's text as the page renders it in the translator's locale. */
export function cardText(card: CardPiece[], figures: Record<string, Figure>, tr: Translator): string {
  return card
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      if ('figure' in piece) {
        const figure = piece.figure ? figures[piece.figure] : undefined;
        return figure ? formatFigure(figure, tr) : '';
      }
      const { said, lang, translation } = piece.quote;
      if (!said || !lang) return '';
      if (!sameLanguage(said, lang)) return ` ${translatedNote(said, tr)}`;
      return translation ? ` ${quoteTranslation(lang, translation, tr)}` : '';
    })
    .join('');
}

/**
 * Words as a reader counts them, in any script (Intl's word boundaries: Thai or Japanese have no
 * spaces). A hyphenated compound ("US-Dienste", "pipe-laying") is one word.
 */
export function countWords(text: string, lang: string): number {
  let count = 0;
  let previous: Intl.SegmentData | undefined;
  let beforePrevious: Intl.SegmentData | undefined;
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    const joined = /^[-\u2010\u2011]$/.test(previous?.segment ?? '') && beforePrevious?.isWordLike;
    if (segment.isWordLike && !joined) count++;
    beforePrevious = previous;
    previous = segment;
  }
  return count;
}

/**
 * A full stop after a day or an ordinal ("9. Januar") or after a single letter (an initial,
 * "z. B.") does not end a sentence, though Intl's sentence boundaries break there.
 */
const NOT_AN_END = /(?:^|[^\p{L}\p{N}])(?:\p{N}{1,2}|\p{L})\.\s+$/u;

export function countSentences(text: string, lang: string): number {
  let count = 0;
  let open = false;
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (!/[\p{L}\p{N}]/u.test(segment)) continue;
    if (!open) count++;
    open = NOT_AN_END.test(segment);
  }
  return count;
}

/** Cards over the limits: an error in a published locale, a warning in a draft. */
export function checkStepCards(
  structure: ArticleStructure,
  file: string,
  figures: Record<string, Figure>,
  tr: Translator,
  severity: Problem['severity'],
): Problem[] {
  const problems: Problem[] = [];
  for (const step of structure.blocks.flatMap((b) => b.steps)) {
    const text = cardText(step.card ?? [], figures, tr);
    const words = countWords(text, tr.locale.lang);
    const sentences = countSentences(text, tr.locale.lang);
    if (sentences <= CARD_MAX_SENTENCES && words <= CARD_MAX_WORDS) continue;
    problems.push({
      file,
      line: step.line,
      column: step.column,
      message: `the card of step "${step.id ?? ''}" has ${words} words in ${sentences} sentences; a card holds at most ${CARD_MAX_WORDS} words and ${CARD_MAX_SENTENCES} sentences, or on a phone it covers the graphic`,
      fix: `say in ${CARD_MAX_SENTENCES} short sentences or fewer what the graphic shows in this state, and move the explanation into the text before or after the <Scrolly> block (EDITING.md, "Step cards")`,
      severity,
    });
  }
  return problems;
}
