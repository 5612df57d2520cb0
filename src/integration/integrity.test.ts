import { describe, expect, it } from 'vitest';
import { structureOfSource } from './article-structure';
import { checkCaveats, checkIntegrity, checkLaterInProse, checkLaterInStrings, checkLaterMarked, checkQuotes, checkValueSources, storyDate } from './integrity';
import { checkContent, type ContentData } from './checks';
import type { Figure } from '../site-content/schemas';
import { formatProblem } from './problems';

const figure = (f: Partial<Figure>): Figure => ({ value: 1, qualifier: 'exact', unit: 'people', asOf: '2022-01-09', source: 'ap', ...f });
const dataWith = (figures: Record<string, Figure>, extra: Partial<ContentData> = {}): ContentData => ({
  figures,
  sources: {
    ap: { publisher: 'AP', title: 'Toll', date: '2022-01-09', lang: 'en' },
    estimate: { publisher: 'Wikipedia', title: 'Estimate', date: '2020-01-01', lang: 'en' },
    census: { publisher: 'Wikipedia', title: 'Census', date: '2023-11-07', lang: 'en' },
    later: { publisher: 'AP', title: 'Later', date: '2022-01-15', lang: 'en' },
  },
  graphics: {},
  places: {},
  pipelines: {},
  positions: {},
  nordstreamEvents: {},
  ...extra,
});

describe('later facts', () => {
  it('asks for "later" on a figure or detail dated after the article', () => {
    const problems = checkLaterMarked({
      unmarked: figure({ asOf: '2022-01-15', source: 'later' }),
      marked: figure({ asOf: '2022-01-15', source: 'later', later: true }),
      detail: figure({ detail: { value: 2, qualifier: 'exact', asOf: '2022-01-12', source: 'later' } }),
    }, '2022-01-10').map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('figure "unmarked" is as of 2022-01-15, after the article\'s date (2022-01-10)');
    expect(problems[1]).toContain('figure "detail" → detail is as of 2022-01-12');
  });

  it('keeps a later figure out of the prose, except in <Later>', () => {
    const figures = { late: figure({ asOf: '2022-01-15', later: true }), day: figure({}) };
    const mdx = 'Today <Num id="day"/> and <Num id="late"/>.\n\n<Later>\n\n- **15 January** <Num id="late"/>\n\n</Later>\n';
    const problems = checkLaterInProse(structureOfSource(mdx), 'content/article/en.mdx', figures).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/article/en.mdx:1:');
    expect(problems[0]).toContain('<Num id="late"/> is a figure reported after the article\'s date, outside <Later>');
  });

  it('asks every string that shows a later figure to say so, except the strings of later events', () => {
    const figures = { late: figure({ later: true }) };
    const strings = {
      'later.marker': 'later',
      unmarked: '{{late}} detained',
      marked: 'Later, by 12 January: {{late}}',
      event: 'Bill fails: {{late}} votes',
    };
    const problems = checkLaterInStrings(strings, 'en', figures, new Set(['event'])).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"unmarked" shows {{late}}');
  });

  it('finds the marker in a pseudo-translated locale, which brackets every string', () => {
    const strings = { 'later.marker': '[ĺááţééŕ]', marked: '[Ĺááţééŕ, ƀý {{date}}: {{late}}]' };
    expect(checkLaterInStrings(strings, 'en-XA', { late: figure({ later: true }) }, new Set())).toEqual([]);
  });

  it('finds a marker of two words, whatever space the string puts between them ("plus tard")', () => {
    const strings = {
      'later.marker': 'plus tard',
      marked: 'Plus tard, le {{date}}\u00a0: {{late}}',
      narrow: 'plus\u202ftard\u00a0: {{late}}',
      unmarked: '{{late}} arrestations',
    };
    const problems = checkLaterInStrings(strings, 'fr', { late: figure({ later: true }) }, new Set()).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"unmarked" shows {{late}}');
  });

  it('reads the article\'s date from the frontmatter', () => {
    expect(storyDate('---\npublished: 2022-01-11\n---\n')).toBe('2022-01-11');
  });
});

