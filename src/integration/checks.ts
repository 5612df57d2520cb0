/**
 * Every check that guards content/: data files against their schemas, cross-references
 * (figure → source, state → figure, article → figure, step → graphic state), the articles'
 * structure against the default locale's, and each locale's strings against the default's.
 * Pure functions over parsed files; `checkContent` reads the folder and runs them all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ZodArray, ZodDefault, ZodEffects, ZodNullable, ZodObject, ZodOptional, ZodRecord, type ZodError, type ZodTypeAny } from 'zod';
import {
  articleFrontmatterSchema,
  figureSchema,
  graphicSchema,
  localeResourcesSchema,
  pipelineSchema,
  placeSchema,
  positionSchema,
  eventSchema,
  sourceSchema,
  type Figure,
  type Graphic,
  type Pipeline,
  type Place,
  type Position,
  type NordstreamEvent,
  type Source,
} from '../site-content/schemas';
import { DEFAULT_LOCALE, readFrontmatter, scanLocales, type LocaleInfo } from '../i18n/registry';
import { compareStrings } from '../i18n/compare';
import { untranslatedChrome } from '../i18n/chrome';
import { untranslatedParagraphs, untranslatedStrings } from '../i18n/untranslated';
import { foreignGlossaryUses, glossaryOf } from '../i18n/glossary';
import { glossaryProblems } from './glossary-problems';
import { structureOfSource, type ArticleStructure } from './article-structure';
import { checkIntegrity } from './integrity';
import { closest, knownList, type Problem } from './problems';
import { MANIFESTS, figuresOutOfRange } from '../charts/manifest';
import { isProblem, lineOf, parseJsonFile, type JsonFile } from './json-file';
import { checkLengths, lengthLimits } from './lengths';
import { checkStepCards } from './step-cards';
import { createTranslator } from '../i18n/translator';
import { COUNTRY_CODES } from '../charts/shared/map/countries';

export const ARTICLE_COMPONENTS = ['Scrolly', 'Step', 'Num', 'Quote', 'Analysis', 'Later'] as const;

/** The HTML an article may use where Markdown has no syntax for it; no element that runs, loads or links. */
const HTML_ELEMENTS = new Set(['abbr', 'br', 'em', 'span', 'strong', 'sub', 'sup']);
const HTML_ATTRIBUTES = new Set(['lang', 'title']);
/** Web addresses, a step in the article (#id), or a path on this site (/…, not //host). */
const SAFE_LINK = /^(?:https?:\/\/|#|\/(?!\/))/i;

export interface ContentData {
  figures: Record<string, Figure>;
  sources: Record<string, Source>;
  graphics: Record<string, Graphic>;
  places: Record<string, Place>;
  pipelines: Record<string, Pipeline>;
  positions: Record<string, Position>;
  nordstreamEvents: Record<string, NordstreamEvent>;
  /**
   * Entries that failed their schema, as `file#id`: their own problem is reported, so a reference
   * to one is not reported again as unknown (one mistake, one message).
   */
  invalid?: ReadonlySet<string>;
}

/**
 * What the field at `path` holds: the `.describe()` of the schema there. Wrappers (optional,
 * default, refinements) may carry the description or hide it, so each one is asked on the way in.
 */
export function fieldDescription(schema: ZodTypeAny, path: (string | number)[]): string | undefined {
  const unwrap = (start: ZodTypeAny): { inner: ZodTypeAny; description: string | undefined } => {
    let inner = start;
    let description = start.description;
    while (inner instanceof ZodOptional || inner instanceof ZodNullable || inner instanceof ZodDefault || inner instanceof ZodEffects) {
      inner = inner instanceof ZodEffects ? inner.innerType() : (inner._def.innerType as ZodTypeAny);
      description ??= inner.description;
    }
    return { inner, description };
  };
  let current: ZodTypeAny = schema;
  for (const key of path) {
    const { inner } = unwrap(current);
    let next: ZodTypeAny | undefined;
    if (inner instanceof ZodObject) next = (inner.shape as Record<string, ZodTypeAny>)[key];
    else if (inner instanceof ZodArray) next = inner.element as ZodTypeAny;
    else if (inner instanceof ZodRecord) next = inner.valueSchema as ZodTypeAny;
    if (!next) return undefined;
    current = next;
  }
  return unwrap(current).description;
}

function zodProblems(error: ZodError, json: JsonFile, entry: string, schema: ZodTypeAny): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.at(-1);
    const holds = fieldDescription(schema, issue.path);
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    return {
      file: json.file,
      line: lineOf(json, [entry, ...issue.path]),
      message: `"${entry}"${issue.path.length ? ` → ${issue.path.join('.')}` : ''}: ${missing ? 'missing, and required' : issue.message}`,
      fix: issue.code === 'unrecognized_keys'
        ? `remove the key(s) ${issue.keys.join(', ')} or correct their spelling`
        : field !== undefined && holds
          ? `${missing ? 'add' : 'correct'} "${field}": ${holds} (EDITING.md explains each field)`
          : 'correct the value as the message says (EDITING.md explains each field)',
      severity: 'error' as const,
    };
  });
}

