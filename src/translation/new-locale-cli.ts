/**
 * npm run i18n:new -- <tag> [lang]   starts a locale: content/locales/<tag>.json with every string
 *                                    empty, content/article/<tag>.mdx from the German article as a
 *                                    draft (e.g. npm run i18n:new -- fr fr-CH)
 */
import { CHROME_KEYS } from '../i18n/chrome';
import { scaffoldLocale } from './new-locale';

const [tag, lang] = process.argv.slice(2).filter((a) => a !== '--');
if (!tag) {
  console.error('Usage: npm run i18n:new -- <tag> [lang], e.g. npm run i18n:new -- fr fr-CH');
  process.exit(1);
}
try {
  const locale = scaffoldLocale(process.cwd(), tag, lang);
  console.log(`Wrote ${locale.files.join(' and ')} (lang: ${locale.lang}, label: ${locale.label}, status: draft).`);
  console.log(`First translate the page's frame, which a draft needs to build: ${CHROME_KEYS.join(', ')}.`);
  console.log(`Then the rest (TRANSLATING.md); npm run dev shows the page at /${locale.tag}/, and npm run i18n:status says what is left.`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
