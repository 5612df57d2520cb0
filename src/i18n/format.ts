/**
 * Numbers in the reader's conventions. Grouping is a locale setting (`format.grouping` in the
 * locale file): Swiss papers write 2200 but 100'000, which is ICU's "min2" grouping; English
 * papers group from four digits ("auto").
 *
 * Line breaks, the same rules in every locale: a figure stays on one line with the words of its
 * unit («55 Milliarden», "$55 billion"), a date with its parts («7. Januar 2022», "15 December"),
 * held by no-break spaces the formatter writes, so a translator's template needs none; the words
 * before a figure («bis zu», "more than") break as any words do, so that a long phrase never
 * has to move to the next line whole.
 */
import type { Figure, Qualifier, Unit } from '../site-content/schemas';
import type { Translator } from './translator';

type Grouping = 'min2' | 'auto' | 'always';

export const NBSP = '\u00A0';
/** Stands for the figure while the template is filled: a private-use character no text contains. */
const FIGURE = '\uE000';

/**
 * A locale's template filled with a figure, the spaces next to the figure made no-break: the
 * figure and its unit's words stay on one line, the rest of the template breaks as usual.
 */
function withFigure(tr: Translator, key: string, figure: string): string {
  return tr
    .t(key, { value: FIGURE })
    .replace(new RegExp(` *${FIGURE} *`), (m) => m.replace(/ +/g, NBSP))
    .replace(FIGURE, () => figure);
}

/**
 * Prose as it is typed (an article's paragraphs): a number and the word after it held together
 * by a no-break space («7. Januar», "15 December", «19 Angehörige», «55 Milliarden», «12 %»), and, where
 * the text begins with a space and a word right after a figure the page inserted (<Num>), that
 * space too (`afterFigure`). Other spaces stay breakable.
 */
export function noBreaks(text: string, { afterFigure = false }: { afterFigure?: boolean } = {}): string {
  // a day's ordinal dot («7. Januar») is held, a year's at the end of a sentence («2022. Die») is not
  const held = text.replace(/(\b\p{N}{1,2}\.|\p{N}) +(?=[\p{L}%])/gu, `$1${NBSP}`);
  return afterFigure ? held.replace(/^ +(?=\p{L})/u, NBSP) : held;
}

function grouping(tr: Translator): Grouping {
  const value = tr.t('format.grouping');
  return value === 'min2' || value === 'always' ? value : 'auto';
}

/**
 * Formatters by their locale and options, each made once: making one is slow (a build formats
 * thousands of figures, and making their formatters was a twentieth of its time).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, lang: string, options: object, make: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made as T;
}

/** A number for the reader; a negative one (only a figure marked "signed" can be) with a true minus sign, as print has it. */
export function formatNumber(value: number, tr: Translator, unit?: Unit): string {
  const options = { useGrouping: unit === 'year' ? false : grouping(tr), maximumFractionDigits: 2 } as Intl.NumberFormatOptions;
  return formatter('number', tr.locale.lang, options, () => new Intl.NumberFormat(tr.locale.lang, options))
    .format(value)
    .replace(/^-/, '\u2212');
}

export interface Measured {
  value: number;
  qualifier: Qualifier;
  max?: number;
}

const MILLION = 1_000_000;

/**
 * A number as a newspaper prints it in a figure: small whole numbers in words where the locale
 * says so (`format.numberWords`: Swiss papers write «acht Stunden»), whole millions in words («3
 * Millionen», "3 million", never 3'000'000); an exact count such as 2,981,946 keeps every digit.
 */
function formatCount(value: number, tr: Translator, unit: Unit): string {
  // the locale's words for small whole numbers («acht Stunden»), where its papers write them out
  const words = tr.t('format.numberWords').split('|').filter(Boolean);
  if (unit !== 'year' && Number.isInteger(value) && value >= 0 && value < words.length) return words[value]!;
  if (unit !== 'year' && Math.abs(value) >= MILLION && value % MILLION === 0) {
    return withFigure(tr, 'number.millions', formatNumber(value / MILLION, tr, unit));
  }
  return formatNumber(value, tr, unit);
}

/** "mehr als 2200", "about 1,230 km", "50 bis 60 Tenge", "mehr als 3 Millionen" */
export function formatMeasured(measured: Measured, unit: Unit, tr: Translator): string {
  const number =
    measured.qualifier === 'range'
      ? tr.t('qualifier.range', { value: formatCount(measured.value, tr, unit), max: formatCount(measured.max ?? measured.value, tr, unit) })
      : formatCount(measured.value, tr, unit);
  const withUnit = withFigure(tr, `unit.${unit}`, number);
  return measured.qualifier === 'range' ? withUnit : tr.t(`qualifier.${measured.qualifier}`, { value: withUnit });
}

export function formatFigure(figure: Figure, tr: Translator): string {
  return formatMeasured(figure, figure.unit, tr);
}

/**
 * A date as newspapers of the locale write it: «9. Januar 2022», "9 January 2022" (short: "9 Jan
 * 2022"; with precision "month", for a date the source gives only to the month: "March 2016"). Which
 * conventions dates follow is a locale setting (`format.dateLocale`), since a language tag
 * alone ("en") would give the American order. Without the year where the year goes without
 * saying («9. Januar», "9 Jan"). The one place the site formats a date; its spaces are no-break.
 */
export function formatDate(
  date: string | Date,
  tr: Translator,
  style: 'long' | 'short' = 'long',
  precision: 'day' | 'month' = 'day',
  { year = true }: { year?: boolean } = {},
): string {
  const d = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  const lang = tr.t('format.dateLocale') || tr.locale.lang;
  const options: Intl.DateTimeFormatOptions = {
    day: precision === 'day' ? 'numeric' : undefined,
    month: style === 'long' ? 'long' : 'short',
    year: year ? 'numeric' : undefined,
    timeZone: 'UTC',
  };
  // a date is one unit for the eye: no line break inside it
  return formatter('date', lang, options, () => new Intl.DateTimeFormat(lang, options))
    .format(d)
    .replace(/\s/g, NBSP);
}

/** The language of a BCP 47 tag, canonical (de-CH → de, iw → he), or undefined if it is no tag. */
export function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
}

/** Whether two BCP 47 tags name the same language (de-CH and de do; the region is not the language). */
export function sameLanguage(a: string, b: string): boolean {
  const language = languageOf(a);
  return language !== undefined && language === languageOf(b);
}

function languageName(lang: string, tr: Translator): string {
  return new Intl.DisplayNames([tr.locale.lang], { type: 'language' }).of(lang) ?? lang;
}

/**
 * The note after words we have only in translation (the person spoke another language): they are
 * not shown as a quote, and the note names the language that was spoken.
 */
export function translatedNote(saidLang: string, tr: Translator): string {
  return tr.t('quote.translated', { language: languageName(saidLang, tr) });
}

/**
 * The note after a quote in another language than the page's: it names the language the quote is
 * in (in the reader's language, from Intl), and gives the translation, which is not itself a quote.
 */
export function quoteTranslation(quoteLang: string, translation: string, tr: Translator): string {
  return tr.t('quote.translation', { text: translation, language: languageName(quoteLang, tr) });
}
