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

/** A problem with the locale files, in the shape the build prints (file, message, fix). */
export interface RegistryProblem {
  file: string;
  line?: number;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
}

export class LocaleRegistryError extends Error {
  constructor(readonly problems: RegistryProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.message}. ${p.fix}`).join('\n'));
    this.name = 'LocaleRegistryError';
  }
}

export function readFrontmatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return {};
  const data = parseYaml(match[1]!) as unknown;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/**
 * Why a frontmatter `lang` cannot stand for the locale of its file, if it cannot. The file name
 * is the locale: `lang` may add a region or script to it (de-CH in de.mdx) but must be a BCP 47
 * tag of the same language, or hreflang and the page's lang would tell readers and search
 * engines the wrong language.
 */
export function langMismatch(tag: string, lang: string): string | undefined {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(lang)[0]!;
  } catch {
    return `"${lang}" is not a BCP 47 language tag`;
  }
  const language = new Intl.Locale(canonical).language;
  const expected = new Intl.Locale(tag).language;
  return language === expected ? undefined : `"${lang}" is the language "${language}", but the file is the locale "${tag}" (language "${expected}")`;
}

/** The locales in content/, and every problem that keeps a locale out or may surprise its translator. */
export function scanLocales(contentDir: string): { locales: LocaleInfo[]; problems: RegistryProblem[] } {
  const problems: RegistryProblem[] = [];
  const error = (file: string, message: string, fix: string, line?: number) => problems.push({ file, line, message, fix, severity: 'error' });
  const tagsIn = (dir: string, ext: string) => {
    const tags = new Set<string>();
    for (const name of fs.readdirSync(path.join(contentDir, dir))) {
      if (name.startsWith('_') || name.startsWith('.') || !name.endsWith(`.${ext}`)) continue;
      const match = LOCALE_FILE.exec(name);
      let valid = match !== null;
      try {
        if (match) Intl.getCanonicalLocales(match[1]!);
      } catch {
        valid = false;
      }
      if (valid) tags.add(match![1]!);
      else {
        problems.push({
          file: `content/${dir}/${name}`,
          message: 'this file is not read: its name is not a language tag',
          fix: `name it after the locale's BCP 47 tag with hyphens, e.g. ${name.replace(/_/g, '-').replace(/^([A-Za-z]+)/, (l) => l.toLowerCase())}; files for translators start with _`,
          severity: 'warning',
        });
      }
    }
    return tags;
  };
  const strings = tagsIn('locales', 'json');
  const articles = tagsIn('article', 'mdx');
  for (const tag of strings) {
    if (!articles.has(tag)) error(`content/locales/${tag}.json`, 'this locale has no article', `add content/article/${tag}.mdx (npm run i18n:status says how; TRANSLATING.md)`);
  }
  for (const tag of articles) {
    if (!strings.has(tag)) error(`content/article/${tag}.mdx`, 'this locale has no strings', `add content/locales/${tag}.json (TRANSLATING.md)`);
  }
  if (!articles.has(DEFAULT_LOCALE) || !strings.has(DEFAULT_LOCALE)) {
    error(`content/article/${DEFAULT_LOCALE}.mdx`, `the default locale "${DEFAULT_LOCALE}" is missing`, `restore content/article/${DEFAULT_LOCALE}.mdx and content/locales/${DEFAULT_LOCALE}.json`);
  }
  const locales: LocaleInfo[] = [];
  const byLang = new Map<string, string>();
  for (const tag of [...articles].filter((t) => strings.has(t)).sort()) {
    const file = `content/article/${tag}.mdx`;
    let data: Record<string, unknown>;
    const source = fs.readFileSync(path.join(contentDir, 'article', `${tag}.mdx`), 'utf8');
    try {
      data = readFrontmatter(source);
    } catch (e) {
      const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      problems.push({ file, line: line === undefined ? undefined : line + 1, message: `the frontmatter is not valid YAML (${(e as Error).message.split('\n')[0]})`, fix: 'write each key as "key: value" on its own line between the --- lines; put a value with a colon in quotes', severity: 'error' });
      continue;
    }
    const lang = typeof data.lang === 'string' ? data.lang : '';
    const label = typeof data.label === 'string' ? data.label : '';
    const status = data.status === 'draft' ? 'draft' : data.status === 'published' ? 'published' : undefined;
    const mismatch = lang ? langMismatch(tag, lang) : undefined;
    const langLine = source.split('\n').findIndex((l) => l.startsWith('lang:')) + 1 || undefined;
    if (!lang) error(file, 'the frontmatter needs "lang:", the language of the text', `add e.g. lang: ${tag}`);
    else if (mismatch) error(file, `lang: ${mismatch}`, `write lang: ${tag}, or ${tag} with a region (e.g. ${tag}-CH); for another language, name the file after it`, langLine);
    else if (byLang.has(Intl.getCanonicalLocales(lang)[0]!)) {
      error(file, `lang "${lang}" is also the language of content/article/${byLang.get(Intl.getCanonicalLocales(lang)[0]!)}.mdx`, 'give each locale its own lang: two pages with one hreflang mislead search engines', langLine);
      continue;
    }
    if (!label) error(file, 'the frontmatter needs "label:", the language\'s name in itself', 'add e.g. label: Français');
    if (!status) error(file, 'the frontmatter needs "status:"', 'add status: published or status: draft');
    if (lang && !mismatch && label && status) {
      const canonical = Intl.getCanonicalLocales(lang)[0]!;
      byLang.set(canonical, tag);
      locales.push({ tag, lang: canonical, label, status, dir: textDirection(canonical) });
    }
  }
  // The default locale first, then the others in tag order.
  locales.sort((a, b) => Number(b.tag === DEFAULT_LOCALE) - Number(a.tag === DEFAULT_LOCALE));
  return { locales, problems };
}

/** The locales in content/; throws when a locale's files are incomplete or wrong. */
export function discoverLocales(contentDir: string): LocaleInfo[] {
  const { locales, problems } = scanLocales(contentDir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new LocaleRegistryError(errors);
  return locales;
}
