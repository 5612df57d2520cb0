import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, discoverLocales } from '../i18n/registry';
import { assemble, inlineOf, renderInline, segmentArticle, segmentsOf } from './segments';
import { readSources, wordDiff } from './sources';
import { staleSegments } from './status';
import { exportXliff, ImportError, importXliff, parseXliff, recordCurrentSources } from './xliff';

const root = process.cwd();
const articles = fs.readdirSync(path.join(root, 'content/article')).filter((n) => n.endsWith('.mdx'));
const others = discoverLocales(path.join(root, 'content')).filter((l) => l.tag !== DEFAULT_LOCALE).map((l) => l.tag);
const copies: string[] = [];

/** A copy of the project's content, which the tools read and write as they would the project's. */
function copyContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xliff-test-'));
  fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  copies.push(dir);
  return dir;
}
afterEach(() => copies.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const filesOf = (dir: string, tag: string) =>
  [`content/locales/${tag}.json`, `content/article/${tag}.mdx`, `content/locales/_sources/${tag}.json`]
    .filter((f) => fs.existsSync(path.join(dir, f)))
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);

/** The first article unit whose target has a figure: the XML of that unit and its id. */
function unitWithFigure(xml: string): { id: string; unit: string } {
  const unit = /<unit id="([^"]+)">(?:(?!<\/unit>)[\s\S])*?<target[^>]*>[^<]*<ph id="num-[^"]+"[\s\S]*?<\/unit>/.exec(xml.slice(xml.indexOf('<file id="article"')))!;
  return { id: unit[1]!, unit: unit[0] };
}

describe('segments', () => {
  it.each(articles)('cutting %s into segments and putting them back gives the file byte for byte', (name) => {
    const source = fs.readFileSync(path.join(root, 'content/article', name), 'utf8');
    expect(assemble(segmentArticle(source))).toBe(source);
  });

  it('keeps every inline component of the default article as a code, and only as a code', () => {
    const source = fs.readFileSync(path.join(root, `content/article/${DEFAULT_LOCALE}.mdx`), 'utf8');
    const segments = [...segmentsOf(segmentArticle(source)).values()];
    const texts = segments.flatMap((s) => s.content.flatMap(function text(c): string[] {
      return typeof c === 'string' ? [c] : c.kind === 'pc' ? c.children.flatMap(text) : [];
    }));
    expect(texts.join('')).not.toMatch(/<\/?[A-Z]|\*\*/);
    const figures = source.match(/<Num id="[^"]+"\/>/g)!.length;
    expect(segments.reduce((n, s) => n + renderInline(s.content).split('<Num ').length - 1, 0)).toBe(figures);
  });

  it('pairs emphasis, links and quotations around their text, and names figures by id', () => {
    const content = inlineOf('**12. Januar** – <Quote said="de" lang="de">Wort</Quote>, [Quelle](https://example.org) und <Num id="kz-dead"/> und <Num id="kz-dead"/>');
    expect(content.filter((c) => typeof c !== 'string').map((c) => (typeof c === 'string' ? '' : `${c.kind}:${c.id}`))).toEqual(['pc:b1', 'pc:quote1', 'pc:link1', 'ph:num-kz-dead', 'ph:num-kz-dead-2']);
  });
});

