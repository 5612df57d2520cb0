/**
 * zod schemas for everything in content/. Each field is described so that an editor reading an
 * error (or a translator reading the schema) learns what the field is for.
 */
import { z } from 'zod';

export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about', 'nearly', 'up-to', 'range'] as const;
export const UNITS = [
  'people',
  'soldiers',
  'km',
  'bcm',
  'usd-billion',
  'hours',
  'year',
  'tenge',
  'votes',
  'states',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(ISO_DATE, 'write the date as YYYY-MM-DD, for example 2022-01-09')
  // only a date in the right form can be a wrong day: one mistake, one message
  .refine((s) => !ISO_DATE.test(s) || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)), {
    message: 'this is not a calendar date; write it as YYYY-MM-DD, for example 2022-01-09',
  });

/**
 * A date in an article's frontmatter. The build's own check reads the frontmatter as YAML 1.2,
 * where 2022-02-30 stays text and fails the calendar check; Astro's reader turns dates into Date
 * objects first (and 30 February into 2 March), which only ever sees dates already checked.
 */
const frontmatterDate = z
  .preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), isoDate)
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** Only web addresses: a javascript: or data: address in a source would run or hide code. */
const webUrl = z
  .string()
  .url('write the full address, starting with https://')
  .refine((u) => /^https?:$/.test(new URL(u).protocol), { message: 'only https: (or http:) addresses may be linked' });

const sourceId = z.string().min(1).describe('id of an entry in content/data/sources.json');

const measuredValue = {
  value: z
    .number({ invalid_type_error: 'write the value as a plain number without quotes or separators, for example 2200' })
    .finite()
    .describe('the number itself, unformatted (2200, not "2,200")'),
  qualifier: z
    .enum(QUALIFIERS)
    .describe('how exact the number is: exact, more-than, at-least, about, nearly, up-to, or range (then give max)'),
  max: z.number().finite().optional().describe('upper end, only with qualifier "range"'),
  asOf: isoDate.describe('the date the figure refers to or was published, YYYY-MM-DD'),
  source: sourceId,
};

export const figureSchema = z
  .object({
    ...measuredValue,
    unit: z.enum(UNITS).describe('what is counted; decides the unit shown after the number'),
    detail: z
      .object({
        ...measuredValue,
        later: z
          .boolean()
          .optional()
          .describe('true when this value was made public after the article\'s date (even if it counts an earlier day): every table and download marks it as later'),
      })
      .strict()
      .optional()
      .describe('a more precise figure from another source entry, shown beside the headline figure; its source must have given this value'),
    caveat: z
      .string()
      .optional()
      .describe('locale key suffix of a caveat (caveat.<id>) shown wherever the figure is shown as data: key figures, every table row and CSV row'),
    later: z
      .boolean()
      .optional()
      .describe('true when the figure was published after 10 January 2022: shown only as a later development'),
    signed: z
      .boolean()
      .optional()
      .describe('true only for a figure that can be below zero (a change, a balance); without it a negative value is refused as a slip'),
  })
  .strict()
  .refine((f) => (f.qualifier === 'range') === (f.max !== undefined), {
    message: 'a range needs "max", and only a range may have it',
    path: ['max'],
  })
  .refine((f) => f.signed === true || [f.value, f.max, f.detail?.value, f.detail?.max].every((v) => v === undefined || v >= 0), {
    message: 'a count cannot be negative; remove the minus sign, or add "signed": true if this figure can be below zero',
    path: ['value'],
  });

export const sourceSchema = z
  .object({
    publisher: z.string().min(1).optional().describe('the publication or agency that reported it, as its name is written, not translated: "TASS", "AP"; for a copy on another site, the original publisher (the site goes in "copy")'),
    copy: z
      .string()
      .min(1)
      .optional()
      .describe('where only a republished copy was found: the name of the site that carries it ("Sioux City Journal"); the page says "AP, as published by Sioux City Journal", and url is the copy\'s address'),
    body: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'write the id of a body.<id> string in the locale files, e.g. "kz-interior-ministry"')
      .optional()
      .describe('the original body whose figures or words these are, as the id of a translated string body.<id> (e.g. "kz-interior-ministry" → "Kazakh Interior Ministry")'),
    title: z.string().min(1).describe('headline or title of the document'),
    date: isoDate.describe('publication date, YYYY-MM-DD'),
    url: webUrl.optional().describe('address of the copy we found, https:// (or http://)'),
    lang: z.string().default('en').describe('language of the title, BCP 47 (default en)'),
  })
  .strict()
  .refine((s) => s.publisher !== undefined || s.body !== undefined, {
    message: 'a source needs a "publisher", a "body", or both',
    path: ['publisher'],
  })
  .refine((s) => s.copy === undefined || s.publisher !== undefined, {
    message: 'a copy is a copy of a publisher\'s report: name the original "publisher" too',
    path: ['copy'],
  });

