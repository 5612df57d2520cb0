import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_KEYS } from '../i18n/chrome';
import { checkContent } from './checks';
import { scaffoldLocale } from '../translation/new-locale';

const translated = Object.fromEntries(CHROME_KEYS.map((key) => [key, `Italiano ${key}`]));

describe('a draft\'s page frame in the build', { timeout: 60_000 }, () => {
  const made: string[] = [];
  afterAll(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const scaffolded = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chrome-'));
    made.push(dir);
    fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
    scaffoldLocale(dir, 'it', 'it-CH');
    return dir;
  };
  const stringsFile = (dir: string) => path.join(dir, 'content/locales/it.json');
  const edit = (dir: string, change: (strings: Record<string, string>) => void) => {
    const strings = JSON.parse(fs.readFileSync(stringsFile(dir), 'utf8')) as Record<string, string>;
    change(strings);
    fs.writeFileSync(stringsFile(dir), JSON.stringify(strings, null, 2));
  };
  const errors = (dir: string) => checkContent(dir).problems.filter((p) => p.severity === 'error');

  it('stops a fresh scaffold, naming the file, every frame key and the fix', () => {
    const dir = scaffolded();
    const [problem, ...others] = errors(dir);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/locales/it.json' });
    expect(problem!.message).toContain(`these ${CHROME_KEYS.length} strings are not: ${CHROME_KEYS.join(', ')}`);
    expect(problem!.fix).toContain('translate them in content/locales/it.json');
  });

  it('builds the draft once the frame is translated, whatever else still falls back', () => {
    const dir = scaffolded();
    edit(dir, (s) => Object.assign(s, translated));
    expect(errors(dir)).toEqual([]);
  });

  it('stops a frame string copied from German, unless the draft lists it as the same', () => {
    const dir = scaffolded();
    const german = JSON.parse(fs.readFileSync('content/locales/de.json', 'utf8')) as Record<string, string>;
    edit(dir, (s) => Object.assign(s, translated, { 'analysis.label': german['analysis.label'] }));
    expect(errors(dir).map((p) => p.message)).toEqual([expect.stringContaining('this string is not: analysis.label')]);
    const article = path.join(dir, 'content/article/it.mdx');
    fs.writeFileSync(article, fs.readFileSync(article, 'utf8').replace(/^---\n/, '---\nsameAsDefault:\n  - analysis.label\n'));
    expect(errors(dir)).toEqual([]);
  });
});
