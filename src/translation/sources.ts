/**
 * Staleness by segment. For each translated string and article segment, a locale's sources file
 * (content/locales/_sources/<tag>.json, committed) keeps the hash and the text of the default
 * locale's source it was translated from. When the default locale's text changes, the hash no
 * longer matches: the segment is stale, and the kept text gives the word diff of the change. The
 * record travels with the repository, so it works in shallow clones and copies without history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sourceHash } from './status';

export interface SourceRecord {
  hash: string;
  /** the default locale's text the translation was made from */
  source: string;
}

export interface SourcesFile {
  strings: Record<string, SourceRecord>;
  article: Record<string, SourceRecord>;
}

export function sourcesPath(root: string, tag: string): string {
  return path.join(root, 'content/locales/_sources', `${tag}.json`);
}

export function readSources(root: string, tag: string): SourcesFile {
  const file = sourcesPath(root, tag);
  if (!fs.existsSync(file)) return { strings: {}, article: {} };
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SourcesFile>;
  return { strings: data.strings ?? {}, article: data.article ?? {} };
}

/** Writes the sources file when its content changed (an unchanged record leaves the file as it is). */
export function writeSources(root: string, tag: string, sources: SourcesFile): boolean {
  const file = sourcesPath(root, tag);
  const text = `${JSON.stringify(sources, null, 2)}\n`;
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return true;
}

export function recordFor(source: string): SourceRecord {
  return { hash: sourceHash(source), source };
}

/** The record of a translated unit when its source has changed since, else undefined. */
export function staleEntry(record: SourceRecord | undefined, currentSource: string): SourceRecord | undefined {
  return record && record.hash !== sourceHash(currentSource) ? record : undefined;
}

/** A word diff of two texts, as git prints one: [-removed-]{+added+}, with `context` words around each change. */
export function wordDiff(before: string, after: string, context = 6): string {
  const a = before.split(/(\s+)/);
  const b = after.split(/(\s+)/);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: { text: string; changed: boolean }[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ text: `[-${removed}-]`, changed: true });
    if (added) out.push({ text: `{+${added}+}`, changed: true });
    removed = added = '';
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      out.push({ text: a[i]!, changed: false });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added += b[j++]!;
    else removed += a[i++]!;
  }
  flush();
  // tokens alternate words and spaces: keep 2 * context tokens on each side of a change
  const near = out.map((_, k) => out.slice(Math.max(0, k - 2 * context), k + 2 * context + 1).some((t) => t.changed));
  return out.map((t, k) => (near[k] ? t.text : near[k - 1] || near[k + 1] ? ' … ' : '')).join('').replace(/\s*…\s*/g, ' … ').trim();
}
