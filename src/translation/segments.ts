/**
 * An article cut into what a translator translates (segments) and what they must not touch (the
 * skeleton: frontmatter keys, blank lines, `<Scrolly>`/`<Step>` lines, heading marks, list marks).
 * Inside a segment, inline markup (`<Num id="…"/>`, `<Quote …>…</Quote>`, `**…**`, links, other
 * JSX) becomes codes: a CAT tool shows them as protected placeholders (xliff.ts). Putting the
 * segments back into the skeleton gives the article byte for byte (segments.test.ts).
 *
 * Segment ids come from the structure, not from lines, so that they stay when text moves:
 * `meta.title`, `meta.correction.2022-01-11` (a correction, by its date), `s2.heading` (the second `##` heading), `s2.p3` (third paragraph after it),
 * `step.toll-dead.p1` (a step's text), `s4.analysis1.p2`, `s5.later1.li3` (a list item).
 */
import { readFrontmatter } from '../i18n/registry';

/** Inline content: text, a standalone code, or a pair of codes around translatable text. */
export type Inline =
  | string
  | { kind: 'ph'; id: string; code: string }
  | { kind: 'pc'; id: string; start: string; end: string; children: Inline[] };

export interface Segment {
  id: string;
  /** 1-based line of the segment's first line in its file */
  line: number;
  content: Inline[];
  /** a frontmatter value: written back as YAML (quoted) when it changes */
  yaml?: { raw: string; text: string };
}

export type Part = string | Segment;

/** Frontmatter keys whose value a translator translates. */
export const TRANSLATABLE_FRONTMATTER = ['title', 'description', 'kicker'] as const;

const OPEN_TAG = /^<([A-Z][\w.]*)((?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*>$/;
const CLOSE_TAG = /^<\/([A-Z][\w.]*)\s*>$/;
const SELF_CLOSING = /^<[A-Z][\w.]*(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/>$/;

/** The article as skeleton text and segments, in order. */
export function segmentArticle(source: string): Part[] {
  const parts: Part[] = [];
  const lines = source.split('\n');
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    const data = readFrontmatter(source);
    parts.push('---\n');
    const corrections = Array.isArray(data.corrections) ? (data.corrections as { date?: unknown; text?: unknown }[]) : [];
    const correctionIds = corrections.map((c, k) => {
      const date = c.date instanceof Date ? c.date.toISOString().slice(0, 10) : String(c.date ?? k + 1);
      const before = corrections.slice(0, k).filter((o) => String(o.date instanceof Date ? o.date.toISOString().slice(0, 10) : o.date) === date).length;
      return `meta.correction.${date}${before ? `-${before + 1}` : ''}`;
    });
    let inCorrections = false;
    let item = -1;
    for (i = 1; i < end; i++) {
      const line = lines[i]!;
      const field = /^([\w-]+): (.*)$/.exec(line);
      const key = field?.[1];
      if (/^\S/.test(line)) inCorrections = key === 'corrections' || line === 'corrections:';
      else if (inCorrections && /^\s*-\s/.test(line)) item++;
      // a correction's text: `    text: …` or `  - text: …`
      const correction = inCorrections ? /^(\s*(?:-\s+)?text: )(.*)$/.exec(line) : null;
      if (field && (TRANSLATABLE_FRONTMATTER as readonly string[]).includes(key!) && typeof data[key!] === 'string') {
        const text = data[key!] as string;
        parts.push(`${key}: `, { id: `meta.${key}`, line: i + 1, content: [text], yaml: { raw: field[2]!, text } }, '\n');
      } else if (correction && typeof corrections[item]?.text === 'string') {
        const text = corrections[item]!.text as string;
        parts.push(correction[1]!, { id: correctionIds[item]!, line: i + 1, content: [text], yaml: { raw: correction[2]!, text } }, '\n');
      } else parts.push(`${line}\n`);
    }
    parts.push(end === lines.length - 1 ? '---' : '---\n');
    i = end + 1;
  }
  const context: { name: string; id: string }[] = [];
  const counters = new Map<string, number>();
  const next = (scope: string) => {
    const n = (counters.get(scope) ?? 0) + 1;
    counters.set(scope, n);
    return n;
  };
  let section = 0;
  const scope = () => {
    const step = [...context].reverse().find((c) => c.name === 'Step');
    if (step) return `step.${step.id}`;
    const inner = context.filter((c) => c.name !== 'Scrolly').map((c) => c.id);
    return [`s${section}`, ...inner].join('.');
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const newline = i < lines.length - 1 ? '\n' : '';
    const trimmed = line.trim();
    if (trimmed === '') {
      parts.push(line + newline);
      continue;
    }
    const open = OPEN_TAG.exec(trimmed);
    const close = CLOSE_TAG.exec(trimmed);
    if (open || close || SELF_CLOSING.test(trimmed)) {
      if (open) {
        const name = open[1]!;
        const stepId = /\sid="([^"]+)"/.exec(open[2]!)?.[1];
        context.push({ name, id: name === 'Step' && stepId ? stepId : `${name.toLowerCase()}${next(`${scope()}/${name}`)}` });
      } else if (close) {
        const at = context.map((c) => c.name).lastIndexOf(close[1]!);
        if (at >= 0) context.splice(at);
      }
      parts.push(line + newline);
      continue;
    }
    const heading = /^(#{1,6} +)(.*)$/.exec(line);
    if (heading) {
      section++;
      counters.clear();
      parts.push(heading[1]!, { id: `s${section}.heading`, line: i + 1, content: inlineOf(heading[2]!) }, newline);
      continue;
    }
    const item = /^(\s*(?:[-*+]|\d+[.)]) +)(.*)$/.exec(line);
    if (item) {
      const at = scope();
      parts.push(item[1]!, { id: `${at}.li${next(`${at}/li`)}`, line: i + 1, content: inlineOf(item[2]!) }, newline);
      continue;
    }
    // a paragraph: this line and the following ones up to a blank line
    let end = i;
    while (end + 1 < lines.length && lines[end + 1]!.trim() !== '' && !OPEN_TAG.test(lines[end + 1]!.trim()) && !CLOSE_TAG.test(lines[end + 1]!.trim())) end++;
    const at = scope();
    parts.push({ id: `${at}.p${next(`${at}/p`)}`, line: i + 1, content: inlineOf(lines.slice(i, end + 1).join('\n')) }, end < lines.length - 1 ? '\n' : '');
    i = end;
  }
  return parts;
}