/** Ids become URL fragments, CSS-safe keys and CSV cells: lower-case letters, digits and hyphens. */
export const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The JSON files of content/data/, in the order they are checked; the optional ones may be absent. */
const DATA_FILES = {
  sources: { file: 'content/data/sources.json', schema: sourceSchema, optional: false },
  figures: { file: 'content/data/figures.json', schema: figureSchema, optional: false },
  graphics: { file: 'content/data/graphics.json', schema: graphicSchema, optional: false },
  places: { file: 'content/data/places.json', schema: placeSchema, optional: true },
  pipelines: { file: 'content/data/pipelines.json', schema: pipelineSchema, optional: true },
  positions: { file: 'content/data/positions.json', schema: positionSchema, optional: true },
  nordstreamEvents: { file: 'content/data/nordstream-events.json', schema: eventSchema, optional: true },
} as const;

/** Data files that were renamed: old path → new path */
const RENAMED_DATA_FILES: Record<string, string> = { 'content/data/events.json': DATA_FILES.nordstreamEvents.file };

/** Every JSON file in content/ that the build reads, relative to the project root. */
export function contentJsonFiles(root: string): string[] {
  const data = Object.values(DATA_FILES).map((d) => d.file).filter((file) => fs.existsSync(path.join(root, file)));
  const locales = fs.readdirSync(path.join(root, 'content/locales')).filter((n) => n.endsWith('.json')).map((n) => `content/locales/${n}`);
  return [...data, ...locales];
}

/**
 * The problems of the JSON files that do not parse. When there is one, nothing else is checked:
 * every later message would be a consequence of the file that could not be read.
 */
export function unreadableJson(root: string): Problem[] {
  return contentJsonFiles(root)
    .map((file) => parseJsonFile(file, fs.readFileSync(path.join(root, file), 'utf8')))
    .filter(isProblem);
}

function readJson(file: string, root: string, problems: Problem[]): JsonFile {
  const parsed = parseJsonFile(file, fs.readFileSync(path.join(root, file), 'utf8'));
  if (!isProblem(parsed)) return parsed;
  problems.push(parsed);
  return { file, text: '', tree: undefined, data: {} };
}

function parseEntries<T>(json: JsonFile, schema: ZodTypeAny, problems: Problem[], invalid: Set<string>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries(json.data as Record<string, unknown>)) {
    if (!ENTRY_ID.test(id)) {
      invalid.add(`${json.file}#${id}`);
      problems.push({
        file: json.file,
        line: lineOf(json, [id]),
        message: `the id "${id}" may hold only lower-case letters, digits and hyphens`,
        fix: `rename it, e.g. "${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'new-id'}", and every place that names it`,
        severity: 'error',
      });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) out[id] = result.data as T;
    else {
      invalid.add(`${json.file}#${id}`);
      problems.push(...zodProblems(result.error, json, id, schema));
    }
  }
  return out;
}