describe('value sources', () => {
  it('rejects a value credited to a source published before the value\'s date (the census credited to the 2020 estimate)', () => {
    const problems = checkValueSources(dataWith({
      russians: figure({ asOf: '2020-01-01', source: 'estimate', detail: { value: 2, qualifier: 'exact', asOf: '2021-10-01', source: 'estimate' } }),
    })).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('figure "russians" → detail.source: "estimate" is dated 2020-01-01, before the value\'s date (2021-10-01)');
  });

  it('rejects a detail that borrows the headline\'s source for another day', () => {
    const problems = checkValueSources(dataWith({
      borrowed: figure({ asOf: '2022-01-08', source: 'later', detail: { value: 2, qualifier: 'exact', asOf: '2022-01-09', source: 'later' } }),
    })).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('detail borrows the headline\'s source "later"');
  });

  it('accepts two figures with two sources, and a rounded and an exact figure from one report', () => {
    expect(checkValueSources(dataWith({
      russians: figure({ asOf: '2020-01-01', source: 'estimate', detail: { value: 2, qualifier: 'exact', asOf: '2021-10-01', source: 'census', later: true } }),
      injured: figure({ detail: { value: 2, qualifier: 'exact', asOf: '2022-01-09', source: 'ap' } }),
    }))).toEqual([]);
  });
});

describe('quotes', () => {
  const problemsOf = (mdx: string, lang: string) => checkQuotes(structureOfSource(mdx), 'content/article/x.mdx', lang).map(formatProblem);

  it('asks for the language spoken and the language of the words', () => {
    const [problem] = problemsOf('He said <Quote lang="de">keine Konzessionen</Quote>.', 'de-CH');
    expect(problem).toContain('<Quote> needs said="…"');
  });

  it('accepts a speaker\'s own words, and a translation into the page\'s language shown as one', () => {
    expect(problemsOf('<Quote said="de" lang="de">Rechtsfrieden</Quote> <Quote said="ru" lang="de">enttäuschend</Quote>', 'de-CH')).toEqual([]);
    expect(problemsOf('<Quote said="de" lang="de" translation="legal peace">Rechtsfrieden</Quote>', 'en')).toEqual([]);
  });

  it('rejects words in a third language and a translation of a translation (German words of a Russian speaker on the English page)', () => {
    const problems = checkQuotes(structureOfSource('<Quote said="ru" lang="de" translation="no concessions">keine Konzessionen</Quote>'), 'content/article/x.mdx', 'en');
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringContaining('these words are a translation, but not into the page\'s language (en)')],
      ['error', expect.stringContaining('is itself a translation and cannot carry another')],
    ]);
  });

  it('names a language that is not a BCP 47 tag, and checks nothing else of that quote', () => {
    expect(problemsOf('<Quote said="de_CH" lang="de">Rechtsfrieden</Quote>', 'de-CH')).toEqual([
      expect.stringMatching(/^content\/article\/x\.mdx:1:1\n {2}<Quote said="de_CH" lang="de">: "de_CH" is not a BCP 47 language tag\n {2}Fix: write a language tag/),
    ]);
  });

  it('asks a foreign-language quote for a translation', () => {
    const [problem] = problemsOf('<Quote said="de" lang="de">Rechtsfrieden</Quote>', 'en');
    expect(problem).toContain('has no translation');
  });
});

describe('caveats', () => {
  it('asks for the string of every caveat a figure names', () => {
    const problems = checkCaveats({ dead: figure({ caveat: 'kz-dead-disowned' }), other: figure({ caveat: 'known' }) }, { 'caveat.known': 'x' }).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('no string "caveat.kz-dead-disowned"');
  });
});

describe('the content as it is', () => {
  it('passes every integrity check, and the checks run in the build\'s checkContent', () => {
    const { data, locales, structures, problems } = checkContent(process.cwd());
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    // the integrity checks are part of it: a later figure in the prose would be reported
    const late = Object.keys(data.figures).find((id) => data.figures[id]!.later)!;
    const broken = { ...structures, de: structureOfSource(`Heute <Num id="${late}"/>.\n`) };
    const articles = { de: '---\npublished: 2022-01-10\n---\n' };
    expect(checkIntegrity({ data, locales, structures: broken, strings: {}, articles }).map(formatProblem).join('\n')).toContain(`<Num id="${late}"/>`);
  });
});
