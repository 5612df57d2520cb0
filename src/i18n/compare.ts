/**
 * A locale's strings against the default locale's: which keys it lacks and which it has extra,
 * counting plural keys per form its language needs (Intl.PluralRules). The build's checks and
 * the translation status both read them.
 */

export function pluralForms(lang: string): string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** Keys missing or empty in a locale (plural keys count per plural form the language needs) and keys it has extra. */
export function compareStrings(strings: Record<string, string>, reference: Record<string, string>, lang: string): { missing: string[]; extra: string[] } {
  const plural = /_(zero|one|two|few|many|other)$/;
  const expected = new Set<string>();
  for (const key of Object.keys(reference)) {
    if (plural.test(key)) for (const form of pluralForms(lang)) expected.add(key.replace(plural, `_${form}`));
    else expected.add(key);
  }
  // an empty text is one not translated yet (npm run i18n:new writes every key empty); a setting (format.*) may be empty
  const missing = [...expected].filter((k) => !(k in strings) || (strings[k] === '' && !k.startsWith('format.')));
  const extra = Object.keys(strings).filter((k) => !expected.has(k) && !(plural.test(k) && expected.has(k.replace(plural, '_other'))));
  return { missing, extra };
}
