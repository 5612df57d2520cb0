/**
 * The repository's documents read on their own: every relative link in README.md, EDITING.md,
 * TRANSLATING.md, ARCHITECTURE.md and the READMEs under src/ leads to a file or folder of the
 * repository, every #anchor to a heading of the file it names, and no document points outside
 * the repository (a clone has nothing there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve('.');

function readmesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return readmesUnder(relative);
    return entry.name === 'README.md' ? [relative] : [];
  });
}

const documents = ['README.md', 'EDITING.md', 'TRANSLATING.md', 'ARCHITECTURE.md', ...readmesUnder('src')];

/** The lines of a Markdown file with fenced code blanked out, so that line numbers stay true. */
function proseLines(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

const withoutCodeSpans = (line: string) => line.replace(/`[^`]*`/g, 'code');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(fs.readFileSync(file, 'utf8'))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (!heading) continue;
    const base = headingAnchor(heading);
    const count = seen.get(base) ?? 0;
    anchors.add(count ? `${base}-${count}` : base);
    seen.set(base, count + 1);
  }
  return anchors;
}

export interface BrokenLink {
  where: string;
  target: string;
  why: string;
}

/** Every relative link of a document that does not resolve, with its line and the reason. */
export function brokenLinks(document: string): BrokenLink[] {
  const file = path.join(root, document);
  const broken: BrokenLink[] = [];
  proseLines(fs.readFileSync(file, 'utf8')).forEach((line, index) => {
    for (const match of withoutCodeSpans(line).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [pathPart = '', anchor] = target.split('#');
      const resolved = pathPart ? path.resolve(path.dirname(file), decodeURIComponent(pathPart)) : file;
      const where = `${document}:${index + 1}`;
      if (path.relative(root, resolved).startsWith('..')) broken.push({ where, target, why: 'points outside the repository' });
      else if (!fs.existsSync(resolved)) broken.push({ where, target, why: 'no such file or folder' });
      else if (anchor !== undefined && !(resolved.endsWith('.md') && anchorsOf(resolved).has(anchor))) {
        broken.push({ where, target, why: `no heading with the anchor #${anchor}` });
      }
    }
  });
  return broken;
}

/** Paths written in a document (in code spans too) that lead out of the repository. */
export function pathsOutside(document: string): BrokenLink[] {
  const file = path.join(root, document);
  const found: BrokenLink[] = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/(?:^|[\s`(])((?:\.\.\/)+[^\s`)]*)/g)) {
      const resolved = path.resolve(path.dirname(file), match[1]!);
      if (path.relative(root, resolved).startsWith('..')) found.push({ where: `${document}:${index + 1}`, target: match[1]!, why: 'points outside the repository' });
    }
  });
  return found;
}

describe('the documents', () => {
  it('include every README under src/', () => {
    expect(documents.filter((d) => d.startsWith('src'))).not.toEqual([]);
  });

  it.each(documents)('%s: every relative link and anchor resolves', (document) => {
    expect(brokenLinks(document)).toEqual([]);
  });

  it.each(documents)('%s: names no path outside the repository', (document) => {
    expect(pathsOutside(document)).toEqual([]);
  });

  it('link to the architecture from README, EDITING and TRANSLATING', () => {
    for (const document of ['README.md', 'EDITING.md', 'TRANSLATING.md']) {
      expect(fs.readFileSync(path.join(root, document), 'utf8'), document).toMatch(/\]\(ARCHITECTURE\.md(#[^)]*)?\)/);
    }
  });
});

describe('headingAnchor', () => {
  it('makes the anchors GitHub makes', () => {
    expect(headingAnchor("The build's checks")).toBe('the-builds-checks');
    expect(headingAnchor('From content/ to a page')).toBe('from-content-to-a-page');
    expect(headingAnchor('Casualty graphic (`casualties`)')).toBe('casualty-graphic-casualties');
    expect(headingAnchor('Add a language in ten minutes')).toBe('add-a-language-in-ten-minutes');
  });
});
