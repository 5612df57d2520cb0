import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionsOf, missingCorrections } from '../i18n/corrections';
import { discoverLocales, readFrontmatter } from '../i18n/registry';
import { translationStatus } from './status';
import { correctionProblems } from '../integration/corrections';

/** A copy of the shipped content/, so that a test adds a correction the way an editor does. */
function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corrections-'));
  fs.cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

function addCorrection(root: string, tag: string, date: string, text: string): void {
  const file = path.join(root, 'content/article', `${tag}.mdx`);
  const source = fs.readFileSync(file, 'utf8');
  const entry = `  - date: ${date}\n    text: ${text}\n`;
  const next = /^corrections:\n/m.test(source)
    ? source.replace(/^corrections:\n/m, `corrections:\n${entry}`)
    : source.replace(/^---\n/, `---\ncorrections:\n${entry}`);
  fs.writeFileSync(file, next);
}

const shipped = (root: string, tag: string) => correctionsOf(readFrontmatter(fs.readFileSync(path.join(root, 'content/article', `${tag}.mdx`), 'utf8')));

describe('missingCorrections', () => {
  it('finds a correction one locale has and the others lack, with the text to translate', () => {
    const missing = missingCorrections({
      de: [{ date: '2022-01-11', text: 'Eine frühere Fassung nannte ein falsches Datum.' }],
      en: [],
      fr: [],
    });
    expect(missing.de).toEqual([]);
    expect(missing.en).toEqual([{ date: '2022-01-11', text: 'Eine frühere Fassung nannte ein falsches Datum.', from: 'de' }]);
    expect(missing.fr).toHaveLength(1);
  });

  it('matches corrections by date, whatever their language, and counts two of one day as two', () => {
    const missing = missingCorrections({
      de: [{ date: '2022-01-11', text: 'Erste.' }, { date: '2022-01-11', text: 'Zweite.' }],
      en: [{ date: '2022-01-11', text: 'First.' }, { date: '2022-01-12', text: 'Another day.' }],
    });
    expect(missing.de).toEqual([{ date: '2022-01-12', text: 'Another day.', from: 'en' }]);
    expect(missing.en).toEqual([{ date: '2022-01-11', text: 'Zweite.', from: 'de' }]);
  });

  it('reads dates written as YAML dates or strings', () => {
    expect(correctionsOf({ corrections: [{ date: new Date('2022-01-11T00:00:00Z'), text: 'a' }, { date: '2022-01-12', text: 'b' }] }))
      .toEqual([{ date: '2022-01-11', text: 'a' }, { date: '2022-01-12', text: 'b' }]);
  });
});

describe('a correction added to one edition', () => {
  it('shows as missing in the other editions in the status report', () => {
    const root = contentCopy();
    const before = translationStatus(root).find((s) => s.tag === 'en')!.corrections.missing.length;
    addCorrection(root, 'de', '2030-02-03', 'Eine frühere Fassung nannte die falsche Zahl.');
    const en = translationStatus(root).find((s) => s.tag === 'en')!;
    expect(en.corrections.missing).toHaveLength(before + 1);
    expect(en.corrections.missing).toContainEqual({ date: '2030-02-03', text: 'Eine frühere Fassung nannte die falsche Zahl.', from: 'de' });
  });

  it('warns in the build for a published edition that lacks it, naming the file, the date and the text', () => {
    const root = contentCopy();
    expect(correctionProblems(root)).toEqual([]);
    addCorrection(root, 'en', '2030-02-03', 'An earlier version gave the wrong figure.');
    // every other published edition lacks it, whichever editions are published today
    const others = discoverLocales(path.join(root, 'content')).filter((l) => l.status === 'published' && l.tag !== 'en').map((l) => l.tag);
    expect(others).toContain('de');
    const problems = correctionProblems(root);
    expect(problems.map((p) => p.file).sort()).toEqual(others.map((tag) => `content/article/${tag}.mdx`).sort());
    for (const problem of problems) {
      expect(problem.severity).toBe('warning');
      expect(problem.message).toContain('2030-02-03');
      expect(problem.message).toContain('An earlier version gave the wrong figure.');
    }
    // Once the other editions have it, translated, nothing is missing.
    for (const tag of others) addCorrection(root, tag, '2030-02-03', 'Eine frühere Fassung nannte die falsche Zahl.');
    expect(correctionProblems(root)).toEqual([]);
    expect(shipped(root, 'de').filter((c) => c.date === '2030-02-03')).toHaveLength(1);
  });

  it('does not warn in the build for a draft edition', () => {
    const root = contentCopy();
    // every edition but the German one becomes a draft, whichever editions ship today
    const translations = discoverLocales(path.join(root, 'content')).filter((l) => l.tag !== 'de').map((l) => l.tag);
    expect(translations).toContain('en');
    for (const tag of translations) {
      const file = path.join(root, 'content/article', `${tag}.mdx`);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^status: published$/m, 'status: draft'));
    }
    addCorrection(root, 'de', '2030-02-03', 'Eine frühere Fassung nannte die falsche Zahl.');
    expect(correctionProblems(root)).toEqual([]);
    expect(translationStatus(root).find((s) => s.tag === 'en')!.corrections.missing).toHaveLength(1);
  });
});
