import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, untranslatedParagraphs, untranslatedStrings } from './untranslated';

const de = JSON.parse(fs.readFileSync('content/locales/de.json', 'utf8')) as Record<string, string>;
const deArticle = fs.readFileSync('content/article/de.mdx', 'utf8');
const enArticle = fs.readFileSync('content/article/en.mdx', 'utf8');

describe('published means translated', () => {
  it('untranslatedStrings names every key whose text is the default locale’s', () => {
    const copy = { ...de };
    const textKeys = Object.keys(de).filter((k) => !k.startsWith('format.') && !k.startsWith('term.') && /\p{L}{2}/u.test(de[k]!.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '')));
    expect(untranslatedStrings(copy, de).sort()).toEqual(textKeys.sort());
  });

  it('untranslatedStrings allows the glossary’s names, the settings and the keys a locale lists as the same', () => {
    const key = Object.keys(de).find((k) => k.startsWith('nav.'))!;
    const strings = { [key]: de[key]!, 'term.putin': de['term.putin']!, 'format.grouping': de['format.grouping']! };
    expect(untranslatedStrings(strings, de)).toEqual([key]);
    expect(untranslatedStrings(strings, de, [key])).toEqual([]);
  });

  it('untranslatedStrings passes a translated string and one without words (a figure, a unit sign)', () => {
    expect(untranslatedStrings({ a: 'Translated', b: '{{n}} %' }, { a: 'Übersetzt', b: '{{n}} %' })).toEqual([]);
  });

  it('untranslatedParagraphs finds a German paragraph left in an article, at its line', () => {
    const german = articleParagraphs(deArticle).find((p) => p.text.split(' ').length > 8 && !p.text.startsWith('<'))!;
    const lines = enArticle.split('\n');
    const at = lines.findIndex((l, i) => i > 20 && l === '') + 1;
    const article = [...lines.slice(0, at), german.text, '', ...lines.slice(at)].join('\n');
    expect(untranslatedParagraphs(article, deArticle)).toEqual([{ line: at + 1, text: german.text }]);
  });

  it('untranslatedParagraphs finds nothing in the English article, and ignores the shared markup lines', () => {
    expect(untranslatedParagraphs(enArticle, deArticle)).toEqual([]);
  });
});
