import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { structureOfSource } from './article-structure';
import { checkArticle, checkContent, checkDataStrings, checkParity, checkPlaces, checkSourceBodies, fieldDescription, loadData, type ContentData } from './checks';
import { figureSchema, placeSchema } from '../site-content/schemas';
import { formatProblem, type Problem } from './problems';
import { CARD_MAX_WORDS } from './step-cards';

const data: ContentData = {
  figures: {
    'kz-dead': { value: 164, qualifier: 'exact', unit: 'people', asOf: '2022-01-09', source: 'ap' },
    'kz-injured': { value: 2200, qualifier: 'more-than', unit: 'people', asOf: '2022-01-09', source: 'ap' },
  },
  sources: { ap: { publisher: 'AP', title: 'Toll', date: '2022-01-09', lang: 'en' } },
  graphics: { casualties: { summary: 'arrested', states: { dead: { figures: [] }, arrested: { figures: [] } } } },
  places: {},
  pipelines: {},
  positions: {},
  nordstreamEvents: {},
};
const problemsOf = (mdx: string) => checkArticle(structureOfSource(mdx), 'content/article/de.mdx', data).map(formatProblem);

describe('checkArticle', () => {
  it('accepts an article that uses known figures, graphics and states', () => {
    expect(problemsOf('Text <Num id="kz-dead"/>.\n\n<Scrolly graphic="casualties">\n<Step id="a" state="dead">\n\nx\n\n</Step>\n</Scrolly>\n')).toEqual([]);
  });

  it('names the file, the line, the unknown figure id and the ids that exist', () => {
    const [message] = problemsOf('Line one.\n\nDead: <Num id="kz-deadd"/>.\n');
    expect(message).toContain('content/article/de.mdx:3:');
    expect(message).toContain('no figure "kz-deadd"');
    expect(message).toContain('did you mean "kz-dead"?');
    expect(message).toContain('kz-dead, kz-injured');
  });

  it('rejects a step state its graphic does not declare, listing the states', () => {
    const [message] = problemsOf('<Scrolly graphic="casualties">\n<Step id="a" state="injurd">\n\nx\n\n</Step>\n</Scrolly>\n');
    expect(message).toContain('graphic "casualties" has no state "injurd"');
    expect(message).toContain('dead, arrested');
  });

  it('rejects an unknown component and a duplicate step id', () => {
    const messages = problemsOf('<Chart/>\n\n<Scrolly graphic="casualties">\n<Step id="a" state="dead">\n\nx\n\n</Step>\n<Step id="a" state="dead">\n\ny\n\n</Step>\n</Scrolly>\n');
    expect(messages[0]).toContain('<Chart> is not a component');
    expect(messages[1]).toContain('step id "a" is used twice (first on line 4)');
  });
});

describe('fieldDescription', () => {
  it('finds the description of a field through optional and refined wrappers', () => {
    expect(fieldDescription(figureSchema, ['source'])).toBe('id of an entry in content/data/sources.json');
    expect(fieldDescription(figureSchema, ['asOf'])).toContain('YYYY-MM-DD');
    expect(fieldDescription(placeSchema, ['source'])).toContain('required unless kind is schematic');
  });

  it('gives nothing for a field the schema does not have', () => {
    expect(fieldDescription(figureSchema, ['nowhere'])).toBeUndefined();
  });
});

describe('checkParity', () => {
  it('reports a step that differs from the default locale, with the block', () => {
    const de = structureOfSource('<Scrolly graphic="casualties">\n<Step id="a" state="dead">\n\nx\n\n</Step>\n</Scrolly>\n');
    const fr = structureOfSource('<Scrolly graphic="casualties">\n<Step id="b" state="dead">\n\nx\n\n</Step>\n</Scrolly>\n');
    const [problem] = checkParity(fr, de, 'content/article/fr.mdx', 'content/article/de.mdx', 'error');
    expect(problem?.message).toContain('here "casualties: b(dead)", there "casualties: a(dead)"');
  });
});

