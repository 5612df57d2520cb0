/**
 * The build-time i18next instance for one locale. Draft locales fall back to the default
 * locale key by key; fallback text comes wrapped in marks that the page turns into its own
 * lang attribute (fallback-marks.ts). Text gets the formatter's line-break rules (a number held
 * to the word after it, src/i18n/format.ts). Settings (`format.*`) are neither marked nor
 * changed: they are read by code, not by readers.
 */
import i18next, { type TFunctionDetailedResult, type TOptions } from 'i18next';
import { markFallback } from './fallback-marks';
import { noBreaks } from './format';
import { DEFAULT_LOCALE, type LocaleInfo } from './registry';

export type Resources = Record<string, string>;

export interface Translator {
  locale: LocaleInfo;
  t: (key: string, options?: TOptions) => string;
}

/**
 * An empty text is one not translated yet (npm run i18n:new writes every key empty): left out, it
 * falls back like a missing key. A setting (format.*) may be empty on purpose.
 */
function withoutUntranslated(resources: Resources): Resources {
  return Object.fromEntries(Object.entries(resources).filter(([key, value]) => value !== '' || key.startsWith('format.')));
}

export function createTranslator(
  locale: LocaleInfo,
  resourcesByTag: Record<string, Resources>,
): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale.tag,
    fallbackLng: locale.status === 'draft' ? DEFAULT_LOCALE : false,
    resources: Object.fromEntries(
      Object.entries(resourcesByTag).map(([tag, resources]) => [tag, { translation: withoutUntranslated(resources) }]),
    ),
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  const marksFallbacks = locale.status === 'draft' && locale.tag !== DEFAULT_LOCALE;
  // i18next says which language a text came from: a plural form the draft lacks (French "many"
  // where only "one" and "other" were translated) comes from the default locale like a missing key.
  // A second call asks for it, since i18next hands returnDetails on to the terms a text nests
  // ($t(term.…)), which would then come back as objects.
  const usedLanguage = (key: string, options?: TOptions) =>
    (instance.t(key, { ...options, returnDetails: true }) as unknown as TFunctionDetailedResult<string>).usedLng;
  // Every text a reader sees keeps a number with the word after it (noBreaks); settings are code's.
  const t = (key: string, options?: TOptions) => {
    if (key.startsWith('format.')) return instance.t(key, options) as string;
    const text = noBreaks(instance.t(key, options) as string);
    if (!marksFallbacks || text === key) return text;
    return usedLanguage(key, options) === locale.tag ? text : markFallback(text);
  };
  return { locale, t };
}
