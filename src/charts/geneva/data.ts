/**
 * Build-time inputs of the Geneva layout: the meetings from the figures of content/data (who sat
 * at the table, how long it lasted, whether it was reported after 10 January) and every string,
 * translated and formatted for one locale.
 */
import type { Figure, Source } from '../../site-content/schemas';
import { formatDate, formatFigure } from '../../i18n/format';
import type { Translator } from '../../i18n/translator';
import { graphicText } from '../shared/strings';
import { MATRIX, MEETINGS, THREATS, type GenevaInput, type Meeting, type MeetingId, type Strings } from './layout';

/** The figures each meeting is drawn from: the states at the table (besides Russia, or with it) and its length. */
export const MEETING_FIGURES = {
  geneva: { seats: 'geneva-delegations', seatsInclude: 'russia', hours: 'geneva-hours', others: 'west' },
  nrc: { seats: 'nrc-allies', seatsInclude: 'allies', hours: 'nrc-hours', others: 'west' },
  osce: { seats: 'osce-states', seatsInclude: 'russia', hours: undefined, others: 'other' },
} as const satisfies Record<MeetingId, { seats: string; seatsInclude: 'russia' | 'allies'; hours: string | undefined; others: 'west' | 'other' }>;
/** Russia's draft treaties: the figure whose date is the day they were published */
export const DRAFTS_FIGURE = 'ru-drafts-1997';
/** The source that reported what the US rules out and offers, and the threats */
export const US_POSITIONS_SOURCE = 'article-2022-01-10';

function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`geneva graphic: ${what} is missing`);
  return value;
}

const figure = (figures: Record<string, Figure>, id: string) => need(figures[id], `figure "${id}" (content/data/figures.json)`);

export function genevaInput(figures: Record<string, Figure>): GenevaInput {
  const meetings: Meeting[] = MEETINGS.map((id) => {
    const spec = MEETING_FIGURES[id];
    const seats = figure(figures, spec.seats);
    const others = seats.value - (spec.seatsInclude === 'russia' ? 1 : 0);
    const hours = spec.hours === undefined ? undefined : figure(figures, spec.hours);
    return {
      id,
      west: spec.others === 'west' ? others : 0,
      other: spec.others === 'other' ? others : 0,
      ...(hours ? { hours: hours.value } : {}),
      later: seats.later === true || hours?.later === true,
    };
  });
  return { meetings };
}

/** The date a meeting took place: the date of its figures. */
export const meetingDate = (figures: Record<string, Figure>, id: MeetingId) => figure(figures, MEETING_FIGURES[id].seats).asOf;

export function genevaStrings(tr: Translator, figures: Record<string, Figure>, sources: Record<string, Source>): Strings {
  const text = graphicText(tr, figures);
  const strings: Strings = {};
  for (const id of MEETINGS) {
    const spec = MEETING_FIGURES[id];
    strings[`meeting.${id}.head`] = text('geneva.meeting.head', { date: formatDate(meetingDate(figures, id), tr, 'short'), meeting: text(`geneva.meeting.${id}`) });
    strings[`meeting.${id}.seats`] = text(`geneva.meeting.${id}.seats`);
    if (spec.hours) {
      const hours = figure(figures, spec.hours);
      strings[`meeting.${id}.hours`] = hours.later ? text('geneva.meeting.laterValue', { value: formatFigure(hours, tr) }) : formatFigure(hours, tr);
    }
  }
  for (const kind of ['russia', 'west', 'other', 'later']) strings[`legend.${kind}`] = text(`geneva.legend.${kind}`);
  const usDate = formatDate(need(sources[US_POSITIONS_SOURCE], `source "${US_POSITIONS_SOURCE}" (content/data/sources.json)`).date, tr, 'short');
  for (const { group, items } of MATRIX) {
    strings[`matrix.${group}`] = text(`geneva.matrix.${group}`, { date: group === 'russia' ? formatDate(figure(figures, DRAFTS_FIGURE).asOf, tr, 'short') : usDate });
    for (const item of items) strings[`matrix.${item}`] = text(`geneva.matrix.${item}`);
  }
  strings['threats.heading'] = text('geneva.threats.heading', { date: usDate });
  for (const id of THREATS) strings[`threats.${id}`] = text(`geneva.sanctions.${id}`);
  return strings;
}

/** The sources of what the graphic shows beyond its figures: the US positions and the threats. */
export const genevaSources = (): string[] => [US_POSITIONS_SOURCE];

/** Values the text descriptions interpolate besides the figures: the date of the Geneva talks and of Russia's drafts. */
export function genevaValues(tr: Translator, data: { figures: Record<string, Figure> }): Record<string, string> {
  return { date: formatDate(meetingDate(data.figures, 'geneva'), tr), drafts: formatDate(figure(data.figures, DRAFTS_FIGURE).asOf, tr) };
}
