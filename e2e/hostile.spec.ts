/**
 * Hostile and mistaken input, as editors and freelance translators may hand it in. Each input is
 * put into a copy of the project, which is then built: either the build stops with one message
 * naming the file, the line and the fix (and no stack trace first), or it succeeds and a real
 * Chromium that loads every page and every step runs nothing, links nowhere and the CSV opens
 * no formula. Every test adds its row to test-results/hostile-input.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { projectCopies } from './project-copies';
import { build, editJson, editText, serveStatic } from './temp-build';

const TABLE = path.resolve('test-results/hostile-input.md');
function record(input: string, outcome: string): void {
  fs.mkdirSync(path.dirname(TABLE), { recursive: true });
  if (!fs.existsSync(TABLE)) fs.writeFileSync(TABLE, '| input | outcome |\n| --- | --- |\n');
  fs.appendFileSync(TABLE, `| ${input.replace(/\|/g, '\\|')} | ${outcome.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |\n`);
}

const copyProject = projectCopies();

/** Runs a test's work in a fresh copy of the project. */
async function inCopy(work: (dir: string) => void | Promise<void>): Promise<void> {
  await work(copyProject());
}

/** Markup that runs if it ever reaches the page unescaped. */
const SCRIPT = '</script><script>window.__pwned=1</script>';
const ATTRIBUTE = '"><svg onload=window.__pwned=1>';
const SHORT = '<svg onload=__pwned=1>';
const FORMULA = '=HYPERLINK("https://evil.example","x")';

test.describe('content that reaches the page is shown as text, never run', () => {
  test.describe.configure({ mode: 'serial' });
  let dir = '';
  let site: { url: string; stop: () => void } | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    dir = copyProject();
    const figures = JSON.parse(fs.readFileSync(path.join(dir, 'content/data/figures.json'), 'utf8'));
    const positions = JSON.parse(fs.readFileSync(path.join(dir, 'content/data/positions.json'), 'utf8'));
    const quoted = Object.keys(positions).find((id) => positions[id].quote)!;
    const deadSource: string = figures['kz-dead'].source;
    editText(dir, 'content/article/en.mdx', (t) =>
      t
        .replace(/^title: .*$/m, `title: ${JSON.stringify(`Geneva ${SCRIPT}`)}`)
        .replace(/^description: "/m, `description: "${ATTRIBUTE.replace(/"/g, '\\"')} `)
        .replace(/^kicker: .*$/m, `kicker: ${JSON.stringify(SHORT)}`)
        .replace(/^published: (.*)$/m, `published: $1\ncorrections:\n  - date: 2022-01-11\n    text: ${JSON.stringify(`${SCRIPT} ${ATTRIBUTE}`)}`),
    );
    editJson(dir, 'content/locales/en.json', (s) => {
      s['meta.siteName'] = SHORT;
      s['nav.skip'] = ATTRIBUTE;
      s['casualties.dead.value'] = SHORT;
      s['troops.ukraine.total'] = SHORT;
      s['nordstream.position.eu-leaders-2016.short'] = SHORT;
      s['figure.kz-dead'] = `${FORMULA.slice(0, 30)} ${SHORT}`;
      s[`nordstream.quote.${quoted}`] = ATTRIBUTE;
    });
    editJson(dir, 'content/data/sources.json', (s) => {
      s[deadSource].title = SCRIPT;
      s[deadSource].publisher = FORMULA;
      // without a body, the source's cell is the publisher alone: a formula from its first character
      delete s[deadSource].body;
    });
    editJson(dir, 'content/data/positions.json', (p) => { p[quoted].quote.text = SCRIPT; });
    const result = build(dir);
    expect(result.ok, result.output).toBe(true);
    site = await serveStatic(path.join(dir, 'dist'), 7);
  });

  test.afterAll(() => site?.stop());

  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  for (const pagePath of ['/en/', '/de/', '/', '/no-such-page/']) {
    test(`${pagePath}: no injected script runs, in any step, under the page's CSP`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
      page.on('dialog', (d) => { violations.push(`dialog: ${d.message()}`); void d.dismiss(); });
      await page.goto(site!.url + pagePath);
      const steps = page.locator('[data-step]');
      for (let i = 0; i < (await steps.count()); i++) {
        await steps.nth(i).scrollIntoViewIfNeeded();
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(300);
      expect(await pwned(page)).toBeUndefined();
      expect(violations).toEqual([]);
      expect(await page.locator('svg[onload], [onload], [onerror]').count()).toBe(0);
      record(`markup in frontmatter, locale strings, sources, quotes; page ${pagePath}`, 'built; shown as text; no script ran, 0 CSP violations');
    });
  }

  test('the injected text is on the page as text, where the reader sees it', async ({ page }) => {
    await page.goto(`${site!.url}/en/`);
    await expect(page.locator('.skip-link')).toHaveText(ATTRIBUTE);
    await expect(page.locator('.site-name')).toHaveText(SHORT);
    await expect(page.locator('h1')).toHaveText(`Geneva ${SCRIPT}`);
    await expect(page.getByText(`${SCRIPT} ${ATTRIBUTE}`).first()).toBeVisible();
    const ld = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(ld!).headline).toBe(`Geneva ${SCRIPT}`);
    record('a title with </script> in the JSON-LD island', 'escaped: the island reads back as the same title');
  });

  test('the CSV download neutralises formulas and keeps numbers', async ({ request }) => {
    const csv = await (await request.get(`${site!.url}/en/data/casualties.csv`)).text();
    const row = csv.split('\r\n').find((line) => line.startsWith('kz-dead,'))!;
    expect(row).toContain(`"'${FORMULA.slice(0, 30).replace(/"/g, '""')} ${SHORT}"`);
    expect(row).toContain(`,"'${FORMULA.replace(/"/g, '""')}`);
    expect(row).toMatch(/^kz-dead,[^,]*,164,/);
    record('a figure label and a source publisher starting with =', "CSV cells start with ' (text, not a formula); values stay numbers");
  });
});