/** The segments of an article, by id. */
export function segmentsOf(parts: Part[]): Map<string, Segment> {
  return new Map(parts.filter((p): p is Segment => typeof p !== 'string').map((s) => [s.id, s]));
}

/** The markup of inline content, as it stands in the article. */
export function renderInline(content: Inline[]): string {
  return content.map((c) => (typeof c === 'string' ? c : c.kind === 'ph' ? c.code : `${c.start}${renderInline(c.children)}${c.end}`)).join('');
}

function renderSegment(segment: Segment): string {
  if (!segment.yaml) return renderInline(segment.content);
  const text = renderInline(segment.content);
  return text === segment.yaml.text ? segment.yaml.raw : JSON.stringify(text);
}

/** The article again from its parts. */
export function assemble(parts: Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : renderSegment(p))).join('');
}

/** The text of a segment with its codes as they stand in the article (what the source hash covers). */
export function segmentText(segment: Segment): string {
  return renderInline(segment.content);
}

const TOKEN = /<\/?[A-Za-z][\w.]*(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>|\*\*|\[|\]\([^)\s]*(?:\s+"[^"]*")?\)|`[^`\n]+`|\{[^{}\n]*\}/g;

interface Open {
  start: string;
  name: string;
  children: Inline[];
}

/**
 * Inline markup as codes. Ids name what a code is (`num-kz-dead`, `quote1`, `b1`, `link1`), so that
 * a translation that moves a figure or a quotation keeps it matched to the source's.
 */
export function inlineOf(text: string): Inline[] {
  const root: Inline[] = [];
  const stack: Open[] = [];
  const seen = new Map<string, number>();
  const idFor = (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    if (base.startsWith('num-')) return n === 1 ? base : `${base}-${n}`;
    return `${base}${n}`;
  };
  const children = () => stack.at(-1)?.children ?? root;
  const pushText = (t: string) => {
    if (!t) return;
    const list = children();
    if (typeof list.at(-1) === 'string') list[list.length - 1] = `${list.at(-1) as string}${t}`;
    else list.push(t);
  };
  const openIndex = (name: string) => stack.map((o) => o.name).lastIndexOf(name);
  /** An opening without its end: its markup becomes a standalone code, its content stays. */
  const unwind = (from: number) => {
    while (stack.length > from) {
      const open = stack.pop()!;
      const list = children();
      list.push({ kind: 'ph', id: idFor(codeBase(open.name, open.start)), code: open.start });
      for (const c of open.children) typeof c === 'string' ? pushText(c) : list.push(c);
    }
  };
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const token = match[0];
    if (token === '**') {
      const at = openIndex('**');
      if (at >= 0) close(at, token);
      else stack.push({ start: token, name: '**', children: [] });
    } else if (token === '[') {
      stack.push({ start: token, name: '[', children: [] });
    } else if (token.startsWith('](')) {
      const at = openIndex('[');
      if (at >= 0) close(at, token);
      else pushCode(token);
    } else if (token.startsWith('</')) {
      const at = openIndex(token.slice(2, -1).trim());
      if (at >= 0) close(at, token);
      else pushCode(token);
    } else if (token.startsWith('<') && !token.endsWith('/>')) {
      stack.push({ start: token, name: /^<([\w.]+)/.exec(token)![1]!, children: [] });
    } else pushCode(token);
  }
  pushText(text.slice(last));
  unwind(0);
  return root;

  function pushCode(code: string) {
    children().push({ kind: 'ph', id: idFor(codeBase('', code)), code });
  }
  function close(at: number, end: string) {
    unwind(at + 1);
    const open = stack.pop()!;
    children().push({ kind: 'pc', id: idFor(codeBase(open.name, open.start)), start: open.start, end, children: open.children });
  }
}

/** The base of a code's id: what it is, and for a figure which one. */
function codeBase(name: string, code: string): string {
  const num = /^<Num\s[^>]*\bid="([^"]+)"/.exec(code);
  if (num) return `num-${num[1]!.replace(/[^\w.-]/g, '_')}`;
  if (name === '**') return 'b';
  if (name === '[') return 'link';
  const tag = /^<\/?([A-Za-z][\w.]*)/.exec(code);
  if (tag) return tag[1]!.toLowerCase().replace(/[^\w-]/g, '_');
  if (code.startsWith('`')) return 'code';
  if (code.startsWith('{')) return 'expr';
  return 'x';
}
