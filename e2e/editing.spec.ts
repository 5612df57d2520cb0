import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROME_KEYS } from '../src/i18n/chrome';
import { projectCopies } from './project-copies';
import { build, editJson, editText } from './temp-build';

const copyProject = projectCopies();

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
    // the casualty graphic's label of the injured, in both label sets, and its marks: 234 tens and a partial one
    const labels = [...html.matchAll(/<text class="cl cl-group" data-key="group-injured"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' '));
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(label.replace(/\s+/g, ' ')).toContain(now);
    // (the floor state's own layer counts in hundreds: 23 and a partial one)
    const [tens, floor] = html.split('class="cas-floor"') as [string, string];
    expect((/<path class="cm cm-injured" d="([^"]*)"/.exec(tens)?.[1] ?? '').split('M')).toHaveLength(234 + 1);
    expect(tens.match(/<path class="cm cm-injured cm-partial"/g)).toHaveLength(1);
    expect(floor.match(/<path class="cm cm-injured cm-partial"/g)).toHaveLength(1);
    expect(html).not.toContain(before);
  }
  for (const tag of ['de', 'en']) expect(result.read(`${tag}/data/casualties.csv`)).toMatch(/^kz-injured,[^,]+,2345,/m);
  // Corrections from the frontmatter appear at the end, in the reader's language, with the update date.
  // (a date's parts are held together by no-break spaces)
  expect(result.read('de/index.html')).toMatch(/Aktualisiert am 11\.\sJanuar\s2022[\s\S]*<h2 id="corrections-heading">Korrekturen<\/h2>[\s\S]*11\.\sJanuar\s2022<\/time>: Correction text de\./);
  expect(result.read('en/index.html')).toMatch(/Updated 11\sJanuary\s2022[\s\S]*<h2 id="corrections-heading">Corrections<\/h2>[\s\S]*11\sJanuary\s2022<\/time>: Correction text en\./);
});

