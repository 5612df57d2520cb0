/**
 * A graphic's figures as CSV for download, all in the reader's language but the numbers: values
 * as plain numbers (no grouping), the unit and qualifier as words, the as-of date, the source,
 * the caveat of a contested figure and whether it was reported after the article's date.
 */
import type { Figure, Graphic, Source } from '../../site-content/schemas';
import type { Translator } from '../../i18n/translator';
import { sourceName } from '../../i18n/source-name';
import { graphicText } from './strings';

/**
 * One CSV cell. Text that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe, as OWASP advises: a label or a source name from
 * content/ must never run in a reader's spreadsheet. Numbers are written as they are, so a
 * negative number stays a number.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function figureIdsOf(graphic: Graphic): string[] {
  return [...new Set(Object.values(graphic.states).flatMap((s) => s.figures))];
}

export function graphicCsv(graphic: Graphic, figures: Record<string, Figure>, sources: Record<string, Source>, tr: Translator): string {
  const header = ['csv.id', 'table.figure', 'csv.value', 'csv.max', 'csv.unit', 'csv.qualifier', 'table.asOf', 'table.source', 'csv.url', 'csv.caveat', 'csv.later'].map((k) => tr.t(k));
  const text = graphicText(tr, figures);
  const rows = figureIdsOf(graphic).map((id) => {
    const f = figures[id]!;
    const source = sources[f.source];
    return [
      id,
      tr.t(`figure.${id}`),
      f.value,
      f.max,
      tr.t(`csv.unit.${f.unit}`),
      tr.t(`csv.qualifier.${f.qualifier}`),
      f.asOf,
      source && sourceName(source, tr),
      source?.url,
      // a contested figure carries its caveat in every row that shows it, as beside the graphic
      f.caveat && text(`caveat.${f.caveat}`),
      f.later ? tr.t('figure.laterTag') : undefined,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
