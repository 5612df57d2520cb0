/**
 * npm run bench: the quality bars of ARCHITECTURE.md, measured on the built site.
 *
 * Sizes (JS, HTML, each graphic's share, first-visit transfer), Lighthouse 12 mobile (median of
 * five runs per locale), long tasks while scrolling the whole article at 4× CPU throttling (median
 * of three runs), requests to other origins, and warm build time for 2, 8 and 32 locales
 * (generated copies in a temporary folder). Writes bench-results/bench.json and bench-results/bench.md, and prints the table.
 *   npm run bench -- --quick    sizes, requests and long tasks only (no Lighthouse, no build scaling)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/browser';
import { copyProject, serveStatic } from '../e2e/temp-build';
import { pageSizes } from '../e2e/sizes';
import { discoverLocales } from '../src/i18n/registry';

const quick = process.argv.includes('--quick');
const KB = 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

/**
 * The environment of every build the bench times. vite-node, which runs this file, sets
 * NODE_ENV=development, and an Astro build under it is a development build: several times slower,
 * the more so the more locales (about 7× at 8 locales), and not what a reader is served.
 */
const buildEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

function timeBuild(dir: string): number {
  const start = performance.now();
  execFileSync(path.join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: 'ignore', env: buildEnv });
  return (performance.now() - start) / 1000;
}

