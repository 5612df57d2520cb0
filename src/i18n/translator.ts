/**
 * The build-time i18next instance for one locale. Draft locales fall back to the default
 * locale key by key; fallback text comes wrapped in marks that the page turns into its own
 * lang attribute (fallback-marks.ts). Settings (`format.*`) are never marked: they are read
 * by code, not by readers.
 */
import i18next, { type TOptions } from 'i18next';
import { markFallback } from './fallback-marks';
import { DEFAULT_LOCALE, type LocaleInfo } from './registry';

export type Resources = Record<string, string>;

export interface Translator {
  locale: LocaleInfo;
  t: (key: string, options?: TOptions) => string;
  /** true when the locale's own file has the key */
  has: (key: string) => boolean;
  /** the BCP 47 language the key's text is in (the default locale's for a fallback) */
  langOf: (key: string) => string;
}

export function createTranslator(
  locale: LocaleInfo,
  resourcesByTag: Record<string, Resources>,
  defaultLocale: LocaleInfo,
): Translator {
  const own = resourcesByTag[locale.tag] ?? {};
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale.tag,
    fallbackLng: locale.status === 'draft' ? DEFAULT_LOCALE : false,
    resources: Object.fromEntries(
      Object.entries(resourcesByTag).map(([tag, resources]) => [tag, { translation: resources }]),
    ),
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  const hasOwn = (key: string) =>
    key in own || Object.keys(own).some((k) => k.startsWith(`${key}_`));
  const marksFallbacks = locale.status === 'draft' && locale.tag !== DEFAULT_LOCALE;
  const t = (key: string, options?: TOptions) => {
    const text = instance.t(key, options) as string;
    return marksFallbacks && !hasOwn(key) && !key.startsWith('format.') && text !== key ? markFallback(text) : text;
  };
  return {
    locale,
    t,
    has: hasOwn,
    langOf: (key) => (hasOwn(key) ? locale.lang : defaultLocale.lang),
  };
}
