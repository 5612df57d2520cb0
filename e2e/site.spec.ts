import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from './helpers';
import { translator } from '../src/charts/shared/test-content';
import { graphicText } from '../src/charts/shared/strings';
import { formatNumber } from '../src/i18n/format';
import { SOLDIERS_PER_MARK, markCount } from '../src/charts/troops/layout';

const published = locales.filter((l) => l.status === 'published');

test('the root sends a first-time visitor to the best match of the browser languages', async ({ browser, baseURL }) => {
  for (const locale of published) {
    const context = await browser.newContext({ locale: locale.lang, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${locale.tag}/$`));
    await context.close();
  }
});

test('the root remembers an explicit choice of language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: published[0]!.lang, baseURL });
  const page = await context.newPage();
  const other = published[1]!;
  await page.goto(`/${published[0]!.tag}/`);
  await page.getByRole('navigation').getByRole('link', { name: other.label }).click();
  await expect(page).toHaveURL(new RegExp(`/${other.tag}/`));
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/${other.tag}/$`));
  await context.close();
});

for (const locale of locales) {
  test(`${locale.tag}: head carries canonical, hreflang with x-default, social cards and NewsArticle data`, async ({ page }) => {
    await page.goto(`/${locale.tag}/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/${locale.tag}/$`));
    for (const other of published) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${other.lang}"]`)).toHaveAttribute('href', new RegExp(`/${other.tag}/$`));
    }
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: locale.lang, datePublished: '2022-01-10' });
  });
}

test('the French (Swiss) edition is published: /fr/ in lang fr-CH, indexable, in every published page\'s hreflang', async ({ page }) => {
  expect(published.find((l) => l.tag === 'fr')).toMatchObject({ lang: 'fr-CH' });
  for (const locale of published) {
    await page.goto(`/${locale.tag}/`);
    await expect(page.locator('link[rel="alternate"][hreflang="fr-CH"]')).toHaveAttribute('href', /\/fr\/$/);
  }
  await page.goto('/fr/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CH');
  await expect(page.locator('meta[name="robots"][content*="noindex"]')).toHaveCount(0);
});

/**
 * The build stops a published locale whose strings file keeps German text (src/i18n/untranslated.ts);
 * this looks at the page itself, where a component could still show the default locale's string
 * (the wrong translator, a text in code). German is allowed only marked as German (a quote).
 */
const defaultStrings = JSON.parse(fs.readFileSync('content/locales/de.json', 'utf8')) as Record<string, string>;
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
for (const locale of published.filter((l) => l.tag !== 'de')) {
  test(`${locale.tag}: the page shows no German string outside a passage marked as German`, async ({ page }) => {
    const own = JSON.parse(fs.readFileSync(`content/locales/${locale.tag}.json`, 'utf8')) as Record<string, string>;
    // whole sentences and phrases of three words or more, without placeholders, that this locale words differently
    const german = Object.entries(defaultStrings)
      .filter(([key, text]) => !/\{\{|\$t\(/.test(text) && spaced(text).split(' ').length >= 3 && own[key] !== text)
      .map(([key, text]) => [key, spaced(text)] as const);
    expect(german.length).toBeGreaterThan(50);
    await page.goto(`/${locale.tag}/`);
    const shown = spaced(await page.evaluate((lang) => {
      const inPageLanguage = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
      const parts: string[] = [];
      // text nodes joined as they read, so that a phrase split by inline markup is found whole
      let text = '';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('script, style') && inPageLanguage(node.parentElement)) text += node.textContent ?? '';
      }
      parts.push(text);
      for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
        if (inPageLanguage(el)) parts.push(...['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
      }
      parts.push(document.title);
      return parts.join(' ');
    }, locale.lang));
    expect(german.filter(([, text]) => shown.includes(text)).map(([key]) => key)).toEqual([]);
  });
}

test('the sitemap lists every published locale with its alternates', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const locale of published) {
    expect(xml).toContain(`/${locale.tag}/</loc>`);
    expect(xml).toContain(`hreflang="${locale.lang}"`);
  }
});

test('a missing page answers 404 in every language, the one of its address first', async ({ page }) => {
  const response = await page.goto(`/${published[1]!.tag}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[data-notfound]').first()).toHaveAttribute('data-notfound', published[1]!.tag);
  for (const locale of published) await expect(page.locator(`section[lang="${locale.lang}"] a[href="/${locale.tag}/"]`)).toBeVisible();
});

/**
 * The first screen: the masthead with the publication's name, the "two fronts" graphic (one dot
 * per 1,000 soldiers, from content/data) and the whole headline, one below the other, at the
 * smallest phone and on a laptop, in every locale. Without JavaScript: the first screen needs none.
 */
test.describe('the first screen', () => {
  test.use({ javaScriptEnabled: false });
  const figures = JSON.parse(fs.readFileSync('content/data/figures.json', 'utf8'));
  for (const locale of locales) {
    const tr = translator(locale.tag);
    const text = graphicText(tr, figures);
    for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 800 }]) {
      test(`${locale.tag} at ${viewport.width}×${viewport.height}: masthead, two-fronts graphic and the whole headline in view, apart`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/${locale.tag}/`);
        await expect(page.locator('.masthead .publication')).toHaveText(tr.t('masthead.publication'));
        await expect(page.locator('.byline-role')).toHaveText(tr.t('article.byline'));
        const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
        const [masthead, hero, h1] = [await box('.masthead'), await box('[data-hero]'), await box('h1')];
        const inView = (b: { y: number; height: number; x: number; width: number }) =>
          b.y >= masthead.y + masthead.height - 0.5 && b.y + b.height <= viewport.height && b.x >= 0 && b.x + b.width <= viewport.width;
        expect(inView(hero), `graphic ${JSON.stringify(hero)}`).toBe(true);
        expect(inView(h1), `headline ${JSON.stringify(h1)}`).toBe(true);
        expect(hero.y + hero.height, 'the graphic ends above the headline').toBeLessThanOrEqual(h1.y);
        for (const [id, key] of [['ru-troops-ukraine', 'hero.ukraine'], ['csto-total', 'hero.kazakhstan']]) {
          const front = page.locator(`[data-front="${id}"]`);
          await expect(front.locator('.hero-words')).toHaveText(text(key));
          // the drawing on screen: one dot per 1,000 soldiers, below its words, none cut off
          const drawing = front.locator('svg:visible');
          await expect(drawing).toHaveCount(1);
          await expect(drawing.locator('circle')).toHaveCount(markCount(figures[id].value));
          const [words, dots] = [(await front.locator('.hero-words').boundingBox())!, (await drawing.boundingBox())!];
          expect(dots.height, id).toBeGreaterThan(0);
          expect(dots.y, id).toBeGreaterThanOrEqual(words.y + words.height - 0.5);
          expect(inView(dots), id).toBe(true);
        }
        await expect(page.locator('.hero-key')).toHaveText(text('hero.key', { count: formatNumber(SOLDIERS_PER_MARK, tr) }));
      });
    }
  }
});
