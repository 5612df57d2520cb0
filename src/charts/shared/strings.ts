/**
 * Strings of a graphic, from the locale files. Every figure id is an interpolation value, so a
 * description like "{{kz-dead}} dead" always shows the figure as content/data has it.
 */
import type { Figure } from '../../site-content/schemas';
import { formatFigure } from '../../i18n/format';
import type { Translator } from '../../i18n/translator';

export function figureValues(figures: Record<string, Figure>, tr: Translator): Record<string, string> {
  return Object.fromEntries(Object.entries(figures).map(([id, f]) => [id, formatFigure(f, tr)]));
}

export function graphicText(tr: Translator, figures: Record<string, Figure>) {
  const values = figureValues(figures, tr);
  return (key: string, extra: Record<string, unknown> = {}) => tr.t(key, { ...values, ...extra });
}
