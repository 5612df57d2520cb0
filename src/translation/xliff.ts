/**
 * The XLIFF 2.0 round trip for CAT tools (Trados, memoQ, Phrase, OmegaT, Weblate, Crowdin).
 * `exportXliff` writes one unit per string, article segment and quotation translation (units.ts)
 * with the default locale's source, the locale's text as target, the string's description as a
 * note, and inline markup as protected codes (`<ph>`/`<pc>` whose markup stays in
 * `<originalData>`, outside the translatable text). `importXliff` reads a file back with a strict
 * XML parser and writes the targets into the locale's two files, refusing a unit whose codes were
 * lost, doubled or changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import sax from 'sax';
import { assemble, segmentsOf, type Inline, type Segment } from './segments';
import { isQuotation, localeUnits, quotesOf, quoteTranslation, unitSourceText, type LocaleUnits, type Unit, type UnitFile } from './units';
import { readSources, recordFor, writeSources } from './sources';
import { esc } from '../charts/shared/markup';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';

// an attribute keeps its line breaks only as a character reference
const escapeAttr = (t: string) => esc(t).replace(/\n/g, '&#10;');

/** The codes' markup shown to the translator: a quotation's translation is a unit of its own, not code. */
function shownCode(code: string): string {
  return code.startsWith('<Quote') ? code.replace(/\s+translation="[^"]*"/, '') : code;
}

function inlineXml(content: Inline[], data: Map<string, string>): string {
  const ref = (code: string) => {
    const shown = shownCode(code);
    if (!data.has(shown)) data.set(shown, `d${data.size + 1}`);
    return data.get(shown)!;
  };
  return content
    .map((c) => {
      if (typeof c === 'string') return esc(c);
      if (c.kind === 'ph') return `<ph id="${c.id}" dataRef="${ref(c.code)}" canCopy="no" canDelete="no"/>`;
      return `<pc id="${c.id}" dataRefStart="${ref(c.start)}" dataRefEnd="${ref(c.end)}" canCopy="no" canDelete="no">${inlineXml(c.children, data)}</pc>`;
    })
    .join('');
}

function unitXml(unit: Unit): string {
  const data = new Map<string, string>();
  const source = inlineXml(unit.source, data);
  const target = inlineXml(unit.target, data);
  const notes = [...unit.notes.map((n) => ['description', n]), ...(unit.stale ? [['stale', `The source changed since this was translated. It was: ${unit.stale.source}`]] : [])];
  const state = unit.target.length && !unit.stale ? 'translated' : 'initial';
  return [
    `    <unit id="${escapeAttr(unit.id)}">`,
    notes.length ? `      <notes>\n${notes.map(([c, n]) => `        <note category="${c}">${esc(n!)}</note>`).join('\n')}\n      </notes>` : '',
    data.size ? `      <originalData>\n${[...data].map(([code, id]) => `        <data id="${id}">${esc(code)}</data>`).join('\n')}\n      </originalData>` : '',
    `      <segment state="${state}">`,
    `        <source xml:space="preserve">${source}</source>`,
    `        <target xml:space="preserve">${target}</target>`,
    '      </segment>',
    '    </unit>',
  ].filter(Boolean).join('\n');
}

export function exportXliff(root: string, tag: string): { xml: string; units: number; stale: number; untranslated: number } {
  const lu = localeUnits(root, tag);
  const file = (id: UnitFile) => [
    `  <file id="${id}" original="${lu.files[id]}">`,
    ...lu.units.filter((u) => u.file === id).map(unitXml),
    '  </file>',
  ];
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${NS}" version="2.0" srcLang="${lu.defaultLang}" trgLang="${lu.locale.lang}">`,
    ...file('strings'),
    ...file('article'),
    '</xliff>',
    '',
  ].join('\n');
  return { xml, units: lu.units.length, stale: lu.units.filter((u) => u.stale).length, untranslated: lu.units.filter((u) => !u.target.length).length };
}

/** Inline content as read from a file: codes by id only (the markup comes from the project, never from the file). */
export type ReadInline = string | { kind: 'ph'; id: string } | { kind: 'pc'; id: string; children: ReadInline[] };

export interface ReadUnit {
  file: string;
  original: string;
  id: string;
  state: string;
  target: ReadInline[] | null;
}

export interface ParsedXliff {
  version: string;
  trgLang: string;
  units: ReadUnit[];
}

