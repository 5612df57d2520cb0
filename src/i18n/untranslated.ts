/**
 * "Published" means translated: the strings and the paragraphs of a locale that are still the
 * default locale's text. Names and terms that are the same in both languages are allowed: the
 * glossary's (term.*), the settings (format.*), text without two letters in a row (a unit, a
 * figure), and the keys a locale lists under `sameAsDefault:` in its article's frontmatter.
 * The build stops a published locale that has any; the status report lists them for a draft.
 */

/** Whether a string has words to translate, once its placeholders and nested terms are taken out. */
function hasWords(text: string): boolean {
  return /\p{L}{2}/u.test(text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, ''));
}

/** Keys whose text is the default locale's, beyond the allowed ones. */
export function untranslatedStrings(strings: Record<string, string>, reference: Record<string, string>, allowed: readonly string[] = []): string[] {
  const allow = new Set(allowed);
  return Object.keys(strings).filter(
    (k) => !k.startsWith('format.') && !k.startsWith('term.') && !allow.has(k) && strings[k] === reference[k] && hasWords(strings[k]!),
  );
}

export interface SameParagraph {
  /** 1-based line of the paragraph in the locale's article */
  line: number;
  text: string;
}

/** The article's prose paragraphs (headings, text, quotes), without frontmatter, with their line. */
export function articleParagraphs(source: string): SameParagraph[] {
  const lines = source.split('\n');
  const bodyStart = source.startsWith('---\n') ? lines.indexOf('---', 1) + 1 : 0;
  const out: SameParagraph[] = [];
  let start = -1;
  for (let i = bodyStart; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i]!.trim() === '';
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      out.push({ line: start + 1, text: lines.slice(start, i).join('\n').trim() });
      start = -1;
    }
  }
  return out;
}

/** The words of a paragraph a reader sees: tags and their attributes taken out, space folded. */
function readerWords(paragraph: string): string {
  return paragraph.replace(/<[^>]*>/g, ' ').replace(/[#*_>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Paragraphs of an article that are, word for word, paragraphs of the default locale's (four words or more). */
export function untranslatedParagraphs(article: string, reference: string): SameParagraph[] {
  const defaults = new Set(articleParagraphs(reference).map((p) => readerWords(p.text)).filter((w) => w.split(' ').filter(hasWords).length >= 4));
  return articleParagraphs(article).filter((p) => defaults.has(readerWords(p.text)));
}
