import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { build, copyProject as copyProjectOnce, editJson, editText, removeProject } from './temp-build';

/** The copies of the project this file's tests make, removed when they are done. */
const copies: string[] = [];
const copyProject = () => {
  const dir = copyProjectOnce();
  copies.push(dir);
  return dir;
};
test.afterAll(() => copies.splice(0).forEach(removeProject));

test('one figure changed in content/data reaches the prose, graphics, descriptions and tables of both locales', async () => {
  test.setTimeout(180_000);
  const dir = copyProject();
  editJson(dir, 'content/data/figures.json', (figures) => { figures['kz-injured'].value = 2345; });
  for (const tag of ['de', 'en']) {
    editText(dir, `content/article/${tag}.mdx`, (t) => t.replace('published: 2022-01-10\n', `published: 2022-01-10\nupdated: 2022-01-11\ncorrections:\n  - date: 2022-01-11\n    text: Correction text ${tag}.\n`));
  }
  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  for (const [file, now, before] of [['de/index.html', 'mehr als 2345', 'mehr als 2200'], ['en/index.html', 'more than 2,345', 'more than 2,200']] as const) {
    const html = result.read(file);
    expect(html).toContain(`data-figure="kz-injured">${now}<`);
    const description = /<p data-for-state="injured"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    expect(description).toContain(now);
    expect(/data-figure-row="kz-injured"[\s\S]*?<\/tr>/.exec(html)?.[0]).toContain(now);
    // the casualty graphic's label of the injured, in both label sets, and its marks: 234 and a partial one
    const labels = [...html.matchAll(/<text class="cl cl-group" data-key="group-injured"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' '));
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(label.replace(/\s+/g, ' ')).toContain(now);
    expect((/<path class="cm cm-injured" d="([^"]*)"/.exec(html)?.[1] ?? '').split('M')).toHaveLength(234 + 1);
    expect(html.match(/<path class="cm cm-injured cm-partial"/g)).toHaveLength(1);
    expect(html).not.toContain(before);
  }
  for (const tag of ['de', 'en']) expect(result.read(`${tag}/data/casualties.csv`)).toMatch(/^kz-injured,[^,]+,2345,/m);
  // Corrections from the frontmatter appear at the end, in the reader's language, with the update date.
  expect(result.read('de/index.html')).toMatch(/Aktualisiert am 11\. Januar 2022[\s\S]*<h2 id="corrections-heading">Korrekturen<\/h2>[\s\S]*11\. Januar 2022<\/time>: Correction text de\./);
  expect(result.read('en/index.html')).toMatch(/Updated 11 January 2022[\s\S]*<h2 id="corrections-heading">Corrections<\/h2>[\s\S]*11 January 2022<\/time>: Correction text en\./);
});

/** Each typical mistake stops the build; the first thing the editor reads names the file, the line and the fix. */
const mistakes: [string, (dir: string) => void, RegExp][] = [
  ['an unknown figure id in <Num>', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace('<Num id="kz-dead"/>', '<Num id="kz-deaths"/>')), /content\/article\/en\.mdx:\d+:\d+\n {2}<Num id="kz-deaths"\/>: there is no figure "kz-deaths"[\s\S]*did you mean "kz-dead"\?/],
  ['a step with an unknown state', (d) => editText(d, 'content/article/de.mdx', (t) => t.replace('state="injured"', 'state="wounded"')), /content\/article\/de\.mdx:\d+:\d+\n {2}<Step id="toll-injured" state="wounded">: graphic "casualties" has no state "wounded"\n {2}Fix: .*dead, injured, arrested, floor, days/],
  ['an unknown component', (d) => editText(d, 'content/article/de.mdx', (t) => t.replace('<Analysis>', '<Analyse>').replace('</Analysis>', '</Analyse>')), /content\/article\/de\.mdx:\d+:\d+\n {2}<Analyse> is not a component the article can use\n {2}Fix: did you mean <Analysis>\?/],
  ['a figure without a source', (d) => editJson(d, 'content/data/figures.json', (f) => { delete f['kz-dead'].source; }), /content\/data\/figures\.json:\d+\n {2}"kz-dead" → source: missing, and required\n {2}Fix: add "source": id of an entry in content\/data\/sources\.json/],
  ['a malformed date', (d) => editJson(d, 'content/data/figures.json', (f) => { f['kz-dead'].asOf = '09.01.2022'; }), /content\/data\/figures\.json:\d+\n {2}"kz-dead" → asOf: write the date as YYYY-MM-DD/],
  ['a duplicate step id', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace('id="toll-injured"', 'id="toll-dead"')), /content\/article\/en\.mdx:\d+:\d+\n {2}step id "toll-dead" is used twice \(first on line \d+\)/],
  ['a value that is not a number', (d) => editJson(d, 'content/data/figures.json', (f) => { f['kz-dead'].value = '164 people'; }), /content\/data\/figures\.json:\d+\n {2}"kz-dead" → value: write the value as a plain number/],
];

for (const [mistake, make, message] of mistakes) {
  test(`${mistake} stops the build with the file, the line and the fix`, async () => {
    test.setTimeout(120_000);
    const dir = copyProject();
    make(dir);
    const result = build(dir);
    expect(result.ok).toBe(false);
    const firstLines = result.output.trimStart().split('\n').slice(0, 12).join('\n');
    expect(firstLines).toMatch(message);
    expect(firstLines).not.toMatch(/^\s+at /m);
  });
}

test('the dev server shows edits to data, locale strings and MDX without a restart', async ({ request }) => {
  test.setTimeout(240_000);
  const dir = copyProject();
  const port = 20000 + ((process.pid + 7) % 30000);
  const server = spawn(path.join(dir, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    const page = () => request.get(`http://localhost:${port}/en/`).then((r) => r.text()).catch(() => '');
    await expect.poll(page, { timeout: 120_000 }).toContain('data-figure="kz-injured">more than 2,200<');
    editJson(dir, 'content/data/figures.json', (f) => { f['kz-injured'].value = 2345; });
    await expect.poll(page, { timeout: 60_000 }).toContain('data-figure="kz-injured">more than 2,345<');
    editJson(dir, 'content/locales/en.json', (s) => { s['nav.skip'] = 'Straight to the article'; });
    await expect.poll(page, { timeout: 60_000 }).toContain('Straight to the article');
    editText(dir, 'content/article/en.mdx', (t) => t.replace('## ', '## Edited: '));
    await expect.poll(page, { timeout: 60_000 }).toContain('Edited: ');
  } finally {
    server.kill();
  }
});