export function loadData(root: string, problems: Problem[]): ContentData {
  const invalid = new Set<string>();
  const files: Partial<Record<keyof typeof DATA_FILES, JsonFile>> = {};
  const read = <T,>(name: keyof typeof DATA_FILES): Record<string, T> => {
    const { file, schema, optional } = DATA_FILES[name];
    if (optional && !fs.existsSync(path.join(root, file))) return {};
    const json = readJson(file, root, problems);
    files[name] = json;
    return parseEntries<T>(json, schema, problems, invalid);
  };
  const sources = read<Source>('sources');
  const figures = read<Figure>('figures');
  const graphics = read<Graphic>('graphics');
  const places = read<Place>('places');
  const pipelines = read<Pipeline>('pipelines');
  const positions = read<Position>('positions');
  const nordstreamEvents = read<NordstreamEvent>('nordstreamEvents');
  const isInvalid = (file: string, id: string) => invalid.has(`${file}#${id}`);
  const line = (name: keyof typeof DATA_FILES, at: (string | number)[]) => (files[name] ? lineOf(files[name], at) : undefined);
  for (const [id, figure] of Object.entries(figures)) {
    for (const [where, ref] of [['source', figure.source], ['detail.source', figure.detail?.source]] as const) {
      if (ref === undefined || ref in sources || isInvalid('content/data/sources.json', ref)) continue;
      const guess = closest(ref, Object.keys(sources));
      problems.push({
        file: 'content/data/figures.json',
        line: line('figures', [id, ...where.split('.')]),
        message: `figure "${id}" → ${where}: there is no source "${ref}" in content/data/sources.json`,
        fix: `${guess.length ? `did you mean "${guess[0]}"? ` : ''}add the source to content/data/sources.json or use one that exists: ${knownList(Object.keys(sources))}`,
        severity: 'error',
      });
    }
  }
  for (const [name, graphic] of Object.entries(graphics)) {
    for (const [state, { figures: ids }] of Object.entries(graphic.states)) {
      for (const id of ids.filter((i) => !(i in figures) && !isInvalid('content/data/figures.json', i))) {
        problems.push({
          file: 'content/data/graphics.json',
          line: line('graphics', [name, 'states', state, 'figures', ids.indexOf(id)]),
          message: `graphic "${name}", state "${state}": there is no figure "${id}" in content/data/figures.json`,
          fix: `use one of the figure ids that exist: ${knownList(Object.keys(figures))}`,
          severity: 'error',
        });
      }
    }
  }
  for (const [id, place] of Object.entries(places)) {
    if (place.source === undefined || place.source in sources || isInvalid('content/data/sources.json', place.source)) continue;
    const guess = closest(place.source, Object.keys(sources));
    problems.push({
      file: 'content/data/places.json',
      line: line('places', [id, 'source']),
      message: `place "${id}" → source: there is no source "${place.source}" in content/data/sources.json`,
      fix: `${guess.length ? `did you mean "${guess[0]}"? ` : ''}add the source to content/data/sources.json or use one that exists: ${knownList(Object.keys(sources))}`,
      severity: 'error',
    });
  }
  const refs: (readonly [file: keyof typeof DATA_FILES, id: string, field: readonly (string | number)[], ref: string, known: Record<string, unknown>, where: string])[] = [
    ...Object.entries(pipelines).flatMap(([id, p]) => [
      ['pipelines', id, ['from'], p.from, places, 'content/data/places.json'],
      ['pipelines', id, ['to'], p.to, places, 'content/data/places.json'],
      ['pipelines', id, ['length'], p.length, figures, 'content/data/figures.json'],
      ['pipelines', id, ['capacity'], p.capacity, figures, 'content/data/figures.json'],
      ['pipelines', id, ['source'], p.source, sources, 'content/data/sources.json'],
    ] as const),
    ...Object.entries(positions).flatMap(([id, p]) => [
      ...p.actors.map((ref, i) => ['positions', id, ['actors', i], ref, COUNTRY_CODES, 'src/charts/shared/map/countries.ts'] as const),
      ...p.sources.map((ref, i) => ['positions', id, ['sources', i], ref, sources, 'content/data/sources.json'] as const),
    ]),
    ...Object.entries(nordstreamEvents).flatMap(([id, e]) => [
      ...e.sources.map((ref, i) => ['nordstreamEvents', id, ['sources', i], ref, sources, 'content/data/sources.json'] as const),
      ...(e.figures ?? []).map((ref, i) => ['nordstreamEvents', id, ['figures', i], ref, figures, 'content/data/figures.json'] as const),
    ]),
  ];
  for (const [name, id, field, ref, known, where] of refs) {
    if (ref in known || isInvalid(where, ref)) continue;
    const guess = closest(ref, Object.keys(known));
    problems.push({
      file: DATA_FILES[name].file,
      line: line(name, [id, ...field]),
      message: `"${id}" → ${field.filter((f) => typeof f === 'string').join('.')}: there is no "${ref}" in ${where}`,
      fix: `${guess.length ? `did you mean "${guess[0]}"? ` : ''}use one that exists: ${knownList(Object.keys(known))}`,
      severity: 'error',
    });
  }
  problems.push(...rangeProblems(figures, files.figures));
  return { figures, sources, graphics, places, pipelines, positions, nordstreamEvents, invalid };
}

/** Drawn figures outside what their graphic can draw, checked before any layout runs. */
export function rangeProblems(figures: Record<string, Figure>, json?: JsonFile): Problem[] {
  const number = new Intl.NumberFormat('en');
  return figuresOutOfRange(figures).map(({ graphic, id, field, value, range }) => ({
    file: 'content/data/figures.json',
    line: json ? lineOf(json, [id, field]) : undefined,
    message: `"${id}" → ${field}: ${value} is outside what the ${graphic} graphic can draw (${number.format(range.min)} to ${number.format(range.max)})`,
    fix: `check the number (a typing slip, an extra zero?); if it is right, the range in src/charts/${graphic}/manifest.ts must grow, and src/charts/${graphic}/layout.test.ts must pass at the new end`,
    severity: 'error' as const,
  }));
}

