/**
 * Build-time inputs of the casualty layout: the counts, the later and higher counts, the counts
 * by day (all from content/data/figures.json) and every string, translated and formatted for one
 * locale. The result is small and plain, so the browser receives it as it is (README.md).
 */
import type { Figure } from '../../site-content/schemas';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Translator } from '../../i18n/translator';
import { graphicText } from '../shared/strings';
import { need } from '../shared/graphic';
import { FLOOR_PER_MARK, PER_MARK, type CasualtiesInput, type Day, type Extension, type Group } from './layout';

/** the official toll of 9 January, one figure per group */
export const OFFICIAL: Record<Group, string> = { dead: 'kz-dead', injured: 'kz-injured', detained: 'kz-detained' };
/** later or higher counts, drawn beyond the official marks of their group (in increasing order) */
export const EXTENSIONS: { id: string; group: Group }[] = [
  { id: 'kz-dead-0115', group: 'dead' },
  { id: 'kz-detained-0110', group: 'detained' },
  { id: 'kz-detained-0112', group: 'detained' },
];
/** the Interior Ministry's detention counts by day; the detained marks flow into FLOW_DAY */
export const DAYS = ['kz-detained-0107-first', 'kz-detained-0107', 'kz-detained-0108', 'kz-detained-0109', 'kz-detained-0110'] as const;
export const FLOW_DAY = 'kz-detained-0109';
/** the other counts for the flow day, named in a note */
export const OTHER_COUNTS = ['kz-detained-0109-president', 'kz-detained-0109-rferl'] as const;

/** Every figure the graphic shows in each state (graphics.json must list them for the table). */
export const FIGURES_SHOWN: Record<string, string[]> = {
  dead: ['kz-dead', 'kz-dead-0115'],
  injured: ['kz-dead', 'kz-injured'],
  arrested: ['kz-dead', 'kz-injured', 'kz-detained'],
  floor: ['kz-dead', 'kz-injured', 'kz-detained', ...EXTENSIONS.map((e) => e.id)],
  days: [...DAYS, ...OTHER_COUNTS],
};


/** "9 January" / "9. Januar", or "9 Jan" / "9. Jan.": every date of the toll is in January 2022 */
const dayMonth = (date: string, tr: Translator, style: 'long' | 'short') => formatDate(date, tr, style, 'day', { year: false });

export function casualtiesInput(figures: Record<string, Figure>, tr: Translator): CasualtiesInput {
  const text = graphicText(tr, figures);
  const fig = (id: string) => need('casualties', figures[id], `figure "${id}" (content/data/figures.json)`);
  const long = (id: string) => dayMonth(fig(id).asOf, tr, 'long');
  const count = formatNumber(PER_MARK, tr);
  const dead = fig(OFFICIAL.dead).value;
  const t = (key: string, extra: Record<string, unknown> = {}) => text(`casualties.${key}`, extra);
  const strings: Record<string, string> = {
    'legend.one': t('legend.one', { count }),
    'legend.ten': t('legend.ten', { count }),
    'legend.partial': t('legend.partial', { count }),
    'legend.outline': t('legend.outline'),
    'legend.hundred': t('legend.ten', { count: formatNumber(FLOOR_PER_MARK, tr) }),
    'legend.partialHundred': t('legend.partial', { count: formatNumber(FLOOR_PER_MARK, tr) }),
    'dead.value': t('dead.value'),
    'dead.asof': t('dead.asof', { date: long(OFFICIAL.dead) }),
    'dead.caveat': t('dead.caveat'),
    'dead.later': t('dead.later', { date: long('kz-dead-0115') }),
    'dead.scaled': t('dead.scaled', { marks: formatNumber(Math.floor(dead / PER_MARK), tr) }),
    'dead.scaledRest': t('dead.scaledRest', { marks: formatNumber(Math.floor(dead / PER_MARK), tr), rest: formatNumber(dead % PER_MARK, tr) }),
    'dead.disowned': t('dead.disowned'),
    'injured.value': t('injured.value'),
    'detained.value': t('detained.value'),
    'floor.assessment': t('floor.assessment'),
    'days.heading': t('days.heading'),
    'days.others': t('days.others', { date: long(FLOW_DAY) }),
  };
  for (const e of EXTENSIONS) strings[`floor.${e.id}`] = t(`floor.${e.id}`, { date: long(e.id) });
  for (const id of DAYS) strings[`days.${id}`] = t(`days.${id}`, { date: dayMonth(fig(id).asOf, tr, 'short') });

  const extensions: Extension[] = EXTENSIONS.map((e) => ({ ...e, value: fig(e.id).value, later: fig(e.id).later ?? false }));
  const days: Day[] = DAYS.map((id) => ({ id, value: fig(id).value, ...(id === FLOW_DAY ? { flow: true } : {}) }));
  return {
    counts: { dead, injured: fig(OFFICIAL.injured).value, detained: fig(OFFICIAL.detained).value },
    extensions,
    days,
    strings,
  };
}
