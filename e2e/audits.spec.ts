import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { expectActive, guardPage, locales, scrollToStep, stepsOf } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: import('@playwright/test').Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    // States change at once under reduced motion, so that axe never measures a half-faded mark.
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

    test('axe finds no WCAG 2.2 AA violation on the root page and the 404 page', async ({ page }) => {
      // The root page redirects at once; axe needs the page to stay, so it reads the page as a
      // reader without JavaScript gets it: the same HTML without its redirect script.
      await page.route('**/choose-locale.js', (route) => route.abort());
      await page.goto('/');
      await expect(page).toHaveURL(/\/$/);
      expect(await axe(page), 'root').toEqual([]);
      await page.goto('/404.html');
      expect(await axe(page), '404').toEqual([]);
    });

    for (const locale of locales) {
      test(`axe finds no WCAG 2.2 AA violation in ${locale.tag}, on the whole page and in every step state`, async ({ page, baseURL }) => {
        // Many axe runs in one test: generous, so that a busy shared machine never fails it.
        test.setTimeout(600_000);
        const guard = guardPage(page, baseURL!);
        await page.goto(`/${locale.tag}/`);
        expect(await axe(page), 'whole page').toEqual([]);
        // Every state, at every width: a phone shows other label sets than a desktop.
        for (const step of stepsOf(locale.tag)) {
          await scrollToStep(page, step.id);
          await expectActive(page, step);
          expect(await axe(page, `[data-scrolly]:has([data-step="${step.id}"])`), `step ${step.id}`).toEqual([]);
        }
        expect(guard.problems).toEqual([]);
      });
    }
  });
}

test('every built page carries a Content-Security-Policy without unsafe-inline, and Chromium reports no violation of it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the policy is in the files, the same for every viewport');
  test.setTimeout(300_000);
  const pages = (fs.readdirSync('dist', { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(3);
  for (const file of pages) {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(fs.readFileSync(path.join('dist', file), 'utf8'))?.[1];
    expect(policy, file).toMatch(/(^|; )script-src 'self'/);
    expect(policy, file).not.toContain('unsafe-inline');
  }
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`); });
  // the root page runs its redirect script, from the site like every script
  await page.goto('/');
  await page.waitForURL(/\/(de|en)\/$/);
  await page.goto('/404.html');
  for (const locale of locales) {
    await page.goto(`/${locale.tag}/`);
    for (const step of stepsOf(locale.tag)) {
      await scrollToStep(page, step.id);
      await expectActive(page, step);
    }
  }
  expect(violations).toEqual([]);
});

test('every built page is valid HTML', async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the files are the same for every viewport');
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      'no-inline-style': 'off',
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
      'void-style': 'off',
      'long-title': 'off',
    },
  });
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(full);
    }
  };
  walk('dist');
  expect(pages.length).toBeGreaterThanOrEqual(4);
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});

test('every internal link and fragment of the built site leads somewhere', async ({ baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the files are the same for every viewport');
  test.setTimeout(180_000);
  const { check } = await import('linkinator');
  const origin = new URL(baseURL!).origin;
  const result = await check({
    path: `${origin}/`,
    recurse: true,
    checkFragments: true,
    // Other hosts (the sources) are the reader's to follow; this checks the site's own links.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}, status ${l.status})`);
  expect(broken).toEqual([]);
  expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(10);
});