describe('XLIFF round trip', () => {
  it.each(others)('exporting %s untouched and importing it changes no byte of its files', (tag) => {
    const dir = copyContent();
    recordCurrentSources(dir, tag);
    const before = filesOf(dir, tag);
    const { xml } = exportXliff(dir, tag);
    const result = importXliff(dir, xml);
    expect(result.written).toEqual([]);
    expect(filesOf(dir, tag)).toEqual(before);
  });

  it('writes a changed target into its paragraph and nothing else, keeping its figures', () => {
    const tag = others[0]!;
    const dir = copyContent();
    const { xml } = exportXliff(dir, tag);
    const { id, unit } = unitWithFigure(xml);
    const changed = unit.replace(/(<target[^>]*>)([^<]*)/, '$1CHANGED ');
    const article = fs.readFileSync(path.join(dir, `content/article/${tag}.mdx`), 'utf8');
    importXliff(dir, xml.replace(unit, changed));
    const after = fs.readFileSync(path.join(dir, `content/article/${tag}.mdx`), 'utf8');
    const own = segmentsOf(segmentArticle(article)).get(id)!;
    const expected = renderInline(own.content).replace(/^[^<]*/, 'CHANGED ');
    expect(renderInline(segmentsOf(segmentArticle(after)).get(id)!.content)).toBe(expected);
    expect(after.split('\n').filter((l, i) => l !== article.split('\n')[i])).toEqual([expected]);
  });

  it('refuses a target that lost, doubled or changed a placeholder, naming the unit and the fix, and writes nothing', () => {
    const tag = others[0]!;
    const dir = copyContent();
    const { xml } = exportXliff(dir, tag);
    const { id, unit } = unitWithFigure(xml);
    const target = /<target[^>]*>[\s\S]*?<\/target>/.exec(unit)![0];
    const ph = /<ph id="(num-[^"]+)"[^>]*\/>/.exec(target)!;
    const before = filesOf(dir, tag);
    const attempt = (t: string) => {
      try {
        importXliff(dir, xml.replace(unit, unit.replace(target, t)));
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as Error).message;
      }
      return 'imported';
    };
    expect(attempt(target.replace(ph[0], ''))).toMatch(new RegExp(`^unit ${id.replace(/\./g, '\\.')} \\(content/article/${tag}\\.mdx\\): the placeholder ${ph[1]} \\(<Num id="[^"]+"/>\\) is missing from the translation\\. Fix: insert it`));
    expect(attempt(target.replace(ph[0], `${ph[0]} ${ph[0]}`))).toContain(`unit ${id} (content/article/${tag}.mdx): the placeholder ${ph[1]} (<Num`);
    expect(attempt(target.replace(ph[0], ph[0].replace(ph[1]!, 'num-invented')))).toContain(`unit ${id} (content/article/${tag}.mdx): the placeholder num-invented is not in the source`);
    expect(attempt(target.replace(ph[0], '&lt;Num id="kz-dead"/&gt;'))).toContain('which MDX would read as markup');
    // a string's {{value}} typed instead of its placeholder
    const stringUnit = /<unit id="([^"]+)">(?:(?!<\/unit>)[\s\S])*?<target[^>]*>[^<]*<ph id="var-[^"]+"[\s\S]*?<\/unit>/.exec(xml)!;
    const typed = stringUnit[0].replace(/(<target[^>]*>[^<]*)<ph id="var-([^"]+)"[^>]*\/>/, '$1{{$2}}');
    expect(() => importXliff(dir, xml.replace(stringUnit[0], typed))).toThrow(`unit ${stringUnit[1]} (content/locales/${tag}.json): the translation has {{…}} or $t(…) typed as text`);
    expect(filesOf(dir, tag)).toEqual(before);
  });

  it('carries a correction by its date, writes its translation back into the frontmatter, and refuses one the locale lacks', () => {
    const tag = others[0]!;
    const dir = copyContent();
    const addCorrections = (t: string, entries: [string, string][]) => {
      const file = path.join(dir, `content/article/${t}.mdx`);
      const list = entries.map(([date, text]) => `  - date: ${date}\n    text: ${text}\n`).join('');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^---\n/, `---\ncorrections:\n${list}`));
    };
    addCorrections(DEFAULT_LOCALE, [['2022-01-11', 'Eine frühere Fassung nannte ein falsches Datum.'], ['2022-01-12', 'Eine frühere Fassung nannte eine falsche Zahl.']]);
    addCorrections(tag, [['2022-01-11', 'An earlier version gave a wrong date.']]);
    for (const t of [DEFAULT_LOCALE, tag]) {
      const source = fs.readFileSync(path.join(dir, `content/article/${t}.mdx`), 'utf8');
      expect(assemble(segmentArticle(source))).toBe(source);
    }
    const { xml } = exportXliff(dir, tag);
    const unit = /<unit id="meta\.correction\.2022-01-11">[\s\S]*?<\/unit>/.exec(xml)![0];
    expect(unit).toContain('<source xml:space="preserve">Eine frühere Fassung nannte ein falsches Datum.</source>');
    expect(unit).toContain('<target xml:space="preserve">An earlier version gave a wrong date.</target>');
    importXliff(dir, xml.replace(unit, unit.replace('a wrong date.', 'a wrong date: 7 January.')));
    expect(fs.readFileSync(path.join(dir, `content/article/${tag}.mdx`), 'utf8')).toContain('    text: "An earlier version gave a wrong date: 7 January."\n');
    const missing = /<unit id="meta\.correction\.2022-01-12">[\s\S]*?<\/unit>/.exec(xml)![0];
    expect(() => importXliff(dir, xml.replace(missing, missing.replace(/<target([^>]*)><\/target>/, '<target$1>An earlier version gave a wrong figure.</target>'))))
      .toThrow(`unit meta.correction.2022-01-12 (content/article/${tag}.mdx): content/article/${tag}.mdx has no such correction (by its date), so the translation has nowhere to go. Fix: add the correction`);
  });

  it('reads XLIFF with a strict XML parser and says where a file is broken', () => {
    expect(() => parseXliff('<xliff version="2.0"><file><unit id="a"><segment><target>x</segment></unit></file></xliff>')).toThrow(/not well-formed XML.*line 1/);
  });
});

describe('staleness by segment', () => {
  it('a changed German paragraph makes exactly that segment stale in every other locale, with a word diff', () => {
    const dir = copyContent();
    for (const tag of others) recordCurrentSources(dir, tag);
    const file = path.join(dir, `content/article/${DEFAULT_LOCALE}.mdx`);
    const german = fs.readFileSync(file, 'utf8');
    const paragraph = [...segmentsOf(segmentArticle(german)).values()].find((s) => s.id.endsWith('.p2') && !s.yaml)!;
    const text = renderInline(paragraph.content);
    const words = text.split(' ');
    const edited = [...words.slice(0, 3), 'ausgerechnet', ...words.slice(3)].join(' ');
    fs.writeFileSync(file, german.replace(text, edited));
    for (const tag of others) {
      const stale = staleSegments(dir, tag);
      expect(stale.map((s) => s.id)).toEqual([paragraph.id]);
      expect(stale[0]!.before).toBe(text);
      expect(stale[0]!.after).toBe(edited);
      expect(stale[0]!.diff).toContain('{+ausgerechnet +}');
      expect(stale[0]!.line).toBe(segmentsOf(segmentArticle(fs.readFileSync(path.join(dir, `content/article/${tag}.mdx`), 'utf8'))).get(paragraph.id)!.line);
      expect(exportXliff(dir, tag).xml).toMatch(new RegExp(`<unit id="${paragraph.id.replace(/\./g, '\\.')}">[\\s\\S]*?<note category="stale">[\\s\\S]*?<segment state="initial">`));
      // recording the current sources (as --mark-translated does) clears it
      recordCurrentSources(dir, tag);
      expect(staleSegments(dir, tag)).toEqual([]);
      expect(readSources(dir, tag).article[paragraph.id]!.source).toBe(edited);
    }
  });

  it('a word diff shows what was removed and added, with a few words around', () => {
    expect(wordDiff('a b c d e f g h i j k l m n o', 'a b c d e f g X i j k l m n o', 2)).toBe('… f g [-h-]{+X+} i j …');
  });
});
