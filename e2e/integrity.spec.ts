/**
 * What the reader sees of honest sourcing, on the built pages: contested figures carry their
 * caveat in every data table, later figures are marked later, words said in another language are
 * shown as a translation and not as a quote, and a source found only as a copy says so.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from './helpers';
import { structureOfSource } from '../src/integration/article-structure';
import { sameLanguage } from '../src/i18n/format';
import type { Figure, Graphic, Source } from '../src/site-content/schemas';

const json = <T,>(file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const figures = json<Record<string, Figure>>('content/data/figures.json');
const graphics = json<Record<string, Graphic>>('content/data/graphics.json');
const sources = json<Record<string, Source>>('content/data/sources.json');

for (const locale of locales.filter((l) => l.status === 'published')) {
  const strings = json<Record<string, string>>(`content/locales/${locale.tag}.json`);

  test(`${locale.tag}: every table row of a contested figure shows its caveat, every later figure its mark`, async ({ page }) => {
    await page.goto(`/${locale.tag}/`);
    let checked = 0;
    for (const [name, graphic] of Object.entries(graphics)) {
      const ids = new Set(Object.values(graphic.states).flatMap((s) => s.figures));
      const table = page.locator('[data-scrolly]', { has: page.locator(`[data-graphic="${name}"]`) }).locator('details.graphic-data');
      for (const id of ids) {
        const row = table.locator(`[data-figure-row="${id}"]`);
        await expect(row.locator('[data-caveat]'), `${name} ${id}`).toHaveCount(figures[id]!.caveat ? 1 : 0);
        await expect(row.locator('th .later-tag'), `${name} ${id}`).toHaveCount(figures[id]!.later ? 1 : 0);
        if (figures[id]!.caveat) checked++;
      }
    }
    expect(checked, 'the graphics show contested figures').toBeGreaterThan(0);
  });

  test(`${locale.tag}: words said in another language are a translation, never a quote`, async ({ page }) => {
    const quotes = structureOfSource(fs.readFileSync(`content/article/${locale.tag}.mdx`, 'utf8')).quotes;
    const translated = quotes.filter((q) => !sameLanguage(q.said!, q.lang!));
    test.skip(translated.length === 0, 'this edition has no translated words');
    await page.goto(`/${locale.tag}/`);
    const [open, close] = strings['quote.marks']!.split('{{text}}');
    const shown = page.locator('article .quote-translated');
    await expect(shown).toHaveCount(translated.length);
    for (let i = 0; i < translated.length; i++) {
      const text = (await shown.nth(i).textContent())!;
      expect(text, 'no quotation marks around a translation').not.toContain(open!.trim());
      expect(text).not.toContain(close!.trim());
      const language = new Intl.DisplayNames([locale.lang], { type: 'language' }).of(translated[i]!.said!)!;
      expect(text).toContain(language);
    }
  });

  test(`${locale.tag}: a source found only as a copy names the original publisher and says where the copy is`, async ({ page }) => {
    await page.goto(`/${locale.tag}/`);
    const list = page.locator('.sources');
    const copies = Object.values(sources).filter((s) => s.copy);
    expect(copies.length).toBeGreaterThan(0);
    const [before] = strings['source.copy']!.split('{{copy}}');
    const joiner = before!.replace('{{publisher}}', '');
    let shown = 0;
    for (const s of copies) {
      const item = list.locator('li', { hasText: s.title });
      if ((await item.count()) === 0) continue; // a source of data the page does not show
      await expect(item.first()).toContainText(`${s.publisher}${joiner}${s.copy}`);
      shown++;
    }
    expect(shown, 'the list shows copies').toBeGreaterThan(0);
  });
}