/** Warm build time (the second of two builds) with `count` locales: copies of en under generated tags. */
function buildScaling(count: number): number {
  const dir = copyProject();
  for (let i = 0; i < count - 2; i++) {
    // a private-use tag per copy: a valid language tag of the file's language, and no two alike
    const tag = `en-x-bench${i}`;
    fs.copyFileSync(path.join(dir, 'content/locales/en.json'), path.join(dir, `content/locales/${tag}.json`));
    const mdx = fs.readFileSync(path.join(dir, 'content/article/en.mdx'), 'utf8').replace(/^lang: .*$/m, `lang: ${tag}`).replace(/^label: .*$/m, `label: Test ${i}`);
    fs.writeFileSync(path.join(dir, `content/article/${tag}.mdx`), mdx);
  }
  try {
    timeBuild(dir);
    return timeBuild(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Scrolls through the whole article at 4× CPU slowdown and records long tasks and foreign requests. */
async function scrollRun(base: string, tag: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const foreign: string[] = [];
  const origin = new URL(base).origin;
  let transfer = 0;
  const fonts: Record<string, number> = {};
  page.on('request', (r) => { if (r.url().startsWith('http') && new URL(r.url()).origin !== origin) foreign.push(r.url()); });
  page.on('requestfinished', async (r) => {
    const sizes = await r.sizes();
    transfer += sizes.responseBodySize + sizes.responseHeadersSize;
    if (r.resourceType() === 'font') fonts[r.url()] = sizes.responseBodySize;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/${tag}/`, { waitUntil: 'load' });
  const cls = await page.evaluate(() => new Promise<number>((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 500);
  }));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks = []; });
  for (let y = 0; y < height; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(1500);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await browser.close();
  return { longTasks, maxLongTask: Math.max(0, ...longTasks), foreign, transfer, fonts, cls };
}

interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  cls: number;
  tbt: number;
}

async function lighthouseRuns(url: string, runs: number) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs] });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
      const lhr = result!.lhr;
      results.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
        seo: Math.round((lhr.categories.seo?.score ?? 0) * 100),
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0,
      });
    } finally {
      chrome.kill();
    }
  }
  const pick = (k: keyof LighthouseRun) => ({ median: median(results.map((r) => r[k])), spread: spread(results.map((r) => r[k])) });
  return { runs: results.length, performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), lcp: pick('lcp'), cls: pick('cls'), tbt: pick('tbt') };
}

const rows: [string, string, string, boolean][] = [];
const row = (what: string, value: string, bar: string, ok: boolean) => rows.push([what, value, bar, ok]);

const buildSeconds = (() => {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'ignore', env: buildEnv });
  const start = performance.now();
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'ignore', env: buildEnv });
  return (performance.now() - start) / 1000;
})();
const locales = discoverLocales(path.resolve('content')).filter((l) => l.status === 'published');
const server = await serveStatic('dist', 11);
const report: Record<string, unknown> = { date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, buildSeconds };
try {
  for (const locale of locales) {
    const sizes = pageSizes('dist', `${locale.tag}/index.html`);
    // The longest task is noisy on a shared machine: the bar is judged on the median of three scroll
    // runs, and the worst run is shown beside it. The Long Tasks API reports only tasks of 50 ms and
    // more, so a run without one reads "< 50 ms", not 0.
    const runs = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(await scrollRun(server.url, locale.tag));
    const run = runs[0]!;
    const longest = runs.map((r) => r.maxLongTask);
    const entry: Record<string, unknown> = { sizes, scroll: runs };
    row(`${locale.tag}: JavaScript (gzip; raw)`, `${(sizes.jsGzip / KB).toFixed(1)} KB; ${(sizes.jsRaw / KB).toFixed(1)} KB`, '≤ 25 KB', sizes.jsGzip <= 25 * KB);
    row(`${locale.tag}: HTML (gzip)`, `${(sizes.htmlGzip / KB).toFixed(1)} KB`, '≤ 70 KB', sizes.htmlGzip <= 70 * KB);
    for (const [name, bytes] of Object.entries(sizes.graphics)) row(`${locale.tag}: graphic ${name} (gzip, in the HTML)`, `${(bytes / KB).toFixed(1)} KB`, ['troops', 'nordstream'].includes(name) ? '≤ 15 KB' : '—', !['troops', 'nordstream'].includes(name) || bytes <= 15 * KB);
    row(`${locale.tag}: first-visit transfer`, `${(run.transfer / KB).toFixed(1)} KB (gzip, as a static host serves it; web fonts included)`, '—', true);
    const fontBytes = Object.values(run.fonts).reduce((a, b) => a + b, 0);
    row(`${locale.tag}: web fonts loaded`, `${(fontBytes / KB).toFixed(1)} KB in ${Object.keys(run.fonts).length} files`, '≤ 80 KB', fontBytes <= 80 * KB);
    const taskTime = (ms: number) => (ms < 50 ? '< 50 ms' : `${ms.toFixed(0)} ms`);
    row(`${locale.tag}: longest task while scrolling, 4× CPU (median and worst of ${runs.length} runs)`, `${taskTime(median(longest))}; worst ${taskTime(Math.max(...longest))} (long tasks per run: ${runs.map((r) => r.longTasks.length).join('/')})`, '≤ 100 ms', median(longest) <= 100);
    row(`${locale.tag}: layout shift on load`, Math.max(...runs.map((r) => r.cls)).toFixed(3), '0', runs.every((r) => r.cls === 0));
    row(`${locale.tag}: requests to other origins`, String(runs.reduce((n, r) => n + r.foreign.length, 0)), '0', runs.every((r) => r.foreign.length === 0));
    if (!quick) {
      const lh = await lighthouseRuns(`${server.url}/${locale.tag}/`, 5);
      entry.lighthouse = lh;
      row(`${locale.tag}: Lighthouse performance (median of 5; spread)`, `${lh.performance.median} (±${lh.performance.spread})`, '≥ 98', lh.performance.median >= 98);
      row(`${locale.tag}: Lighthouse accessibility / best practices / SEO`, `${lh.accessibility.median} / ${lh.bestPractices.median} / ${lh.seo.median}`, '100 / 100 / 100', lh.accessibility.median === 100 && lh.bestPractices.median === 100 && lh.seo.median === 100);
      row(`${locale.tag}: Lighthouse LCP / CLS / TBT (median)`, `${(lh.lcp.median / 1000).toFixed(2)} s / ${lh.cls.median.toFixed(3)} / ${lh.tbt.median.toFixed(0)} ms`, 'CLS 0', lh.cls.median === 0);
    }
    report[locale.tag] = entry;
  }
} finally {
  server.stop();
}
row('build time, 2 locales (warm)', `${buildSeconds.toFixed(1)} s`, '≤ 10 s', buildSeconds <= 10);
if (!quick) {
  const scaling = { 2: buildScaling(2), 8: buildScaling(8), 32: buildScaling(32) };
  report.buildScaling = scaling;
  const perLocale = (scaling[32] - scaling[2]) / 30;
  row('build time, 8 / 32 locales (warm)', `${scaling[8].toFixed(1)} s / ${scaling[32].toFixed(1)} s`, '—', true);
  row('build time per further locale', `${perLocale.toFixed(2)} s`, '≤ 1 s', perLocale <= 1);
}

const table = ['| what | measured | bar | met |', '| --- | --- | --- | --- |', ...rows.map(([w, v, b, ok]) => `| ${w} | ${v} | ${b} | ${ok ? 'yes' : '**no**'} |`)].join('\n');
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/bench.json', JSON.stringify({ ...report, rows }, null, 2));
fs.writeFileSync('bench-results/bench.md', `${table}\n`);
console.log(table);