describe('loadData', () => {
  const made: string[] = [];
  afterAll(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const copy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    made.push(dir);
    fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
    return dir;
  };
  const edit = (dir: string, file: string, change: (json: Record<string, Record<string, unknown>>) => void) => {
    const full = path.join(dir, file);
    const json = JSON.parse(fs.readFileSync(full, 'utf8'));
    change(json);
    fs.writeFileSync(full, JSON.stringify(json, null, 2));
  };

  it('loads the shipped content without problems', () => {
    const { problems } = checkContent(process.cwd());
    expect(problems.filter((p: Problem) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('rejects a figure without a source, naming the figure, its line and what the field holds', () => {
    const dir = copy();
    edit(dir, 'content/data/figures.json', (f) => { delete f['kz-dead']!.source; });
    const problems: Problem[] = [];
    loadData(dir, problems);
    expect(formatProblem(problems[0]!)).toMatch(/content\/data\/figures\.json:\d+\n {2}"kz-dead" → source: missing, and required\n {2}Fix: add "source": id of an entry in content\/data\/sources\.json/);
  });

  it('reports a wrong step in the German article once, not again as a difference of the English one', () => {
    const dir = copy();
    const file = path.join(dir, 'content/article/de.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('state="injured"', 'state="wounded"'));
    const errors = checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/article\/de\.mdx:\d+:\d+\n {2}<Step id="toll-injured" state="wounded">/);
  });

  it('stops on a step card too long for the graphic in a published article, and only warns in a draft', () => {
    const dir = copy();
    const lengthen = (tag: string, change: (source: string) => string) => {
      const file = path.join(dir, `content/article/${tag}.mdx`);
      const source = change(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, source.replace(/(<Step id="toll-injured"[^>]*>\n)/, `$1\n${'Text '.repeat(CARD_MAX_WORDS)}.\n`));
    };
    lengthen('de', (s) => s);
    lengthen('en', (s) => s.replace('status: published', 'status: draft'));
    const cards = checkContent(dir).problems.filter((p) => p.message.includes('"toll-injured"'));
    expect(cards.map((p) => [p.file, p.severity])).toEqual([['content/article/de.mdx', 'error'], ['content/article/en.mdx', 'warning']]);
  });

  it('reports a figure that fails its schema once, not again where a graphic or an article uses it', () => {
    const dir = copy();
    edit(dir, 'content/data/figures.json', (f) => { f['kz-dead']!.asOf = '09.01.2022'; });
    const errors = checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"kz-dead" → asOf: write the date as YYYY-MM-DD');
  });

  it('rejects a source id that does not exist, and a malformed date, and a value that is not a number', () => {
    const dir = copy();
    edit(dir, 'content/data/figures.json', (f) => {
      f['kz-dead']!.source = 'nowhere';
      f['kz-injured']!.asOf = '9.1.2022';
      f['kz-detained']!.value = '5,000';
    });
    const problems: Problem[] = [];
    loadData(dir, problems);
    const text = problems.map(formatProblem).join('\n');
    expect(text).toContain('"kz-injured" → asOf: write the date as YYYY-MM-DD');
    expect(text).toContain('"kz-detained" → value: write the value as a plain number');
    expect(text).toContain('figure "kz-dead" → source: there is no source "nowhere"');
  });

  it('rejects a place whose source does not exist, naming the place', () => {
    const dir = copy();
    edit(dir, 'content/data/places.json', (p) => { p['almaty']!.source = 'nowhere'; });
    const problems: Problem[] = [];
    loadData(dir, problems);
    expect(problems.map(formatProblem).join('\n')).toContain('place "almaty" → source: there is no source "nowhere"');
  });

  it('rejects a place without a source unless it is schematic', () => {
    const dir = copy();
    edit(dir, 'content/data/places.json', (p) => { delete p['almaty']!.source; delete p['troops-north']!.source; });
    const problems: Problem[] = [];
    loadData(dir, problems);
    const text = problems.map(formatProblem).join('\n');
    expect(text).toContain('"almaty" → source: a place needs a source');
    expect(text).not.toContain('troops-north');
  });

  it('rejects a pipeline whose landfall is not a place, and a position whose source does not exist', () => {
    const dir = copy();
    edit(dir, 'content/data/pipelines.json', (p) => { p['nord-stream-2']!.from = 'kurgalski'; });
    edit(dir, 'content/data/positions.json', (p) => { p['speakers-2018']!.sources = ['nowhere']; });
    const problems: Problem[] = [];
    loadData(dir, problems);
    const text = problems.map(formatProblem).join('\n');
    expect(text).toMatch(/content\/data\/pipelines\.json:\d+\n {2}"nord-stream-2" → from: there is no "kurgalski" in content\/data\/places\.json\n {2}Fix: did you mean "kurgalsky"\?/);
    expect(text).toContain('"speakers-2018" → sources: there is no "nowhere" in content/data/sources.json');
  });

  it('keeps later events apart: an event dated after 10 January 2022 needs "later": true', () => {
    const dir = copy();
    edit(dir, 'content/data/nordstream-events.json', (e) => { delete e['senate-2022']!.later; });
    const problems: Problem[] = [];
    loadData(dir, problems);
    expect(problems.map(formatProblem).join('\n')).toContain('"senate-2022" → later: an event after 2022-01-10 needs "later": true');
  });

  it('stops at an event the Nord Stream map names when it is renamed in its file, with the file and the fix', () => {
    const dir = copy();
    edit(dir, 'content/data/nordstream-events.json', (e) => { e['completed-2021x'] = e['completed-2021']!; delete e['completed-2021']; });
    const errors = checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/data\/nordstream-events\.json\n {2}graphic "nordstream" needs the event "completed-2021", which content\/data\/nordstream-events\.json does not have\n {2}Fix: did you mean "completed-2021x"\? restore the event's id, or rename it in src\/charts\/nordstream\/manifest\.ts too/);
  });

  it('names a data file left under its old name, and where its entries go now', () => {
    const dir = copy();
    fs.copyFileSync(path.join(dir, 'content/data/nordstream-events.json'), path.join(dir, 'content/data/events.json'));
    const errors = checkContent(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual(['content/data/events.json:1\n  the build no longer reads content/data/events.json: it is content/data/nordstream-events.json now\n  Fix: move its entries into content/data/nordstream-events.json and delete content/data/events.json']);
  });
});

describe('checkDataStrings', () => {
  it('names the entry whose text key is missing from the default locale', () => {
    const withPosition: ContentData = {
      ...data,
      positions: { 'speakers-2018': { actors: ['poland'], stance: 'opposes', form: 'open-letter', date: '2018-03-11', precision: 'month', sources: ['ap'], text: 'nordstream.position.speakers-2018', short: 'nordstream.position.speakers-2018.short' } },
    };
    const [problem] = checkDataStrings(withPosition, { 'nordstream.form.open-letter': 'open letter', 'nordstream.position.speakers-2018.short': 'letter' });
    expect(problem?.message).toBe('"speakers-2018" names the string "nordstream.position.speakers-2018", which content/locales/de.json does not have');
  });
});

describe('checkPlaces', () => {
  const places = { almaty: { lon: 76.9, lat: 43.28, kind: 'city' as const, source: 'x' } };
  it('names the graphic, the missing place and the places that exist', () => {
    const [problem] = checkPlaces({ troops: ['almaty', 'almatyy'] }, places, { 'place.almaty': 'Almaty' });
    expect(problem?.message).toBe('graphic "troops" needs the place "almatyy", which content/data/places.json does not have');
    expect(problem?.fix).toContain('did you mean "almaty"?');
  });
  it('asks for a name in the locale files', () => {
    const [problem] = checkPlaces({ troops: ['almaty'] }, places, {});
    expect(problem?.message).toContain('"place.almaty" is missing');
  });
  it('takes an area only with its outline, and an outline only for an area', () => {
    const outline = [[37, 47], [40, 47], [40, 49]];
    expect(placeSchema.safeParse({ lon: 38, lat: 48, kind: 'area', source: 'x', outline }).success).toBe(true);
    const problems = (place: object) => (placeSchema.safeParse(place).error?.issues ?? []).map((i) => i.message);
    expect(problems({ lon: 38, lat: 48, kind: 'area', source: 'x' })).toEqual(['an area needs an outline, and only an area has one']);
    expect(problems({ ...places.almaty, outline })).toEqual(['an area needs an outline, and only an area has one']);
  });
});

describe('checkSourceBodies', () => {
  it('names the source whose body has no translated name, and the closest that exists', () => {
    const sources = { tass: { publisher: 'TASS', body: 'kz-interior-ministy', title: 't', date: '2022-01-07', lang: 'en' } };
    const [problem] = checkSourceBodies(sources, { 'body.kz-interior-ministry': 'Kazakh Interior Ministry' }, '{\n  "tass": {}\n}').map(formatProblem);
    expect(problem).toBe('content/data/sources.json:2\n  source "tass" → body: there is no string "body.kz-interior-ministy" in content/locales/de.json\n  Fix: did you mean "kz-interior-ministry"? add "body.kz-interior-ministy" to every locale file (the body\'s name, translated) and a description to content/locales/_descriptions.json');
  });
});