/** Inputs that must stop the build: the message the editor reads first. */
const stops: [input: string, make: (dir: string) => void, message: RegExp][] = [
  ['a javascript: address in sources.json', (d) => editJson(d, 'content/data/sources.json', (s) => { s[Object.keys(s)[0]!].url = 'javascript:alert(1)'; }), /content\/data\/sources\.json:\d+\n {2}"[a-z0-9-]+" → url: only https: \(or http:\) addresses may be linked/],
  ['a data: address in sources.json', (d) => editJson(d, 'content/data/sources.json', (s) => { s[Object.keys(s)[0]!].url = 'data:text/html,<script>alert(1)</script>'; }), /content\/data\/sources\.json:\d+\n {2}"[a-z0-9-]+" → url: only https: \(or http:\) addresses may be linked/],
  ['an entry id with markup in figures.json', (d) => editJson(d, 'content/data/figures.json', (f) => { f['x"><script>window.__pwned=1</script>'] = { ...f['kz-dead'] }; }), /content\/data\/figures\.json:\d+\n {2}the id "x"><script>window\.__pwned=1<\/script>" may hold only lower-case letters, digits and hyphens/],
  ['16,400,000 dead', (d) => editJson(d, 'content/data/figures.json', (f) => { f['kz-dead'].value = 16_400_000; }), /content\/data\/figures\.json:\d+\n {2}"kz-dead" → value: 16400000 is outside what the casualties graphic can draw \(1 to 1,000\)\n {2}Fix: check the number/],
  ['1e12 soldiers', (d) => editJson(d, 'content/data/figures.json', (f) => { f['ru-troops-ukraine'].value = 1e12; }), /content\/data\/figures\.json:\d+\n {2}"ru-troops-ukraine" → value: 1000000000000 is outside what the troops graphic can draw/],
  ['-164 dead', (d) => editJson(d, 'content/data/figures.json', (f) => { f['kz-dead'].value = -164; }), /content\/data\/figures\.json:\d+\n {2}"kz-dead" → value: a count cannot be negative/],
  ['a figure unit with markup', (d) => editJson(d, 'content/data/figures.json', (f) => { f['kz-dead'].unit = '<script>'; }), /content\/data\/figures\.json:\d+\n {2}"kz-dead" → unit: Invalid enum value/],
  ['published: 2022-02-30', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace(/^published: .*$/m, 'published: 2022-02-30')), /content\/article\/en\.mdx:\d+\n {2}frontmatter → published: this is not a calendar date/],
  ['a correction dated 2022-13-01', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace(/^(published: .*)$/m, '$1\ncorrections:\n  - date: 2022-13-01\n    text: x')), /content\/article\/en\.mdx:\d+\n {2}frontmatter → corrections\.0\.date: this is not a calendar date/],
  ['lang: de-CH in en.mdx', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace(/^lang: .*$/m, 'lang: de-CH')), /content\/article\/en\.mdx:\d+\n {2}lang: "de-CH" is the language "de", but the file is the locale "en"/],
  ['lang: english', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace(/^lang: .*$/m, 'lang: english')), /content\/article\/en\.mdx:\d+\n {2}lang: "english" is the language "english", but the file is the locale "en"/],
  ['en.mdx and en.json copied as fr', (d) => {
    fs.copyFileSync(path.join(d, 'content/article/en.mdx'), path.join(d, 'content/article/fr.mdx'));
    fs.copyFileSync(path.join(d, 'content/locales/en.json'), path.join(d, 'content/locales/fr.json'));
  }, /content\/article\/fr\.mdx:\d+\n {2}lang: "en" is the language "en", but the file is the locale "fr"/],
  ['a 2,000-character chart label in a published locale', (d) => editJson(d, 'content/locales/en.json', (s) => { s['casualties.dead.value'] = 'x'.repeat(2000); }), /content\/locales\/en\.json:\d+\n {2}"casualties\.dead\.value" has 2000 characters; its limit is \d+/],
  ['a trailing comma in figures.json', (d) => editText(d, 'content/data/figures.json', (t) => t.replace(/\}\s*\}\s*$/, '},\n}\n')), /^1 problem in content\/:\n\ncontent\/data\/figures\.json:\d+:\d+\n {2}this is not valid JSON: a comma after the last entry/],
  ['a trailing comma in en.json', (d) => editText(d, 'content/locales/en.json', (t) => t.replace(/"\s*\}\s*$/, '",\n}\n')), /^1 problem in content\/:\n\ncontent\/locales\/en\.json:\d+:\d+\n {2}this is not valid JSON: a comma after the last entry/],
  ['<script> in the MDX', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace(/^## /m, '<script>window.__pwned=1</script>\n\n## ')), /content\/article\/en\.mdx:\d+:\d+\n {2}<script> is not allowed in the article/],
  ['a javascript: link in the MDX', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace(/^## (.*)$/m, '## $1\n\n[read more](javascript:alert(1))')), /content\/article\/en\.mdx:\d+:\d+\n {2}the link address "javascript:alert\(1\)" is not allowed/],
  ['an {expression} in the MDX', (d) => editText(d, 'content/article/en.mdx', (t) => t.replace(/^## (.*)$/m, '## $1\n\n{globalThis.process.exit(0)}')), /content\/article\/en\.mdx:\d+:\d+\n {2}an article cannot hold code/],
];

for (const [input, make, message] of stops) {
  test(`${input}: the build stops with one message naming the file and the fix`, async () => {
    test.setTimeout(120_000);
    await inCopy((dir) => {
      make(dir);
      const result = build(dir);
      expect(result.ok).toBe(false);
      const output = result.output.trimStart();
      expect(output.split('\n').slice(0, 12).join('\n')).toMatch(message);
      expect(output).not.toMatch(/^\s+at /m);
      expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
      const problem = /^(?:\d+ problems? in content\/:\n\n)?([^\n]+\n[^\n]+)/.exec(output.replace(/^[\s\S]*?(\d+ problems? in content\/)/, '$1'))?.[1] ?? output.split('\n')[0]!;
      record(input, `build stops: ${problem.replace(/\s+/g, ' ').trim()}`);
    });
  });
}

test('<Num id={"kz-dead"}/> is read like <Num id="kz-dead"/>', async () => {
  test.setTimeout(180_000);
  await inCopy((dir) => {
    editText(dir, 'content/article/en.mdx', (t) => t.replace('<Num id="kz-dead"/>', '<Num id={"kz-dead"}/>'));
    const result = build(dir);
    expect(result.ok, result.output).toBe(true);
    expect(result.read('en/index.html')).toContain('data-figure="kz-dead">164<');
    record('<Num id={"kz-dead"}/>', 'built: read as id="kz-dead"');
  });
});

test('a failed build leaves no dist/ behind to deploy by mistake', async () => {
  test.setTimeout(120_000);
  await inCopy((dir) => {
    fs.cpSync(path.resolve('dist'), path.join(dir, 'dist'), { recursive: true });
    editJson(dir, 'content/data/figures.json', (f) => { delete f['kz-dead'].source; });
    const result = build(dir);
    expect(result.ok).toBe(false);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    record('a mistake after an earlier successful build', 'build stops; the earlier dist/ is removed');
  });
});

test('over-long strings in a draft build with a warning each, and the page survives them on a phone', async ({ browser }) => {
  test.setTimeout(240_000);
  const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ').slice(0, n);
  await inCopy(async (dir) => {
    editText(dir, 'content/article/en.mdx', (t) => t.replace(/^status: published$/m, 'status: draft'));
    editJson(dir, 'content/locales/en.json', (s) => {
      s['meta.siteName'] = long(200);
      s['casualties.dead.value'] = long(2000);
      s['troops.ukraine.total'] = long(500);
    });
    const result = build(dir);
    expect(result.ok, result.output).toBe(true);
    for (const [key, length] of [['meta.siteName', 200], ['casualties.dead.value', 2000], ['troops.ukraine.total', 500]] as const) {
      expect(result.output).toContain(`"${key}" has ${length} characters; its limit is`);
    }
    const site = await serveStatic(path.join(dir, 'dist'), 11);
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    try {
      await page.goto(`${site.url}/en/`);
      const layout = await page.evaluate(() => ({
        sideways: document.documentElement.scrollWidth - window.innerWidth,
        switcher: document.querySelector('.switcher a')!.getBoundingClientRect().right,
        masthead: document.querySelector('.masthead')!.getBoundingClientRect().height,
        labelLines: Math.max(...[...document.querySelectorAll('[data-graphic="casualties"] text')].map((t) => t.querySelectorAll('tspan').length)),
        marks: document.querySelectorAll('[data-graphic="casualties"] .cm').length,
      }));
      expect(layout.sideways).toBeLessThanOrEqual(0);
      expect(layout.switcher).toBeLessThanOrEqual(375);
      expect(layout.masthead).toBeLessThan(80);
      expect(layout.labelLines).toBeLessThanOrEqual(9);
      expect(layout.marks).toBeGreaterThan(0);
      record('2,000-, 500- and 200-character strings in a draft', 'built with one warning each; on a 375 px phone no sideways scroll, the language link on screen, labels cut with an ellipsis, marks drawn');
    } finally {
      await page.close();
      site.stop();
    }
  });
});
