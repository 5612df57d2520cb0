/**
 * The accented pseudo-locale (src/i18n/pseudo.ts), built in a copy of the project: every string a
 * reader sees must come out transformed (a plain word is a string hard-coded somewhere), and the
 * longer text must fit at 375 px in every step.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { buildWithPseudoLocale } from '../src/translation/pseudo-build';
import { removeProject, serveStatic } from './temp-build';
import { scrollToStep, stepsOf } from './helpers';
import { SCREENS, screenProblems } from './screen-geometry';

let site: { url: string; stop: () => void };
/** the copy of the project the pseudo-locale was built in, removed when the tests are done */
let copy = '';
let tag = '';
const dateLocale = (JSON.parse(fs.readFileSync('content/locales/en.json', 'utf8')) as Record<string, string>)['format.dateLocale']!;
/** Quotations stay in their original language (ARCHITECTURE.md, "Journalistic rules in the code"): their words are not UI strings. */
const positions = JSON.parse(fs.readFileSync('content/data/positions.json', 'utf8')) as Record<string, { quote?: { text: string } }>;
const quoteWords = Object.values(positions).flatMap((p) => p.quote?.text.match(/[A-Za-z]{3,}/g) ?? []);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const result = buildWithPseudoLocale('accented');
  copy = result.dir;
  expect(result.ok, result.output).toBe(true);
  tag = result.tag;
  site = await serveStatic(`${result.dir}/dist`);
});
test.afterAll(() => {
  site?.stop();
  if (copy) removeProject(copy);
});

/** Visible text with three or more plain Latin letters in a row, outside data and other languages. */
function plainWords(page: Page): Promise<string[]> {
  return page.evaluate(([dateLocale, quoted]) => {
    const lang = document.documentElement.lang;
    // Dates, lists and the names of the languages quotes are in come from Intl, not from translated strings.
    const intlWords = new Set<string>();
    const addWordsOf = (text = '') => text.match(/[A-Za-z]+/g)?.forEach((w) => intlWords.add(w));
    const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
    for (const element of document.querySelectorAll('[lang]')) addWordsOf(languageNames.of(element.getAttribute('lang')!));
    // the language a translated person spoke (<Quote said>) is named by Intl too
    for (const element of document.querySelectorAll('[data-said]')) addWordsOf(languageNames.of(element.getAttribute('data-said')!));
    for (const type of ['conjunction', 'disjunction'] as const) {
      for (const part of new Intl.ListFormat(lang, { type }).formatToParts(['x', 'y'])) if (part.type === 'literal') addWordsOf(part.value);
    }
    for (let m = 0; m < 12; m++) for (const month of ['long', 'short'] as const) intlWords.add(new Intl.DateTimeFormat(dateLocale, { month, timeZone: 'UTC' }).format(Date.UTC(2022, m, 15)).replace('.', ''));
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      // data (publishers, titles of sources, addresses) and text in another language are not UI strings
      if (element.closest('[translate="no"], script, style') || element.closest('[lang]')!.getAttribute('lang') !== lang) continue;
      const words = (node.textContent ?? '').match(/[A-Za-z]{3,}/g) ?? [];
      for (const word of words) if (!intlWords.has(word) && !quoted.includes(word)) found.push(`${word} (in <${element.localName} class="${element.getAttribute('class') ?? ''}">)`);
    }
    return [...new Set(found)];
  }, [dateLocale, quoteWords] as const);
}

/** Text that does not fit: the page scrolls sideways, an element clips its text, an SVG label leaves its graphic. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (!el.offsetParent && style.position !== 'fixed') continue;
      // text for screen readers only (a state's description, a stacked block's page graphic) is clipped to 1 px by design
      if (el.offsetWidth <= 1 || el.offsetHeight <= 1) continue;
      const clips = (a: string) => a === 'hidden' || a === 'clip';
      if ((clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) problems.push(`${el.localName}.${el.className} clips its content`);
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>('[data-graphic] svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        const r = text.getBoundingClientRect();
        if (r.width === 0 || Number(getComputedStyle(text).opacity) === 0) continue;
        if (r.left < box.left - 2 || r.right > box.right + 2 || r.top < box.top - 2 || r.bottom > box.bottom + 2) problems.push(`label "${text.textContent}" leaves its graphic`);
      }
    }
    return problems;
  });
}

test('no string a reader sees stays untransformed, and the longer text fits a phone in every step', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${site.url}/${tag}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect(await plainWords(page)).toEqual([]);
  expect(await overflows(page)).toEqual([]);
  for (const step of stepsOf('en')) {
    await scrollToStep(page, step.id);
    await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
    expect(await overflows(page), step.id).toEqual([]);
  }
  // The disclosure with each graphic's table, open: its strings too.
  for (const details of await page.locator('details.graphic-data').all()) await details.locator('summary').click();
  expect(await plainWords(page)).toEqual([]);
});

test('the longer text keeps every step readable at every screen: no card over its graphic, labels legible, apart, inside and clear of title and credit', async ({ page }) => {
  test.setTimeout(900_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems: string[] = [];
  for (const screen of SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto(`${site.url}/${tag}/`);
    for (const step of stepsOf('en')) problems.push(...(await screenProblems(page, step)).map((p) => `${screen.name}: ${p}`));
  }
  expect(problems).toEqual([]);
});