/** Reads an XLIFF 2.0 file with a strict XML parser; throws with the line on malformed XML. */
export function parseXliff(xml: string): ParsedXliff {
  const parser = sax.parser(true, { xmlns: false, position: true });
  const result: ParsedXliff = { version: '', trgLang: '', units: [] };
  let file = { id: '', original: '' };
  let unit: ReadUnit | undefined;
  let state = '';
  /** the open inline containers of a <target>; empty outside one */
  const stack: ReadInline[][] = [];
  const problems: string[] = [];
  parser.onerror = (e) => {
    throw new Error(`the file is not well-formed XML: ${e.message.split('\n')[0]} (line ${parser.line + 1})`);
  };
  parser.onopentag = (node) => {
    const attr = (name: string) => String(node.attributes[name] ?? '');
    // inside a target every element opens one frame, and its end closes it
    if (stack.length) {
      const list = stack.at(-1)!;
      if (node.name === 'ph') {
        list.push({ kind: 'ph', id: attr('id') });
        stack.push([]);
      } else if (node.name === 'pc') {
        const children: ReadInline[] = [];
        list.push({ kind: 'pc', id: attr('id'), children });
        stack.push(children);
      } else if (node.name === 'mrk') stack.push(list);
      else {
        problems.push(`unit ${unit?.id}: <${node.name}> in the target: this project reads <ph/> and <pc> codes only (a CAT tool that splits a pair into <sc/>…<ec/> should keep pairs)`);
        stack.push([]);
      }
      return;
    }
    if (node.name === 'xliff') {
      result.version = attr('version');
      result.trgLang = attr('trgLang');
    } else if (node.name === 'file') file = { id: attr('id'), original: attr('original') };
    else if (node.name === 'unit') unit = { file: file.id, original: file.original, id: attr('id'), state: '', target: null };
    else if (node.name === 'segment') state = attr('state');
    else if (node.name === 'target' && unit) {
      unit.target = [];
      unit.state = state;
      stack.push(unit.target);
    }
  };
  parser.ontext = (text) => {
    if (!stack.length) return;
    const list = stack.at(-1)!;
    if (typeof list.at(-1) === 'string') list[list.length - 1] = `${list.at(-1) as string}${text}`;
    else list.push(text);
  };
  parser.oncdata = parser.ontext;
  parser.onclosetag = (name) => {
    if (stack.length) stack.pop();
    if (name === 'unit' && unit) {
      result.units.push(unit);
      unit = undefined;
    }
  };
  parser.write(xml).close();
  if (result.version !== '2.0') throw new Error(`this is XLIFF ${result.version || '(no version)'}: npm run i18n:import reads the XLIFF 2.0 that npm run i18n:export writes`);
  if (problems.length) throw new Error(problems.join('\n'));
  return result;
}

export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}

interface CodeOf {
  kind: 'ph' | 'pc';
  markup: string;
  end?: string;
}

function codesOf(content: Inline[], out = new Map<string, CodeOf>()): Map<string, CodeOf> {
  for (const c of content) {
    if (typeof c === 'string') continue;
    if (c.kind === 'ph') out.set(c.id, { kind: 'ph', markup: c.code });
    else {
      out.set(c.id, { kind: 'pc', markup: c.start, end: c.end });
      codesOf(c.children, out);
    }
  }
  return out;
}

function readCodes(content: ReadInline[], out: { id: string; kind: 'ph' | 'pc' }[] = []): { id: string; kind: 'ph' | 'pc' }[] {
  for (const c of content) {
    if (typeof c === 'string') continue;
    out.push({ id: c.id, kind: c.kind });
    if (c.kind === 'pc') readCodes(c.children, out);
  }
  return out;
}

function readText(content: ReadInline[]): string {
  return content.map((c) => (typeof c === 'string' ? c : c.kind === 'pc' ? readText(c.children) : '')).join('');
}

/** What is wrong with a target's codes against the source's, as fixes a translator can follow. */
function codeProblems(where: string, source: Map<string, CodeOf>, target: ReadInline[]): string[] {
  const problems: string[] = [];
  const found = readCodes(target);
  for (const [id, code] of source) {
    const uses = found.filter((f) => f.id === id);
    const shown = shownCode(code.markup);
    if (!uses.length) problems.push(`${where}: the placeholder ${id} (${shown}) is missing from the translation. Fix: insert it from the source where it belongs in your sentence (in a CAT tool: copy the tag from the source)`);
    else if (uses.length > 1) problems.push(`${where}: the placeholder ${id} (${shown}) is in the translation ${uses.length} times. Fix: keep it once; write any repetition in words`);
    else if (uses[0]!.kind !== code.kind) problems.push(`${where}: the placeholder ${id} (${shown}) was changed from ${code.kind === 'pc' ? 'a pair around text' : 'a single tag'} to ${code.kind === 'pc' ? 'a single tag' : 'a pair'}. Fix: copy the source's tags into the translation as they are`);
  }
  for (const f of found) if (!source.has(f.id)) problems.push(`${where}: the placeholder ${f.id} is not in the source. Fix: remove it, or restore the source's tag it was changed from`);
  return problems;
}

