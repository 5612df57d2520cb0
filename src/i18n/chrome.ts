/**
 * The page's frame ("chrome"): the strings around the article that a reader meets before any of
 * it (skip link, masthead, the draft notice) and those that land where a fallback's language
 * cannot be marked (an aria-label, the <title>, metadata). A draft may fall back to German
 * anywhere in the article, where the fallback gets its own lang; in the frame a screen reader
 * would read the German word in the page's language ("Sprache" pronounced as French). So a draft
 * translates these few before it builds; everything else may wait.
 */
export const CHROME_KEYS = ['nav.skip', 'masthead.publication', 'meta.siteName', 'switcher.label', 'analysis.label', 'draft.notice'] as const;

/**
 * The frame's keys a locale has not translated: missing, empty (as npm run i18n:new writes them)
 * or the default locale's text, unless listed as the same in both languages (sameAsDefault).
 */
export function untranslatedChrome(strings: Record<string, string>, reference: Record<string, string>, sameAsDefault: readonly string[] = []): string[] {
  const allowed = new Set(sameAsDefault);
  return CHROME_KEYS.filter((key) => {
    const text = strings[key];
    return text === undefined || text.trim() === '' || (text === reference[key] && !allowed.has(key));
  });
}
