/**
 * A new locale's two files, as a translator starts from them: the strings file with every key of
 * the default locale present and empty (so that the page falls back to the default locale, marked,
 * and the status report counts each one as untranslated), and the default locale's article with
 * the new locale's frontmatter, as a draft. Copying the default files instead would make every
 * untranslated string look translated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pluralForms } from '../i18n/compare';
import { DEFAULT_LOCALE, langMismatch } from '../i18n/registry';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of the default locale's strings, empty; a plural key in each form the new language needs. */
export function emptyStrings(reference: Record<string, string>, lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(reference)) {
    if (!PLURAL.test(key)) out[key] = '';
    else for (const form of pluralForms(lang)) out[key.replace(PLURAL, `_${form}`)] = '';
  }
  // settings, not text: the default locale's are a start the translator may change
  for (const key of Object.keys(reference)) if (key.startsWith('format.')) out[key] = reference[key]!;
  return out;
}

/** The language's name in itself, as a reader looks for it in the language switcher: "Français", "Italiano". */
export function nativeLabel(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(new Intl.Locale(lang).language) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** The default article's frontmatter rewritten for the new locale, its body kept. */
export function draftArticle(source: string, lang: string, label: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!frontmatter) throw new Error(`content/article/${DEFAULT_LOCALE}.mdx has no frontmatter between --- lines`);
  const kept = frontmatter[1]!
    .replace(/^translatedFrom:\n(?: {2}.*\n?)*/m, '')
    .split('\n')
    .filter((line) => !/^(lang|label|status):/.test(line));
  const head = [`lang: ${lang}`, `label: ${label}`, 'status: draft', ...kept].join('\n');
  return `---\n${head}\n---\n${source.slice(frontmatter[0].length)}`;
}

export interface NewLocale {
  tag: string;
  lang: string;
  label: string;
  files: string[];
}

/**
 * Writes the two files of locale `tag` (its file name and route; `lang` may add a region, as
 * de-CH does for de). Refuses a tag that is not a language tag and a locale that exists.
 */
export function scaffoldLocale(root: string, tag: string, lang = tag): NewLocale {
  const mismatch = langMismatch(tag, lang);
  if (mismatch) throw new Error(`${mismatch}. Give a BCP 47 tag, e.g. npm run i18n:new -- fr fr-CH`);
  const strings = path.join(root, 'content/locales', `${tag}.json`);
  const article = path.join(root, 'content/article', `${tag}.mdx`);
  for (const file of [strings, article]) if (fs.existsSync(file)) throw new Error(`${path.relative(root, file)} exists already: edit it, or delete both of the locale's files to start again`);
  const reference = JSON.parse(fs.readFileSync(path.join(root, 'content/locales', `${DEFAULT_LOCALE}.json`), 'utf8')) as Record<string, string>;
  const label = nativeLabel(lang);
  fs.writeFileSync(strings, `${JSON.stringify(emptyStrings(reference, lang), null, 2)}\n`);
  fs.writeFileSync(article, draftArticle(fs.readFileSync(path.join(root, 'content/article', `${DEFAULT_LOCALE}.mdx`), 'utf8'), lang, label));
  return { tag, lang, label, files: [strings, article].map((f) => path.relative(root, f)) };
}