const STRINGS_FILE = /^content\/locales\/([^/]+)\.json$/;
const ARTICLE_FILE = /^content\/article\/([^/]+)\.mdx$/;

/**
 * Writes the targets of an XLIFF file into its locale's strings and article. An empty target
 * leaves the text as it is; a unit marked translated (or reviewed, final) records its source as
 * the one it was translated from. Returns the files written; throws ImportError listing every
 * unit that cannot be written, and writes nothing then.
 */
export function importXliff(root: string, xml: string): { tag: string; written: string[]; units: number } {
  const parsed = parseXliff(xml);
  const tags = new Set(parsed.units.map((u) => (STRINGS_FILE.exec(u.original) ?? ARTICLE_FILE.exec(u.original))?.[1] ?? ''));
  if (tags.size !== 1 || tags.has('')) throw new ImportError([`the file's <file original="…"> should name content/locales/<tag>.json and content/article/<tag>.mdx of one locale; it names ${[...new Set(parsed.units.map((u) => u.original))].join(', ') || 'nothing'}. Fix: import the file npm run i18n:export wrote, translated`]);
  const tag = [...tags][0]!;
  const lu = localeUnits(root, tag);
  const byId = new Map(lu.units.map((u) => [`${u.file}#${u.id}`, u]));
  const problems: string[] = [];
  const strings = { ...lu.strings };
  const newContent = new Map<string, Inline[]>();
  const quoteTexts = new Map<string, string>();
  const sources = readSources(root, tag);
  let count = 0;
  for (const read of parsed.units) {
    const fileKind: UnitFile = STRINGS_FILE.test(read.original) ? 'strings' : 'article';
    const where = `unit ${read.id} (${lu.files[fileKind]})`;
    const unit = byId.get(`${fileKind}#${read.id}`);
    if (!unit) {
      problems.push(`${where}: there is no such ${fileKind === 'strings' ? 'string' : 'segment'} in the default locale any more. Fix: export again (npm run i18n:export -- ${tag}) and carry the translation over`);
      continue;
    }
    if (!read.target || !readText(read.target).trim() && !readCodes(read.target).length) continue;
    const sourceCodes = codesOf(unit.source);
    const before = problems.length;
    problems.push(...codeProblems(where, sourceCodes, read.target));
    const text = readText(read.target);
    if (fileKind === 'article' && /[<>{}]/.test(text)) problems.push(`${where}: the translation has < > { or } as text, which MDX would read as markup. Fix: use the source's tags for markup, and write other brackets out (‹ › or ( ))`);
    if (fileKind === 'strings' && /\{\{|\$t\(/.test(text)) problems.push(`${where}: the translation has {{…}} or $t(…) typed as text. Fix: use the source's placeholders (tags) for values and names; a typed one is not checked against the source`);
    if (fileKind === 'article' && /\n\s*\n/.test(text)) problems.push(`${where}: the translation has an empty line, which would split the paragraph. Fix: keep one paragraph per unit`);
    if (fileKind === 'article' && unit.id.endsWith('.translation') && /"/.test(text)) problems.push(`${where}: the translation has a straight double quote ("), which would end the attribute it is kept in. Fix: use your language's quotation marks`);
    const isQuoteUnit = unit.id.endsWith('.translation') && !segmentsOf(lu.parts).has(unit.id);
    const ownSegment = segmentsOf(lu.parts).get(isQuoteUnit ? unit.id.replace(/\.[^.]+\.translation$/, '') : unit.id);
    if (fileKind === 'article' && !ownSegment) {
      problems.push(`${where}: content/article/${tag}.mdx has no such ${unit.id.startsWith('meta.correction.') ? 'correction (by its date)' : 'paragraph'}, so the translation has nowhere to go. Fix: ${unit.id.startsWith('meta.correction.') ? 'add the correction with its date to the frontmatter (EDITING.md), then import again' : `give the article the default locale's paragraphs and blocks in the same order (npm run i18n:status lists the differences), then import again`}`);
    }
    if (problems.length > before) continue;
    count++;
    const ownCodes = fileKind === 'article' ? codesOf(segmentsOf(lu.parts).get(unit.id)?.content ?? []) : new Map<string, CodeOf>();
    const content = rebuild(read.target, ownCodes, sourceCodes, lu);
    if (fileKind === 'strings') strings[unit.id] = content.map((c) => (typeof c === 'string' ? c : c.kind === 'ph' ? c.code : '')).join('');
    else if (isQuoteUnit) quoteTexts.set(unit.id, text);
    else newContent.set(unit.id, content);
    if (['translated', 'reviewed', 'final'].includes(read.state)) sources[fileKind][unit.id] = recordFor(unitSourceText(unit));
  }
  if (problems.length) throw new ImportError(problems);

  const written: string[] = [];
  const write = (file: string, text: string) => {
    const full = path.join(root, file);
    if (fs.readFileSync(full, 'utf8') === text) return;
    fs.writeFileSync(full, text);
    written.push(file);
  };
  const parts = lu.parts.map((p) => (typeof p === 'string' ? p : withQuotes({ ...p, content: newContent.get(p.id) ?? p.content }, quoteTexts)));
  write(lu.files.article, assemble(parts));
  const stringsText = `${JSON.stringify(strings, null, 2)}\n`;
  if (Object.keys(strings).some((k) => strings[k] !== lu.strings[k])) write(lu.files.strings, stringsText);
  if (writeSources(root, tag, orderedLike(sources, lu.units))) written.push(path.relative(root, path.join(root, 'content/locales/_sources', `${tag}.json`)));
  return { tag, written, units: count };
}

/** A target's content with each code's markup from the locale's own text, or else from the source. */
function rebuild(target: ReadInline[], own: Map<string, CodeOf>, source: Map<string, CodeOf>, lu: LocaleUnits): Inline[] {
  return target.map((c): Inline => {
    if (typeof c === 'string') return c;
    const code = localised(own.get(c.id) ?? source.get(c.id)!, lu);
    if (c.kind === 'ph') return { kind: 'ph', id: c.id, code: code.markup };
    return { kind: 'pc', id: c.id, start: code.markup, end: code.end ?? '', children: rebuild(c.children, own, source, lu) };
  });
}

/**
 * A source code as the locale writes it: words we have only in translation (`<Quote said="ru"
 * lang="de">`) are in the locale's language once translated.
 */
function localised(code: CodeOf, lu: LocaleUnits): CodeOf {
  const lang = /\slang="([^"]*)"/.exec(code.markup)?.[1];
  if (!code.markup.startsWith('<Quote') || isQuotation(code.markup) || !lang || !sameLanguage(lang, lu.defaultLang) || sameLanguage(lang, lu.locale.lang)) return code;
  return { ...code, markup: code.markup.replace(/(\slang=")[^"]*"/, `$1${lu.locale.lang}"`) };
}

function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}

/** A segment with its quotations' translations set from their units. */
function withQuotes(segment: Segment, translations: Map<string, string>): Segment {
  const quotes = quotesOf(segment.content);
  for (const quote of quotes) {
    const translation = translations.get(`${segment.id}.${quote.id}.translation`);
    if (translation === undefined || translation === quoteTranslation(quote.start)) continue;
    quote.start = /\stranslation="/.test(quote.start)
      ? quote.start.replace(/(\stranslation=")[^"]*"/, `$1${translation}"`)
      : quote.start.replace(/>$/, ` translation="${translation}">`);
  }
  return segment;
}

/** The sources file in the order of the units, so that a record changes one line and a merge stays small. */
function orderedLike(sources: ReturnType<typeof readSources>, units: Unit[]): ReturnType<typeof readSources> {
  const order = (file: UnitFile) => {
    const ids = units.filter((u) => u.file === file).map((u) => u.id);
    const known = Object.keys(sources[file]).filter((id) => !ids.includes(id));
    return Object.fromEntries([...ids, ...known].filter((id) => sources[file][id]).map((id) => [id, sources[file][id]!]));
  };
  return { strings: order('strings'), article: order('article') };
}

/** Records every translated unit of a locale as translated from the default locale as it is now. */
export function recordCurrentSources(root: string, tag: string): boolean {
  const lu = localeUnits(root, tag);
  const sources = readSources(root, tag);
  for (const unit of lu.units) if (unit.target.length) sources[unit.file][unit.id] = recordFor(unitSourceText(unit));
  return writeSources(root, tag, orderedLike(sources, lu.units));
}

export function exportPath(root: string, tag: string): string {
  return path.join(root, 'translations', `${tag}.xlf`);
}
