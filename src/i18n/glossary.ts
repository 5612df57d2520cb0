/**
 * The glossary: the names and terms of the article (people, organisations, the pipeline,
 * places, countries), one form per locale, in the locale's strings file under the keys
 * `term.*`, `place.*` and `map.country.*`. Graphics use those keys (directly or nested as
 * `$t(term.csto)`), and the build checks the prose against them, so that a translator decides
 * a transliteration once: an article that writes another locale's form of a glossary name
 * ("Tokajew" in the English article) gets a problem naming the line, the key and the form to use.
 */

export const GLOSSARY_PREFIXES = ['term.', 'place.', 'map.country.'] as const;

export function isGlossaryKey(key: string): boolean {
  return GLOSSARY_PREFIXES.some((p) => key.startsWith(p));
}

export function glossaryOf(strings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => isGlossaryKey(key)));
}

/**
 * The words of another locale's form that this locale must not write: those that its own form
 * does not share, and that are names (capitalised, three letters or more), so that short
 * function words of long official names ("in", "des") never count.
 */
const wordsOf = (s: string) => s.split(/[\s()«»"“”,/]+/).filter(Boolean);

export function foreignWords(own: string, other: string): string[] {
  const mine = new Set(wordsOf(own));
  return wordsOf(other).filter((w) => !mine.has(w) && /^\p{Lu}/u.test(w) && w.length >= 3 && !own.includes(w));
}

/** Quotations stay in the language of their source, so they are not held to the glossary. */
function blankQuotes(source: string): string {
  return source.replace(/(<Quote\b[^>]*>)([\s\S]*?)(<\/Quote>)/g, (_, open: string, inner: string, close: string) => open + inner.replace(/[^\n]/g, ' ') + close);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface GlossaryUse {
  key: string;
  /** the word found, another locale's form */
  found: string;
  /** the locale whose form it is */
  from: string;
  /** this locale's form */
  expected: string;
  line: number;
  column: number;
}

/**
 * Uses of other locales' glossary forms in an article. `own` is this locale's glossary;
 * `others` the glossaries of the other locales by tag. Only keys this locale has are checked.
 */
export function foreignGlossaryUses(source: string, own: Record<string, string>, others: Record<string, Record<string, string>>): GlossaryUse[] {
  const text = blankQuotes(source);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (index: number) => {
    let line = lineStarts.findIndex((start) => start > index);
    line = line < 0 ? lineStarts.length : line;
    return { line, column: index - lineStarts[line - 1]! + 1 };
  };
  // A word that one of this locale's own names contains ("Europe" in "Radio Free Europe") is
  // that name's word here, whatever another locale's glossary does with it.
  const ownWords = new Set(Object.values(own).flatMap(wordsOf));
  const uses: GlossaryUse[] = [];
  const seen = new Set<number>();
  for (const [key, expected] of Object.entries(own)) {
    for (const [from, glossary] of Object.entries(others)) {
      const form = glossary[key];
      if (form === undefined || form === expected) continue;
      for (const word of foreignWords(expected, form).filter((w) => !ownWords.has(w))) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
        for (const m of text.matchAll(pattern)) {
          // one problem per place in the text, from the first key whose form it is
          if (seen.has(m.index!)) continue;
          seen.add(m.index!);
          uses.push({ key, found: word, from, expected, ...position(m.index!) });
        }
      }
    }
  }
  return uses.sort((a, b) => a.line - b.line || a.column - b.column);
}