const stateSchema = z
  .object({
    figures: z.array(z.string()).describe('figure ids this state shows (key-figures panel and fallback)'),
    notes: z.array(z.string()).optional().describe('locale keys of short text items shown in this state'),
  })
  .strict();

export const graphicSchema = z
  .object({
    summary: z.string().describe('the state shown without JavaScript and in print'),
    states: z.record(z.string(), stateSchema).describe('the states the article steps may name, in order'),
  })
  .strict()
  .refine((g) => g.summary in g.states, { message: 'summary must name one of the states', path: ['summary'] });

export const PLACE_KINDS = ['capital', 'city', 'site', 'schematic', 'area'] as const;

export const placeSchema = z
  .object({
    lon: z.number().min(-180).max(180).describe('longitude in degrees, east positive (approximate is fine for these maps)'),
    lat: z.number().min(-90).max(90).describe('latitude in degrees, north positive'),
    kind: z
      .enum(PLACE_KINDS)
      .describe('capital, city or site (drawn with its symbol and name), schematic: a position the data does not have, drawn and labelled as schematic, or area: a region drawn from its outline (lon/lat is where its label goes)'),
    outline: z
      .array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
      .min(3)
      .optional()
      .describe('an area only: its outline as [lon, lat] points in order; approximate, so the map calls it schematic; a map may clip it to a country'),
    source: sourceId.optional().describe('id of the entry in content/data/sources.json the coordinates come from; required unless kind is schematic'),
    note: z.string().optional().describe('for editors: what the point stands for (shown nowhere)'),
  })
  .strict()
  .refine((p) => p.kind === 'schematic' || p.source !== undefined, {
    message: 'a place needs a source for its coordinates (only a schematic position may go without)',
    path: ['source'],
  })
  .refine((p) => (p.kind === 'area') === (p.outline !== undefined), {
    message: 'an area needs an outline, and only an area has one',
    path: ['outline'],
  });

/** The day the article tells the story of: anything dated later is a later development. */
export const STORY_DATE = '2022-01-10';

const lonLat = {
  lon: z.number().min(-180).max(180).describe('longitude in degrees, east positive'),
  lat: z.number().min(-90).max(90).describe('latitude in degrees, north positive'),
};

export const pipelineSchema = z
  .object({
    from: z.string().min(1).describe('id of the landfall where the line starts (content/data/places.json)'),
    to: z.string().min(1).describe('id of the landfall where it ends (content/data/places.json)'),
    waypoints: z
      .array(z.object({ ...lonLat, note: z.string().optional().describe('for editors: where the point lies (shown nowhere)') }).strict())
      .min(1)
      .describe('points at sea between the landfalls, in order from "from" to "to"; schematic and approximate, drawn as a smooth line'),
    length: z.string().min(1).describe('id of the figure with the length (content/data/figures.json)'),
    capacity: z.string().min(1).describe('id of the figure with the capacity per year (content/data/figures.json)'),
    source: sourceId.describe('id of the source of the course (a route map) in content/data/sources.json'),
    note: z.string().min(1).describe('for editors: that the line is schematic and the points approximate, and why (shown nowhere; the method note says it to readers)'),
  })
  .strict();

export const STANCES = ['opposes', 'supports'] as const;
export const STATEMENT_FORMS = ['letter', 'open-letter', 'joint-statement', 'statement', 'interview', 'sanctions'] as const;
export const DATE_PRECISIONS = ['day', 'month'] as const;

const precision = z
  .enum(DATE_PRECISIONS)
  .default('day')
  .describe('how exactly the source dates it: "day" (default) shows the full date, "month" only month and year');

