/**
 * The locale registry: a locale exists when content/locales/<tag>.json and
 * content/article/<tag>.mdx both exist. Its lang, label and status come from the MDX
 * frontmatter. Everything that lists locales (Astro's i18n config, routes, hreflang, the
 * sitemap, the language switcher, the root chooser) reads this one list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const DEFAULT_LOCALE = 'de';

export interface LocaleInfo {
  /** route segment and file name: de, en */
  tag: string;
  /** BCP 47 language of the text: de-CH, en */
  lang: string;
  /** the language's name in itself */
  label: string;
  status: 'published' | 'draft';
  dir: 'ltr' | 'rtl';
}

/** Scripts written right to left, for engines without Intl.Locale#getTextInfo. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export function textDirection(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.(json|mdx)$/;

export class LocaleRegistryError extends Error {}

export function readFrontmatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return {};
  const data = parseYaml(match[1]!) as unknown;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

export function discoverLocales(contentDir: string): LocaleInfo[] {
  const tagsIn = (dir: string, ext: string) =>
    new Set(
      fs
        .readdirSync(path.join(contentDir, dir))
        .map((name) => LOCALE_FILE.exec(name))
        .filter((m): m is RegExpExecArray => m !== null && m[2] === ext)
        .map((m) => m[1]!),
    );
  const strings = tagsIn('locales', 'json');
  const articles = tagsIn('article', 'mdx');
  const problems: string[] = [];
  for (const tag of strings) {
    if (!articles.has(tag)) problems.push(`content/locales/${tag}.json has no article: add content/article/${tag}.mdx (copy content/article/${DEFAULT_LOCALE}.mdx and translate it).`);
  }
  for (const tag of articles) {
    if (!strings.has(tag)) problems.push(`content/article/${tag}.mdx has no strings: add content/locales/${tag}.json (copy content/locales/${DEFAULT_LOCALE}.json and translate it).`);
  }
  if (!articles.has(DEFAULT_LOCALE) || !strings.has(DEFAULT_LOCALE)) {
    problems.push(`The default locale "${DEFAULT_LOCALE}" needs content/article/${DEFAULT_LOCALE}.mdx and content/locales/${DEFAULT_LOCALE}.json.`);
  }
  const locales: LocaleInfo[] = [];
  for (const tag of [...articles].filter((t) => strings.has(t)).sort()) {
    const file = `content/article/${tag}.mdx`;
    const data = readFrontmatter(fs.readFileSync(path.join(contentDir, 'article', `${tag}.mdx`), 'utf8'));
    const lang = typeof data.lang === 'string' ? data.lang : '';
    const label = typeof data.label === 'string' ? data.label : '';
    const status = data.status === 'draft' ? 'draft' : data.status === 'published' ? 'published' : undefined;
    if (!lang) problems.push(`${file}: the frontmatter needs "lang:", the language of the text, e.g. lang: ${tag}`);
    else {
      try {
        new Intl.Locale(lang);
      } catch {
        problems.push(`${file}: lang "${lang}" is not a BCP 47 language tag; write e.g. lang: ${tag}`);
        continue;
      }
    }
    if (!label) problems.push(`${file}: the frontmatter needs "label:", the language's name in itself, e.g. label: Français`);
    if (!status) problems.push(`${file}: the frontmatter needs "status: published" or "status: draft"`);
    if (lang && label && status) locales.push({ tag, lang, label, status, dir: textDirection(lang) });
  }
  if (problems.length) throw new LocaleRegistryError(problems.join('\n'));
  // The default locale first, then the others in tag order.
  return locales.sort((a, b) => Number(b.tag === DEFAULT_LOCALE) - Number(a.tag === DEFAULT_LOCALE));
}
