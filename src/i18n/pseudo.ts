/**
 * Pseudo-translations, made from a locale's files by rule, to test the site with a language
 * nobody translated: `accented` (every Latin letter accented, vowels doubled and the text in
 * brackets, about 35 % longer) shows hard-coded strings, which stay plain, and text that has no
 * room to grow; `rtl` (Latin letters replaced by Hebrew ones) shows how a right-to-left
 * language lays out. Placeholders ({{value}}), nested keys ($t(term.csto)), components and
 * their attributes in the MDX are kept; only what a reader sees changes.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

export type PseudoScript = 'accented' | 'rtl';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]!]),
);
const HEBREW = [...'אבגדהוזחטיכלמנסעפצקרשתךםןף'];
const VOWELS = new Set([...'aeiouAEIOU']);

function letters(text: string, script: PseudoScript): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (!/[a-z]/.test(lower)) out += ch;
    else if (script === 'rtl') out += HEBREW[lower.charCodeAt(0) - 97]!;
    else out += VOWELS.has(ch) ? ACCENTED[ch]!.repeat(2) : ACCENTED[ch]!;
  }
  return out;
}

/** Placeholders and nested keys that must reach i18next unchanged. */
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

export function pseudoString(text: string, script: PseudoScript): string {
  const body = text.split(KEPT).map((part, i) => (i % 2 ? part : letters(part, script))).join('');
  return script === 'accented' && /\p{L}/u.test(text) ? `[${body}]` : body;
}

/**
 * A locale's strings, pseudo-translated. Settings (format.*) keep their values; every plural
 * key gets the forms the target language needs, made from its `_other` form.
 */
export function pseudoStrings(strings: Record<string, string>, script: PseudoScript, pluralForms: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const plural = /_(zero|one|two|few|many|other)$/;
  for (const [key, value] of Object.entries(strings)) {
    if (key.startsWith('format.')) out[key] = value;
    else if (plural.test(key)) {
      if (!key.endsWith('_other')) continue;
      for (const form of pluralForms) out[key.replace(plural, `_${form}`)] = pseudoString(strings[key.replace(plural, `_${form}`)] ?? value, script);
    } else out[key] = pseudoString(value, script);
  }
  return out;
}

/** Frontmatter keys a reader sees. */
const VISIBLE_FRONTMATTER = ['title', 'description', 'kicker'];

/**
 * An article, pseudo-translated: the visible frontmatter and the prose. JSX tags stay as they
 * are except the `translation` attribute of <Quote>, which a reader sees; so do expressions in
 * braces and link targets.
 */
export function pseudoArticle(source: string, script: PseudoScript, frontmatter: { lang: string; label: string }): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  const data = (parseYaml(match?.[1] ?? '') ?? {}) as Record<string, unknown>;
  const body = source.slice(match?.[0].length ?? 0);
  delete data.translatedFrom;
  Object.assign(data, { lang: frontmatter.lang, label: frontmatter.label, status: 'published' });
  for (const key of VISIBLE_FRONTMATTER) if (typeof data[key] === 'string') data[key] = pseudoString(data[key], script);
  const prose = body.replace(/(<[^>]*>)|(\{[^}]*\})|(\]\([^)]*\))|([^<{\]]+|[\]])/g, (all, tag: string | undefined, expression, link, text: string | undefined) => {
    if (tag) return tag.replace(/(\btranslation=")([^"]*)"/, (_, attr: string, value: string) => `${attr}${pseudoString(value, script)}"`);
    if (expression || link) return all;
    return (text ?? '').split('\n').map((line) => {
      // Markdown syntax at the start of a line (headings, list items, bold) stays readable.
      const [, syntax = '', rest = ''] = /^(\s*(?:#+ |- |\* |\d+\. )?)([\s\S]*)$/.exec(line) ?? [];
      return syntax + rest.replace(/[^*]+/g, (run) => (/\p{L}/u.test(run) ? letters(run, script) : run));
    }).join('\n');
  });
  return `---\n${stringifyYaml(data)}---\n${prose}`;
}
