/**
 * Builds a copy of the project with one pseudo-translated locale added as a translator would add
 * it (two files), for the pseudo-locale and right-to-left tests and for `npm run i18n:pseudo`.
 * Node only; the working tree is never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, copyProject, type TempBuild } from '../../e2e/temp-build';
import { pluralForms } from '../i18n/compare';
import { pseudoArticle, pseudoStrings, type PseudoScript } from '../i18n/pseudo';

export const PSEUDO_LOCALES: Record<PseudoScript, { tag: string; lang: string; from: string }> = {
  // en-XA is the tag Android and Chrome use for accented English pseudo-locales.
  accented: { tag: 'en-XA', lang: 'en-XA', from: 'en' },
  // Hebrew, for a right-to-left layout; the letters stand in for Hebrew words.
  rtl: { tag: 'he', lang: 'he', from: 'en' },
};

export function addPseudoLocale(dir: string, script: PseudoScript): { tag: string; lang: string } {
  const { tag, lang, from } = PSEUDO_LOCALES[script];
  const strings = JSON.parse(fs.readFileSync(path.join(dir, 'content/locales', `${from}.json`), 'utf8')) as Record<string, string>;
  fs.writeFileSync(path.join(dir, 'content/locales', `${tag}.json`), `${JSON.stringify(pseudoStrings(strings, script, pluralForms(lang)), null, 2)}\n`);
  const article = fs.readFileSync(path.join(dir, 'content/article', `${from}.mdx`), 'utf8');
  const label = script === 'rtl' ? 'עברית' : 'Ƥšééúúđóó';
  fs.writeFileSync(path.join(dir, 'content/article', `${tag}.mdx`), pseudoArticle(article, script, { lang, label }));
  return { tag, lang };
}

export function buildWithPseudoLocale(script: PseudoScript): TempBuild & { tag: string; lang: string } {
  const dir = copyProject();
  const locale = addPseudoLocale(dir, script);
  return { ...build(dir), ...locale };
}
