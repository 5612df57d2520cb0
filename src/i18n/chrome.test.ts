import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_KEYS, untranslatedChrome } from './chrome';

const reference = Object.fromEntries(CHROME_KEYS.map((key) => [key, `German ${key}`]));
const translated = Object.fromEntries(CHROME_KEYS.map((key) => [key, `Italiano ${key}`]));

describe('untranslatedChrome', () => {
  it('names the frame\'s keys that are missing, empty or the default locale\'s text', () => {
    expect(untranslatedChrome(translated, reference)).toEqual([]);
    expect(untranslatedChrome({}, reference)).toEqual([...CHROME_KEYS]);
    const [first, second, third] = CHROME_KEYS;
    const { [first]: _dropped, ...withoutFirst } = translated;
    expect(untranslatedChrome({ ...withoutFirst, [second]: ' ', [third]: reference[third]! }, reference)).toEqual([first, second, third]);
  });

  it('lets a word that is the same in both languages through when the locale says so', () => {
    const key = CHROME_KEYS[0];
    expect(untranslatedChrome({ ...translated, [key]: reference[key]! }, reference, [key])).toEqual([]);
  });
});

it('is named in TRANSLATING.md, key by key, for the translator who meets the error', () => {
  const guide = fs.readFileSync('TRANSLATING.md', 'utf8');
  for (const key of CHROME_KEYS) expect(guide).toContain(`\`${key}\``);
});
