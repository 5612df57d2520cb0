/**
 * The build's checks against hostile and mistaken input, one rule each, on small inputs: the
 * end-to-end suite (e2e/hostile.spec.ts) tries the same inputs through a real build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { structureOfSource } from './article-structure';
import { checkArticle, checkContent, checkDescriptions, checkGraphicStrings, type ContentData } from './checks';
import { lineOf, parseJsonFile, isProblem } from './json-file';
import { checkLengths, lengthLimits } from './lengths';
import { figureSchema, sourceSchema, articleFrontmatterSchema } from '../site-content/schemas';
import { langMismatch, scanLocales } from '../i18n/registry';
import { figuresOutOfRange } from '../charts/manifest';

const data: ContentData = {
  figures: { 'kz-dead': { value: 164, qualifier: 'exact', unit: 'people', asOf: '2022-01-09', source: 'ap' } },
  sources: {},
  graphics: {},
  places: {},
  pipelines: {},
  positions: {},
  nordstreamEvents: {},
};
const articleProblems = (mdx: string) => checkArticle(structureOfSource(mdx), 'content/article/en.mdx', data).map((p) => p.message);

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function projectCopy(change: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'input-checks-'));
  copies.push(dir);
  fs.cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
  change(dir);
  return dir;
}

describe('JSON that does not parse', () => {
  it('is one problem at the comma after the last entry, and stops every other check', () => {
    const dir = projectCopy((d) => {
      const file = path.join(d, 'content/data/figures.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\}\s*\}\s*$/, '},\n}\n'));
    });
    const { problems } = checkContent(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/data/figures.json', message: 'this is not valid JSON: a comma after the last entry' });
    const lines = fs.readFileSync(path.join(dir, 'content/data/figures.json'), 'utf8').split('\n');
    expect(lines[problems[0]!.line! - 1]).toMatch(/\},$/);
  });

  it('names a missing comma between entries', () => {
    const parsed = parseJsonFile('f.json', '{\n  "a": 1\n  "b": 2\n}');
    expect(isProblem(parsed) && parsed.message).toBe('this is not valid JSON: a comma is missing between two entries');
  });

  it('points a field error at the line of the field, not of its entry', () => {
    const parsed = parseJsonFile('f.json', '{\n  "kz-dead": {\n    "value": 1,\n    "asOf": "x"\n  }\n}');
    expect(!isProblem(parsed) && lineOf(parsed, ['kz-dead', 'asOf'])).toBe(4);
    expect(!isProblem(parsed) && lineOf(parsed, ['kz-dead', 'source'])).toBe(2);
  });
});

describe('ids, addresses, values and dates', () => {
  it('refuses an entry id that is not lower-case letters, digits and hyphens', () => {
    const dir = projectCopy((d) => {
      const file = path.join(d, 'content/data/sources.json');
      const sources = JSON.parse(fs.readFileSync(file, 'utf8'));
      sources['x"><script>'] = Object.values(sources)[0];
      fs.writeFileSync(file, JSON.stringify(sources, null, 2));
    });
    const messages = checkContent(dir).problems.map((p) => p.message);
    expect(messages).toEqual(['the id "x"><script>" may hold only lower-case letters, digits and hyphens']);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'vbscript:x'])('refuses the source address %s', (url) => {
    const result = sourceSchema.safeParse({ publisher: 'AP', title: 't', date: '2022-01-09', url });
    expect(result.success).toBe(false);
  });

  it('accepts https: and http: addresses', () => {
    for (const url of ['https://example.org/a', 'http://example.org/a']) expect(sourceSchema.safeParse({ publisher: 'AP', title: 't', date: '2022-01-09', url }).success).toBe(true);
  });

  it('refuses a negative count unless the figure is signed', () => {
    const figure = { value: -164, qualifier: 'exact', unit: 'people', asOf: '2022-01-09', source: 'ap' };
    expect(figureSchema.safeParse(figure).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, signed: true }).success).toBe(true);
  });

  it('finds a drawn figure outside its graphic’s range, and only that one', () => {
    const figure = (value: number) => ({ value, qualifier: 'exact' as const, unit: 'people' as const, asOf: '2022-01-09', source: 'ap' });
    const manifests = { casualties: { places: [], ranges: { 'kz-dead': { min: 1, max: 1000 } } } };
    expect(figuresOutOfRange({ 'kz-dead': figure(16_400_000), other: figure(1e12) }, manifests)).toEqual([
      { graphic: 'casualties', id: 'kz-dead', field: 'value', value: 16_400_000, range: { min: 1, max: 1000 } },
    ]);
    expect(figuresOutOfRange({ 'kz-dead': figure(164) }, manifests)).toEqual([]);
  });

  it.each([['published', '2022-02-30'], ['updated', '2022-13-01']])('refuses frontmatter %s: %s, a day no calendar has', (key, date) => {
    const frontmatter = { title: 't', description: 'd', kicker: 'k', lang: 'en', label: 'English', status: 'published', published: '2022-01-10', [key]: date };
    const result = articleFrontmatterSchema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/not a calendar date/);
  });
});

describe('a frontmatter lang against its file', () => {
  it('accepts the tag itself and the tag with a region', () => {
    expect(langMismatch('de', 'de-CH')).toBeUndefined();
    expect(langMismatch('en', 'en')).toBeUndefined();
  });

  it.each([['en', 'de-CH'], ['en', 'english'], ['fr', 'en'], ['en', 'e n']])('refuses lang "%2$s" in %1$s.mdx', (tag, lang) => {
    expect(langMismatch(tag, lang)).toBeDefined();
  });

  it('warns about a locale file whose name is not a language tag, and leaves it out', () => {
    const dir = projectCopy((d) => fs.copyFileSync(path.join(d, 'content/locales/en.json'), path.join(d, 'content/locales/en_US.json')));
    const { locales, problems } = scanLocales(path.join(dir, 'content'));
    expect(locales.map((l) => l.tag)).not.toContain('en_US');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/locales/en_US.json', severity: 'warning', message: 'this file is not read: its name is not a language tag' })]);
  });
});

describe('length limits', () => {
  const limits = lengthLimits({ 'a.label': 'A label on the map. At most 20 characters.', 'b.text': 'Body text, any length.', 'c.count': 'Plural. At most 10 characters.' });

  it('reads the limit from the sentence the translator reads', () => {
    expect(limits).toEqual({ 'a.label': 20, 'c.count': 10 });
  });

  it('reports a string over its limit with key, length and limit, plural forms by their base key', () => {
    const problems = checkLengths({ 'a.label': 'x'.repeat(21), 'b.text': 'x'.repeat(999), 'c.count_other': 'x'.repeat(11) }, limits, 'content/locales/fr.json', 'warning', () => 3);
    expect(problems.map((p) => [p.message, p.severity, p.line])).toEqual([
      ['"a.label" has 21 characters; its limit is 20', 'warning', 3],
      ['"c.count_other" has 11 characters; its limit is 10', 'warning', 3],
    ]);
  });
});

describe('what an article may hold', () => {
  it('reads id={"kz-dead"} as id="kz-dead"', () => {
    expect(articleProblems('Dead: <Num id={"kz-dead"}/>.\n')).toEqual([]);
  });

  it('refuses an attribute computed by an expression', () => {
    expect(articleProblems('Dead: <Num id={"kz-" + "dead"}/>.\n')).toContain('<Num id={…}>: the value must be written as text');
  });

  it.each([
    ['<script>window.__pwned=1</script>\n', '<script> is not allowed in the article'],
    ['<iframe src="https://example.org"></iframe>\n', '<iframe> is not allowed in the article'],
    ['<em onclick="x()">a</em>\n', '<em onclick>: onclick is not allowed here'],
    ['{process.exit(1)}\n', 'an article cannot hold code: {…} or import/export'],
    ['import x from "node:fs"\n\nText\n', 'an article cannot hold code: {…} or import/export'],
    ['[a](javascript:alert(1))\n', 'the link address "javascript:alert(1)" is not allowed'],
    ['![a](data:image/svg+xml,<svg>)\n', 'the link address "data:image/svg+xml,<svg>" is not allowed'],
    ['[a](//evil.example/)\n', 'the link address "//evil.example/" is not allowed'],
  ])('refuses %j', (mdx, message) => {
    expect(articleProblems(mdx)).toContain(message);
  });

  it('allows web links, links to a step and emphasis with a lang', () => {
    expect(articleProblems('[a](https://example.org) [b](#toll-dead) [c](/en/) <em lang="ru">da</em>\n')).toEqual([]);
  });
});

describe('strings a graphic and a translator need', () => {
  it('asks for the title, the note and each state description of a graphic', () => {
    const problems = checkGraphicStrings({ geneva: { summary: 'talks', states: { talks: { figures: [] }, week: { figures: [] } } } }, { 'graphic.geneva.title': 'T', 'graphic.geneva.talks': 'D' });
    expect(problems.map((p) => p.message)).toEqual([
      'graphic "geneva" (content/data/graphics.json) needs the string "graphic.geneva.note"',
      'graphic "geneva" (content/data/graphics.json) needs the string "graphic.geneva.week"',
    ]);
  });

  it('asks for a description of every string, plural forms by their base key, and names leftover descriptions', () => {
    const problems = checkDescriptions({ 'a.b': 'x', 'c_one': 'y', 'c_other': 'z', 'new.key': 'n' }, { 'a.b': 'A', c: 'C', 'gone.key': 'G' });
    expect(problems.map((p) => [p.message, p.severity])).toEqual([
      ['the string "new.key" has no description', 'error'],
      ['"gone.key" describes a string that content/locales/de.json does not have', 'warning'],
    ]);
  });
});

describe('checkContent runs the string checks', () => {
  it('reports a new string without a description, and a graphic state without its description', () => {
    const dir = projectCopy((d) => {
      const strings = path.join(d, 'content/locales/de.json');
      fs.writeFileSync(strings, JSON.stringify({ ...JSON.parse(fs.readFileSync(strings, 'utf8')), 'brand.new': 'Neu' }, null, 2));
      const graphics = path.join(d, 'content/data/graphics.json');
      const all = JSON.parse(fs.readFileSync(graphics, 'utf8'));
      all.geneva.states.week = { figures: [] };
      fs.writeFileSync(graphics, JSON.stringify(all, null, 2));
    });
    const messages = checkContent(dir).problems.map((p) => p.message);
    expect(messages).toContain('the string "brand.new" has no description');
    expect(messages).toContain('graphic "geneva" (content/data/graphics.json) needs the string "graphic.geneva.week"');
  });
});