test('a correction added to one edition only warns in the build, naming the edition that lacks it', async () => {
  test.setTimeout(180_000);
  const dir = copyProject();
  editText(dir, 'content/article/en.mdx', (t) => t.replace('published: 2022-01-10\n', 'published: 2022-01-10\ncorrections:\n  - date: 2030-02-03\n    text: An earlier version gave the wrong figure.\n'));
  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  expect(result.output).toMatch(/content\/article\/de\.mdx:\d+\n {2}the correction of 2030-02-03 in content\/article\/en\.mdx is missing here: "An earlier version gave the wrong figure\."/);
  expect(result.output).not.toMatch(/content\/article\/en\.mdx:\d+\n {2}the correction of/);
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

/**
 * The dev server, as an editor and a translator use it: one open page, files saved in content/,
 * and the page follows by itself (this test never reloads it). The time from each save to the
 * change on the page is recorded in the test's annotations.
 */
test('the dev server brings every save in content/ to the open page by itself, and a new locale without a restart', async ({ browser }) => {
  test.setTimeout(600_000);
  const dir = copyProject();
  const port = 20000 + ((process.pid + 7) % 30000);
  const server = spawn(path.join(dir, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  const timings: Record<string, number> = {};
  const timed = async (what: string, save: () => void, visible: () => Promise<void>) => {
    const start = Date.now();
    save();
    await visible();
    timings[what] = Date.now() - start;
    test.info().annotations.push({ type: 'edit → visible', description: `${what}: ${timings[what]} ms` });
  };
  try {
    await expect.poll(() => fetch(`${url}/en/`).then((r) => r.status, () => 0), { timeout: 240_000 }).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${url}/en/`);
    const figures = JSON.parse(fs.readFileSync(path.join(dir, 'content/data/figures.json'), 'utf8')) as Record<string, { value: number }>;
    const changed = figures['kz-injured']!.value + 123;
    await timed('data (figures.json)', () => editJson(dir, 'content/data/figures.json', (f) => { f['kz-injured'].value = changed; }), () =>
      expect(page.locator('[data-figure="kz-injured"]').first()).toContainText(changed.toLocaleString('en'), { timeout: 90_000 }));
    await timed('locale strings (en.json)', () => editJson(dir, 'content/locales/en.json', (s) => { s['nav.skip'] = 'Straight to the article'; }), () =>
      expect(page.locator('.skip-link')).toHaveText('Straight to the article', { timeout: 90_000 }));
    // A save that becomes ready while the page is still loading the one before: its reload reaches
    // no page, so the page asks again when it connects. Holding back the page's dev-server client
    // keeps it loading long enough for that to happen every time.
    await page.route('**/@vite/client', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 6000));
      // the page may have moved on (a reload) while the request was held
      await route.continue().catch(() => undefined);
    });
    editJson(dir, 'content/data/figures.json', (f) => { f['kz-injured'].value = changed + 10; });
    await expect(page.locator('[data-figure="kz-injured"]').first()).toContainText((changed + 10).toLocaleString('en'), { timeout: 90_000 });
    await timed('a save while the page loads the one before', () => editJson(dir, 'content/data/figures.json', (f) => { f['kz-injured'].value = changed + 20; }), () =>
      expect(page.locator('[data-figure="kz-injured"]').first()).toContainText((changed + 20).toLocaleString('en'), { timeout: 90_000 }));
    await page.unrouteAll({ behavior: 'wait' });
    await timed('article (en.mdx)', () => editText(dir, 'content/article/en.mdx', (t) => t.replace(/^## /m, '## Edited: ')), () =>
      expect(page.getByRole('heading', { level: 2, name: /^Edited: / })).toBeVisible({ timeout: 90_000 }));

    // A mistake shows as the error overlay, with the file and the fix; undoing it clears the overlay.
    const overlay = page.locator('vite-error-overlay');
    await timed('a mistake (overlay shown)', () => editText(dir, 'content/article/en.mdx', (t) => t.replace('<Num id="kz-dead"/>', '<Num id="kz-deaths"/>')), () =>
      expect(overlay).toContainText('did you mean "kz-dead"', { timeout: 90_000 }));
    await timed('the mistake undone (overlay gone)', () => editText(dir, 'content/article/en.mdx', (t) => t.replace('<Num id="kz-deaths"/>', '<Num id="kz-dead"/>')), () =>
      expect(overlay).toHaveCount(0, { timeout: 90_000 }));
    await expect(page.locator('[data-figure="kz-dead"]').first()).toBeVisible();

    // A new locale is served without anyone restarting the server: its address answers with the
    // new language once both files exist. (A page left open at that address while the server
    // restarts for it may sit on the restart's error response under heavy load; the editor's own
    // page, below, keeps following saves after the restart.)
    await timed('a new locale (it.json + it.mdx)', () => {
      // a draft's strings: German but for the page's frame, which a draft translates first (src/i18n/chrome.ts)
      const strings = JSON.parse(fs.readFileSync(path.join(dir, 'content/locales/de.json'), 'utf8')) as Record<string, string>;
      for (const key of CHROME_KEYS) strings[key] = `(it) ${strings[key]}`;
      fs.writeFileSync(path.join(dir, 'content/locales/it.json'), JSON.stringify(strings, null, 2));
      fs.writeFileSync(path.join(dir, 'content/article/it.mdx'), fs.readFileSync(path.join(dir, 'content/article/de.mdx'), 'utf8')
        .replace(/^lang: .*$/m, 'lang: it').replace(/^label: .*$/m, 'label: Italiano').replace(/^status: .*$/m, 'status: draft'));
    }, () => expect.poll(() => fetch(`${url}/it/`).then((r) => r.text(), () => ''), { timeout: 180_000 }).toMatch(/<html[^>]* lang="it"/));
    const added = await browser.newPage();
    await added.goto(`${url}/it/`);
    await expect(added.locator('html')).toHaveAttribute('lang', 'it');
    await expect(added.locator('[data-scrolly]').first()).toBeVisible();

    // After the restart that the new locale needed, saves still reach the page.
    await timed('data after the restart', () => editJson(dir, 'content/data/figures.json', (f) => { f['kz-injured'].value = changed + 30; }), () =>
      expect(page.locator('[data-figure="kz-injured"]').first()).toContainText((changed + 30).toLocaleString('en'), { timeout: 90_000 }));
    console.log('edit → visible (ms):', JSON.stringify(timings));
  } finally {
    if (server.pid) process.kill(server.pid);
  }
});