export const positionSchema = z
  .object({
    actors: z
      .array(z.string().min(1))
      .min(1)
      .describe('who took the stance: country slugs as in src/charts/shared/map/countries.ts, whose names are the locale keys map.country.<slug>'),
    signatories: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('how many signed in all, where the source names only some of them (the "actors")'),
    stance: z.enum(STANCES).describe('the stance on Nord Stream 2: opposes or supports; it decides how the map marks the actors'),
    form: z
      .enum(STATEMENT_FORMS)
      .describe('the form of the statement: letter, open-letter, joint-statement, statement, interview or sanctions (a law); named by the locale key nordstream.form.<form>'),
    date: isoDate.describe('the date of the statement, YYYY-MM-DD (with precision "month", the day is not shown)'),
    precision,
    sources: z.array(sourceId).min(1).describe('ids of the sources in content/data/sources.json'),
    text: z.string().min(1).describe('locale key of its text, shown on the map and in the table (nordstream.position.<id>)'),
    short: z.string().min(1).describe('locale key of a shorter form, for the phone-sized map (nordstream.position.<id>.short)'),
    quote: z
      .object({
        lang: z.string().min(2).describe('BCP 47 language of the quote: it appears only in this language'),
        text: z.string().min(1).describe('the quoted words, exactly as the source has them'),
      })
      .strict()
      .optional()
      .describe('a quote, in the language of the source; its translation is the locale key nordstream.quote.<id>, shown marked as a translation'),
    note: z.string().optional().describe('for editors: context (shown nowhere)'),
  })
  .strict();

export const EVENT_KINDS = ['opened', 'completed', 'suspended', 'sanctions', 'waiver', 'agreement', 'threat', 'vote', 'halt'] as const;

/**
 * An entry of content/data/nordstream-events.json. The file belongs to the Nord Stream map: every
 * event in it lands in the map's timeline and tables, and the kinds are that map's.
 */
export const eventSchema = z
  .object({
    date: isoDate.describe('the date of the event, YYYY-MM-DD; for a threat, the day it was reported'),
    precision,
    kind: z
      .enum(EVENT_KINDS)
      .describe('opened, completed or suspended (the state of the pipelines), sanctions, waiver or agreement (the US sanctions up to 10 January 2022), threat (measures threatened in case of an invasion), vote or halt (later developments)'),
    later: z
      .boolean()
      .optional()
      .describe('true for events after 10 January 2022: shown only as later developments, with their date'),
    figures: z.array(z.string()).optional().describe('ids of the figures its text shows, as {{id}} (content/data/figures.json)'),
    sources: z.array(sourceId).min(1).describe('ids of the sources in content/data/sources.json'),
    text: z.string().min(1).describe('locale key of its short text ({{date}} in it is the formatted date): nordstream.status.*, nordstream.sanctions.*, or geneva.sanctions.* for the threats'),
    short: z.string().min(1).optional().describe('locale key of a shorter form, for the phone-sized timeline (nordstream.sanctions.<id>.short)'),
    note: z.string().optional().describe('for editors: context (shown nowhere)'),
  })
  .strict()
  .describe('an event of the Nord Stream map (content/data/nordstream-events.json, the map\'s own file): each one lands in its timeline and tables')
  .refine((e) => (e.later === true) === e.date > STORY_DATE, {
    message: `an event after ${STORY_DATE} needs "later": true, and only such an event may have it`,
    path: ['later'],
  });

export const articleFrontmatterSchema = z
  .object({
    title: z.string().min(1).max(120).describe('headline'),
    description: z.string().min(1).max(260).describe('standfirst, also used for search and social previews'),
    kicker: z.string().min(1).max(40).describe('short label above the headline'),
    lang: z.string().min(2).describe('BCP 47 language tag of this locale, e.g. de-CH'),
    label: z.string().min(1).describe('name of the language in itself, shown in the language switcher'),
    status: z.enum(['published', 'draft']).describe('draft locales build with fallbacks and are not indexed'),
    published: frontmatterDate.describe('publication date, YYYY-MM-DD'),
    updated: frontmatterDate.optional().describe('date of the last substantive update, YYYY-MM-DD'),
    translatedFrom: z
      .object({ article: z.string(), strings: z.string() })
      .strict()
      .optional()
      .describe('hashes of the default locale\'s article and strings this translation was made from (npm run i18n:status -- --mark-translated <tag>)'),
    sameAsDefault: z
      .array(z.string())
      .default([])
      .describe('keys of content/locales/<tag>.json whose text is rightly the same as the default locale\'s (a name, a unit): a published locale may not otherwise keep the default locale\'s text'),
    corrections: z
      .array(z.object({ date: frontmatterDate.describe('the day of the correction, YYYY-MM-DD'), text: z.string().min(1).describe('what was wrong and what is right now') }).strict())
      .default([])
      .describe('corrections shown at the end of the article'),
  })
  .strict();

export const localeResourcesSchema = z
  .record(z.string(), z.string())
  .describe('flat i18next JSON v4: key → translated string');

export type Figure = z.infer<typeof figureSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Graphic = z.infer<typeof graphicSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Pipeline = z.infer<typeof pipelineSchema>;
export type Position = z.infer<typeof positionSchema>;
export type NordstreamEvent = z.infer<typeof eventSchema>;
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type Unit = (typeof UNITS)[number];
