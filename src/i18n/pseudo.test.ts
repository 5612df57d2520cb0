import { describe, expect, it } from 'vitest';
import { pseudoArticle, pseudoString, pseudoStrings } from './pseudo';

describe('pseudoString', () => {
  it('accents every Latin letter, keeps placeholders and nested keys, and grows by about a third', () => {
    const text = '$t(term.csto) mission: {{csto-total}} soldiers';
    const pseudo = pseudoString(text, 'accented');
    expect(pseudo).toBe('[$t(term.csto) ɱííššííóóñ: {{csto-total}} šóóĺđííééŕš]');
    expect(pseudo).not.toMatch(/(?<![{(.\w-])[a-z]{2,}(?![}\w)])/);
    const long = 'Download the figures of this graphic as a table';
    expect(pseudoString(long, 'accented').length / long.length).toBeGreaterThan(1.3);
  });

  it('writes Latin letters in Hebrew script for a right-to-left test', () => {
    expect(pseudoString('Map: {{name}}', 'rtl')).toBe('מאע: {{name}}');
  });
});

describe('pseudoStrings', () => {
  it('keeps settings and makes every plural form the target language needs', () => {
    const strings = { 'format.grouping': 'auto', 'article.readingTime_one': '{{count}} minute', 'article.readingTime_other': '{{count}} minutes' };
    expect(pseudoStrings(strings, 'rtl', ['one', 'two', 'other'])).toEqual({
      'format.grouping': 'auto',
      'article.readingTime_one': '{{count}} מטנשרה',
      'article.readingTime_two': '{{count}} מטנשרהק',
      'article.readingTime_other': '{{count}} מטנשרהק',
    });
  });
});

describe('pseudoArticle', () => {
  it('changes the prose and what a reader sees of the frontmatter, never the components', () => {
    const source = '---\ntitle: "Geneva talks"\nlang: en\nlabel: English\nstatus: published\npublished: 2022-01-10\ntranslatedFrom:\n  article: abc\n---\n\n## Heading\n\n<Step id="toll-dead" state="dead">\n\nAbout <Num id="kz-dead"/> dead, <Quote lang="de" translation="no concessions">keine Konzessionen</Quote>.\n\n</Step>\n';
    const pseudo = pseudoArticle(source, 'accented', { lang: 'en-XA', label: 'Pseudo' });
    expect(pseudo).toContain('title: "[Ĝééñééṽáá ţááĺķš]"');
    expect(pseudo).toContain('lang: en-XA');
    expect(pseudo).not.toContain('translatedFrom');
    expect(pseudo).toContain('## Ĥééááđííñĝ');
    expect(pseudo).toContain('<Step id="toll-dead" state="dead">');
    expect(pseudo).toContain('<Num id="kz-dead"/>');
    expect(pseudo).toContain('translation="[ñóó çóóñçééššííóóñš]"');
  });
});