/**
 * Places a map graphic needs by id (its layout names them): each must exist in places.json, and
 * each non-schematic place needs a name (place.<id>) in the default locale's strings.
 */
export function checkPlaces(needed: Record<string, readonly string[]>, places: Record<string, Place>, strings: Record<string, string> | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const [graphic, ids] of Object.entries(needed)) {
    for (const id of ids) {
      if (!(id in places)) {
        const guess = closest(id, Object.keys(places));
        problems.push({
          file: 'content/data/places.json',
          message: `graphic "${graphic}" needs the place "${id}", which content/data/places.json does not have`,
          fix: `${guess.length ? `did you mean "${guess[0]}"? ` : ''}add it with lon, lat, kind and source; places that exist: ${knownList(Object.keys(places))}`,
          severity: 'error',
        });
      } else if (strings && places[id]!.kind !== 'schematic' && !(`place.${id}` in strings)) {
        problems.push({
          file: `content/locales/${DEFAULT_LOCALE}.json`,
          message: `place "${id}" has no name: the key "place.${id}" is missing`,
          fix: `add "place.${id}" to every locale file and a description to content/locales/_descriptions.json`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

/**
 * Events a graphic names by id (its manifest lists them) must exist in
 * content/data/nordstream-events.json, the Nord Stream map's own file: renaming one there would
 * otherwise stop the build with a stack trace from inside the graphic.
 */
export function checkNamedEvents(needed: Record<string, readonly string[]>, events: Record<string, NordstreamEvent>): Problem[] {
  return Object.entries(needed).flatMap(([graphic, ids]) => ids.filter((id) => !(id in events)).map((id) => {
    const guess = closest(id, Object.keys(events));
    return {
      file: DATA_FILES.nordstreamEvents.file,
      message: `graphic "${graphic}" needs the event "${id}", which ${DATA_FILES.nordstreamEvents.file} does not have`,
      fix: `${guess.length ? `did you mean "${guess[0]}"? ` : ''}restore the event's id, or rename it in src/charts/${graphic}/manifest.ts too; events that exist: ${knownList(Object.keys(events))}`,
      severity: 'error' as const,
    };
  }));
}

/**
 * content/data/events.json was renamed nordstream-events.json, to say whose events they are. A
 * file left under the old name (a merge, an old habit) would be ignored without a word.
 */
export function checkRenamedDataFiles(root: string): Problem[] {
  return Object.entries(RENAMED_DATA_FILES)
    .filter(([old]) => fs.existsSync(path.join(root, old)))
    .map(([old, now]) => ({
      file: old,
      line: 1,
      message: `the build no longer reads ${old}: it is ${now} now`,
      fix: `move its entries into ${now} and delete ${old}`,
      severity: 'error' as const,
    }));
}

/** Each source's body is named in the reader's language: body.<id> must be in the default locale's strings. */
export function checkSourceBodies(sources: Record<string, Source>, strings: Record<string, string> | undefined, sourcesText: string): Problem[] {
  if (!strings) return [];
  const json = parseJsonFile('content/data/sources.json', sourcesText);
  return Object.entries(sources)
    .filter(([, s]) => s.body !== undefined && !(`body.${s.body}` in strings))
    .map(([id, s]) => {
      const guess = closest(s.body!, Object.keys(strings).filter((k) => k.startsWith('body.')).map((k) => k.slice(5)));
      return {
        file: 'content/data/sources.json',
        line: isProblem(json) ? undefined : lineOf(json, [id, 'body']),
        message: `source "${id}" → body: there is no string "body.${s.body}" in content/locales/${DEFAULT_LOCALE}.json`,
        fix: `${guess.length ? `did you mean "${guess[0]}"? ` : ''}add "body.${s.body}" to every locale file (the body's name, translated) and a description to content/locales/_descriptions.json`,
        severity: 'error' as const,
      };
    });
}

/**
 * The strings every graphic in graphics.json needs in the default locale: its title, its method
 * note and a text description of each state (the frame and the data section show them). A new
 * graphic or state without them would show its readers the bare key.
 */
export function checkGraphicStrings(graphics: Record<string, Graphic>, strings: Record<string, string>): Problem[] {
  return Object.entries(graphics).flatMap(([name, graphic]) =>
    ['title', 'note', ...Object.keys(graphic.states)]
      .map((part) => `graphic.${name}.${part}`)
      .filter((key) => !(key in strings))
      .map((key) => ({
        file: `content/locales/${DEFAULT_LOCALE}.json`,
        message: `graphic "${name}" (content/data/graphics.json) needs the string "${key}"`,
        fix: `add "${key}" to every locale file (${key.endsWith('.title') ? 'the graphic\'s title' : key.endsWith('.note') ? 'its method note: scale, rounding, what the figures count' : 'the text description of that state, for screen readers and without JavaScript'}) and a description to content/locales/_descriptions.json`,
        severity: 'error' as const,
      })),
  );
}

/** Every string of the default locale has a description for translators, and no description is left over. */
export function checkDescriptions(strings: Record<string, string>, descriptions: Record<string, string>): Problem[] {
  const plural = /_(zero|one|two|few|many|other)$/;
  const described = (key: string) => key in descriptions || key.replace(plural, '') in descriptions;
  return [
    ...Object.keys(strings).filter((key) => !described(key)).map((key) => ({
      file: 'content/locales/_descriptions.json',
      message: `the string "${key}" has no description`,
      fix: `add "${key}": where the string appears, what it says and how long it may be ("At most N characters" for a label)`,
      severity: 'error' as const,
    })),
    ...Object.keys(descriptions).filter((key) => !(key in strings) && !Object.keys(strings).some((k) => k.replace(plural, '') === key)).map((key) => ({
      file: 'content/locales/_descriptions.json',
      message: `"${key}" describes a string that content/locales/${DEFAULT_LOCALE}.json does not have`,
      fix: 'remove the description, or correct its key if the string was renamed',
      severity: 'warning' as const,
    })),
  ];
}

/**
 * Locale keys the data files name (texts of positions and events, quote translations, forms of
 * statements): each must exist in the default locale's strings, so that a renamed key fails with
 * the entry that uses it.
 */
export function checkDataStrings(data: ContentData, strings: Record<string, string>): Problem[] {
  const wanted: [file: string, id: string, key: string][] = [
    ...Object.entries(data.positions).flatMap(([id, p]) => [
      ['content/data/positions.json', id, p.text],
      ['content/data/positions.json', id, p.short],
      ['content/data/positions.json', id, `nordstream.form.${p.form}`],
      ...(p.quote ? [['content/data/positions.json', id, `nordstream.quote.${id}`] as const] : []),
    ] as [string, string, string][]),
    ...Object.entries(data.nordstreamEvents).flatMap(([id, e]) => [e.text, ...(e.short ? [e.short] : [])].map((key) => ['content/data/nordstream-events.json', id, key] as [string, string, string])),
  ];
  return wanted
    .filter(([, , key]) => !(key in strings))
    .map(([file, id, key]) => ({
      file,
      message: `"${id}" names the string "${key}", which content/locales/${DEFAULT_LOCALE}.json does not have`,
      fix: `add "${key}" to every locale file and a description to content/locales/_descriptions.json, or correct the key`,
      severity: 'error' as const,
    }));
}

/** Problems of one article against the data: components, figure ids, graphics, states, step ids. */
export function checkArticle(structure: ArticleStructure, file: string, data: ContentData): Problem[] {
  const problems: Problem[] = [];
  const error = (at: { line?: number; column?: number }, message: string, fix: string) =>
    problems.push({ file, line: at.line, column: at.column, message, fix, severity: 'error' });
  const allowed = new Set<string>(ARTICLE_COMPONENTS);
  for (const c of structure.components) {
    if (/^[a-z]/.test(c.name)) {
      const unsafe = c.attributes.filter((a) => !HTML_ATTRIBUTES.has(a));
      if (!HTML_ELEMENTS.has(c.name)) error(c, `<${c.name}> is not allowed in the article`, `write the text in Markdown (*emphasis*, **strong**); the HTML elements allowed are ${[...HTML_ELEMENTS].map((n) => `<${n}>`).join(', ')}`);
      else if (unsafe.length) error(c, `<${c.name} ${unsafe.join(' ')}>: ${unsafe.join(', ')} is not allowed here`, `remove it; elements in the article may carry only ${[...HTML_ATTRIBUTES].join(' and ')}`);
      continue;
    }
    if (allowed.has(c.name)) continue;
    const guess = closest(c.name, allowed);
    error(c, `<${c.name}> is not a component the article can use`, `${guess.length ? `did you mean <${guess[0]}>? ` : ''}the components are ${ARTICLE_COMPONENTS.map((n) => `<${n}>`).join(', ')} (EDITING.md has an example of each)`);
  }
  for (const c of structure.code) error(c, 'an article cannot hold code: {…} or import/export', 'remove it; a figure is written <Num id="…"/>, a literal brace as \\{');
  for (const c of structure.computed) error(c, `<${c.component} ${c.attribute}={…}>: the value must be written as text`, `write ${c.attribute}="…" in quotes`);
  for (const link of structure.links) {
    if (!SAFE_LINK.test(link.url)) error(link, `the link address "${link.url}" is not allowed`, 'link only to https:// (or http://) addresses, to #step-id in the article, or to a path on this site starting with /');
  }
  for (const f of structure.figures) {
    if (!f.id) error(f, '<Num> needs an id: <Num id="kz-dead"/>', 'add id="…" with a figure id from content/data/figures.json');
    else if (!(f.id in data.figures) && !data.invalid?.has(`content/data/figures.json#${f.id}`)) {
      const guess = closest(f.id, Object.keys(data.figures));
      error(f, `<Num id="${f.id}"/>: there is no figure "${f.id}" in content/data/figures.json`, `${guess.length ? `did you mean "${guess[0]}"? ` : ''}ids that exist: ${knownList(Object.keys(data.figures))}`);
    }
  }
  for (const s of structure.straySteps) error(s, '<Step> stands outside a <Scrolly> block', 'move it inside <Scrolly graphic="…"> … </Scrolly>');
  const seen = new Map<string, number | undefined>();
  for (const block of structure.blocks) {
    const graphic = block.graphic ? data.graphics[block.graphic] : undefined;
    if (!block.graphic) error(block, '<Scrolly> needs a graphic: <Scrolly graphic="casualties">', `add graphic="…" with one of: ${knownList(Object.keys(data.graphics))}`);
    else if (!graphic) error(block, `<Scrolly graphic="${block.graphic}">: there is no graphic "${block.graphic}" in content/data/graphics.json`, `use one of: ${knownList(Object.keys(data.graphics))}`);
    for (const step of block.steps) {
      if (!step.id) error(step, '<Step> needs an id, used in links to it (#id)', 'add id="…", unique in the article, e.g. id="toll-dead"');
      else if (seen.has(step.id)) error(step, `step id "${step.id}" is used twice (first on line ${seen.get(step.id)})`, 'give each step its own id; links (#id) must lead to one place');
      else seen.set(step.id, step.line);
      if (!step.state) error(step, `<Step id="${step.id ?? ''}"> needs a state: the state of the graphic it shows`, graphic ? `add state="…" with one of: ${knownList(Object.keys(graphic.states))}` : 'add state="…"');
      else if (graphic && !(step.state in graphic.states)) {
        const guess = closest(step.state, Object.keys(graphic.states));
        error(step, `<Step id="${step.id ?? ''}" state="${step.state}">: graphic "${block.graphic}" has no state "${step.state}"`, `${guess.length ? `did you mean "${guess[0]}"? ` : ''}states of "${block.graphic}" (content/data/graphics.json): ${knownList(Object.keys(graphic.states))}`);
      }
    }
  }
  return problems;
}

/** Scrolly blocks, step ids and states must match the default locale's, in order. */
export function checkParity(structure: ArticleStructure, reference: ArticleStructure, file: string, referenceFile: string, severity: Problem['severity']): Problem[] {
  const problems: Problem[] = [];
  const shape = (s: ArticleStructure) => s.blocks.map((b) => `${b.graphic}: ${b.steps.map((st) => `${st.id}(${st.state})`).join(' ')}`);
  const mine = shape(structure);
  const theirs = shape(reference);
  for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
    if (mine[i] === theirs[i]) continue;
    const block = structure.blocks[i];
    problems.push({
      file,
      line: block?.line,
      message: `scrolly block ${i + 1} differs from ${referenceFile}: here "${mine[i] ?? '(missing)'}", there "${theirs[i] ?? '(none)'}"`,
      fix: `use the same <Scrolly graphic> blocks and <Step id state> in the same order as ${referenceFile}; only the prose inside may differ`,
      severity,
    });
  }
  return problems;
}

const emptyData = (): ContentData => ({ figures: {}, sources: {}, graphics: {}, places: {}, pipelines: {}, positions: {}, nordstreamEvents: {} });

export interface CheckedContent {
  locales: LocaleInfo[];
  data: ContentData;
  structures: Record<string, ArticleStructure>;
  problems: Problem[];
}

export function checkContent(root: string): CheckedContent {
  const unreadable = unreadableJson(root);
  if (unreadable.length) return { locales: [], data: emptyData(), structures: {}, problems: unreadable };
  const { locales, problems: registry } = scanLocales(path.join(root, 'content'));
  const problems: Problem[] = [...registry, ...checkRenamedDataFiles(root)];
  const data = loadData(root, problems);
  const descriptions = path.join(root, 'content/locales/_descriptions.json');
  const limits = fs.existsSync(descriptions) ? lengthLimits(JSON.parse(fs.readFileSync(descriptions, 'utf8')) as Record<string, string>) : {};
  const structures: Record<string, ArticleStructure> = {};
  const strings: Record<string, Record<string, string>> = {};
  const sources: Record<string, string> = {};
  const withErrors = new Set<string>();
  for (const locale of locales) {
    const file = `content/article/${locale.tag}.mdx`;
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    sources[locale.tag] = source;
    const frontmatter = articleFrontmatterSchema.safeParse(readFrontmatter(source));
    if (!frontmatter.success) {
      problems.push(...frontmatter.error.issues.map((issue) => ({
        file,
        line: (source.split('\n').findIndex((l) => l.startsWith(`${String(issue.path[0])}:`)) + 1) || 1,
        message: `frontmatter → ${issue.path.join('.')}: ${issue.message}`,
        fix: 'correct the frontmatter between the --- lines at the top (EDITING.md lists each key)',
        severity: 'error' as const,
      })));
    }
    try {
      structures[locale.tag] = structureOfSource(source);
    } catch (e) {
      const place = (e as { line?: number; column?: number });
      problems.push({ file, line: place.line, column: place.column, message: `the MDX cannot be read: ${(e as Error).message}`, fix: 'close every tag you open (<Step …> … </Step>) and write self-closing components as <Num id="…"/>', severity: 'error' });
      continue;
    }
    const own = checkArticle(structures[locale.tag]!, file, data);
    if (own.some((p) => p.severity === 'error')) withErrors.add(locale.tag);
    problems.push(...own);
    const localeFile = `content/locales/${locale.tag}.json`;
    const json = readJson(localeFile, root, problems);
    const parsed = localeResourcesSchema.safeParse(json.data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => ({
        file: localeFile,
        line: lineOf(json, issue.path),
        message: `"${issue.path.join('.')}": ${issue.message}`,
        fix: 'write every string as "key": "text", text in straight double quotes; nothing nested',
        severity: 'error' as const,
      })));
    } else {
      strings[locale.tag] = parsed.data;
      problems.push(...checkLengths(parsed.data, limits, localeFile, locale.status === 'published' ? 'error' : 'warning', (key) => lineOf(json, [key])));
    }
  }
  problems.push(...checkPlaces(Object.fromEntries(Object.entries(MANIFESTS).map(([name, m]) => [name, m.places])), data.places, strings[DEFAULT_LOCALE]));
  problems.push(...checkNamedEvents(Object.fromEntries(Object.entries(MANIFESTS).map(([name, m]) => [name, m.events ?? []])), data.nordstreamEvents));
  problems.push(...checkSourceBodies(data.sources, strings[DEFAULT_LOCALE], fs.readFileSync(path.join(root, 'content/data/sources.json'), 'utf8')));
  for (const locale of locales.filter((l) => structures[l.tag] && strings[l.tag])) {
    const tr = createTranslator(locale, strings);
    problems.push(...checkStepCards(structures[locale.tag]!, `content/article/${locale.tag}.mdx`, data.figures, tr, locale.status === 'published' ? 'error' : 'warning'));
  }
  // Each article against the glossaries of the published locales (drafts are still in flux).
  const published = locales.filter((l) => l.status === 'published' && strings[l.tag]);
  for (const locale of locales.filter((l) => strings[l.tag])) {
    const others = Object.fromEntries(published.filter((l) => l.tag !== locale.tag).map((l) => [l.tag, glossaryOf(strings[l.tag]!)]));
    const uses = foreignGlossaryUses(sources[locale.tag]!, glossaryOf(strings[locale.tag]!), others);
    problems.push(...glossaryProblems(`content/article/${locale.tag}.mdx`, `content/locales/${locale.tag}.json`, uses, locale.status === 'published' ? 'error' : 'warning'));
  }
  if (strings[DEFAULT_LOCALE]) {
    problems.push(...checkDataStrings(data, strings[DEFAULT_LOCALE]));
    problems.push(...checkGraphicStrings(data.graphics, strings[DEFAULT_LOCALE]));
    if (fs.existsSync(descriptions)) problems.push(...checkDescriptions(strings[DEFAULT_LOCALE], JSON.parse(fs.readFileSync(descriptions, 'utf8')) as Record<string, string>));
  }
  problems.push(...checkIntegrity({ data, locales, structures, strings, articles: sources }));
  const reference = structures[DEFAULT_LOCALE];
  for (const locale of locales.filter((l) => l.tag !== DEFAULT_LOCALE)) {
    const severity = locale.status === 'published' ? 'error' : 'warning';
    const mine = structures[locale.tag];
    // An article with errors of its own is compared once they are fixed: a difference in steps
    // that are already reported as wrong would tell the editor the same thing twice.
    if (mine && reference && !withErrors.has(locale.tag) && !withErrors.has(DEFAULT_LOCALE)) problems.push(...checkParity(mine, reference, `content/article/${locale.tag}.mdx`, `content/article/${DEFAULT_LOCALE}.mdx`, severity));
    const own = strings[locale.tag];
    const base = strings[DEFAULT_LOCALE];
    if (!own || !base) continue;
    const { missing, extra } = compareStrings(own, base, locale.lang);
    if (missing.length) problems.push({
      file: `content/locales/${locale.tag}.json`,
      message: `${missing.length} string${missing.length === 1 ? '' : 's'} missing: ${missing.join(', ')}`,
      fix: `add ${missing.length === 1 ? 'it' : 'them'} (content/locales/_descriptions.json says where each appears)${severity === 'warning' ? '; until then the draft shows the default locale\'s text' : ', or set status: draft in the article\'s frontmatter to publish with fallbacks'}`,
      severity,
    });
    problems.push(...untranslatedProblems(locale.tag, own, base, sources[locale.tag], sources[DEFAULT_LOCALE], severity));
    if (locale.status === 'draft') problems.push(...chromeProblems(locale.tag, own, base, sources[locale.tag]));
    if (extra.length) problems.push({
      file: `content/locales/${locale.tag}.json`,
      message: `${extra.length} string${extra.length === 1 ? '' : 's'} not in content/locales/${DEFAULT_LOCALE}.json: ${extra.join(', ')}`,
      fix: 'remove them, or correct the key if it is misspelt',
      severity: 'warning',
    });
  }
  return { locales, data, structures, problems };
}

/** A draft's page frame still in the default locale (src/i18n/chrome.ts): the one thing a draft must translate to build. */
function chromeProblems(tag: string, own: Record<string, string>, base: Record<string, string>, article: string | undefined): Problem[] {
  const keys = untranslatedChrome(own, base, article ? ((readFrontmatter(article).sameAsDefault ?? []) as string[]) : []);
  if (!keys.length) return [];
  return [{
    file: `content/locales/${tag}.json`,
    message: `a draft builds once the page's frame is translated, and ${keys.length === 1 ? 'this string is' : `these ${keys.length} strings are`} not: ${keys.join(', ')} (screen readers would read the ${DEFAULT_LOCALE} text in this page's language)`,
    fix: `translate ${keys.length === 1 ? 'it' : 'them'} in content/locales/${tag}.json (content/locales/_descriptions.json says where each appears); a word that is the same in your language goes under sameAsDefault: in the frontmatter of content/article/${tag}.mdx`,
    severity: 'error',
  }];
}

/** A locale's strings and paragraphs that are still the default locale's text (src/i18n/untranslated.ts). */
function untranslatedProblems(tag: string, own: Record<string, string>, base: Record<string, string>, article: string | undefined, reference: string | undefined, severity: Problem['severity']): Problem[] {
  const problems: Problem[] = [];
  const allowed = article ? ((readFrontmatter(article).sameAsDefault ?? []) as string[]) : [];
  const keys = untranslatedStrings(own, base, allowed);
  if (keys.length) problems.push({
    file: `content/locales/${tag}.json`,
    message: `${keys.length} string${keys.length === 1 ? ' is' : 's are'} the ${DEFAULT_LOCALE} text, untranslated: ${keys.join(', ')}`,
    fix: `translate ${keys.length === 1 ? 'it' : 'them'}; a name or unit that is the same in your language goes under sameAsDefault: in the frontmatter of content/article/${tag}.mdx`,
    severity,
  });
  for (const paragraph of article && reference ? untranslatedParagraphs(article, reference) : []) problems.push({
    file: `content/article/${tag}.mdx`,
    line: paragraph.line,
    message: `this paragraph is the ${DEFAULT_LOCALE} text, untranslated: "${paragraph.text.slice(0, 60)}${paragraph.text.length > 60 ? '…' : ''}"`,
    fix: `translate it${severity === 'error' ? ', or set status: draft until it is' : ''}`,
    severity,
  });
  return problems;
}
