import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_LOCALE, discoverLocales } from '../src/i18n/registry';
import { scaffoldLocale } from '../src/translation/new-locale';
import { renderInline, segmentArticle, segmentsOf } from '../src/translation/segments';
import { staleSegments, translationStatus } from '../src/translation/status';
import { exportXliff, ImportError, importXliff } from '../src/translation/xliff';
import { projectCopies } from './project-copies';
import { build, editText } from './temp-build';

const copyProject = projectCopies();

/** A stand-in translation that keeps length and markup: every Latin letter moved one on (a → b). */
const shifted = (text: string) => text.replace(/[a-y]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + 1));

/** Fills every target of an exported file with its source, shifted, outside tags and entities, as a CAT tool's translator would. */
function translateAll(xml: string): string {
  return xml.replace(/<source xml:space="preserve">([\s\S]*?)<\/source>\s*<target xml:space="preserve">[\s\S]*?<\/target>/g, (_, source: string) => {
    const target = source.split(/(<[^>]+>|&#?\w+;)/).map((part, i) => (i % 2 ? part : shifted(part))).join('');
    return `<source xml:space="preserve">${source}</source>\n        <target xml:space="preserve">${target}</target>`;
  }).replace(/<segment state="initial">/g, '<segment state="translated">');
}

test('a locale scaffolded, exported, translated in XLIFF and imported builds as published; a lost placeholder and a changed German paragraph are caught', async () => {
  test.setTimeout(300_000);
  const dir = copyProject();
  // what npm run i18n:new -- it-CH and npm run i18n:export -- it-CH run (in a copy, vite-node
  // cannot load the linked packages, so the test calls the commands' functions)
  scaffoldLocale(dir, 'it-CH');
  const xml = exportXliff(dir, 'it-CH').xml;
  expect(xml).toContain('<ph id="num-kz-dead" dataRef=');

  // a lost placeholder: the import names the unit and the fix, and writes nothing
  const german = fs.readFileSync(path.join(dir, `content/article/${DEFAULT_LOCALE}.mdx`), 'utf8');
  const firstWithFigure = [...segmentsOf(segmentArticle(german)).values()].find((s) => renderInline(s.content).includes('<Num id="kz-dead"/>'))!;
  const translated = translateAll(xml);
  const unit = new RegExp(`(<unit id="${firstWithFigure.id.replace(/\./g, '\\.')}">[\\s\\S]*?<target[^>]*>[\\s\\S]*?)<ph id="num-kz-dead"[^>]*/>`);
  const before = fs.readFileSync(path.join(dir, 'content/article/it-CH.mdx'), 'utf8');
  let refused = '';
  try {
    importXliff(dir, translated.replace(unit, '$1'));
  } catch (e) {
    if (e instanceof ImportError) refused = e.message;
  }
  expect(refused).toContain(`unit ${firstWithFigure.id} (content/article/it-CH.mdx): the placeholder num-kz-dead (<Num id="kz-dead"/>) is missing from the translation. Fix: insert it`);
  expect(fs.readFileSync(path.join(dir, 'content/article/it-CH.mdx'), 'utf8')).toBe(before);

  expect(importXliff(dir, translated).written).toEqual(['content/article/it-CH.mdx', 'content/locales/it-CH.json', 'content/locales/_sources/it-CH.json']);
  editText(dir, 'content/article/it-CH.mdx', (t) => t.replace(/^status: draft$/m, 'status: published'));
  const status = translationStatus(dir).find((s) => s.tag === 'it-CH')!;
  expect([status.strings.missing, status.strings.sameAsDefault, status.paragraphs, status.stale]).toEqual([[], [], [], []]);

  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  const page = result.read('it-CH/index.html');
  expect(page).toMatch(/<html lang="it-CH"/);
  // the first words only: the build's typography joins a date's parts with no-break spaces
  const firstWords = renderInline(firstWithFigure.content).split(' ').slice(0, 5).join(' ');
  expect(page).toContain(shifted(firstWords));
  for (const tag of discoverLocales(path.join(dir, 'content')).filter((l) => l.status === 'published').map((l) => l.tag)) {
    expect(result.read(`${tag}/index.html`)).toContain('hreflang="it-CH" href="https://');
  }

  // one German paragraph changed: that segment, and only it, is stale in every other locale
  const others = discoverLocales(path.join(dir, 'content')).filter((l) => l.tag !== DEFAULT_LOCALE).map((l) => l.tag);
  expect(others).toEqual(expect.arrayContaining(['en', 'it-CH']));
  for (const tag of others) expect(staleSegments(dir, tag)).toEqual([]);
  const paragraph = renderInline(firstWithFigure.content);
  editText(dir, `content/article/${DEFAULT_LOCALE}.mdx`, (t) => t.replace(paragraph, paragraph.replace(/ (\S+)$/, ' nachweislich $1')));
  for (const tag of others) {
    const stale = staleSegments(dir, tag);
    expect(stale.map((s) => [s.file, s.id])).toEqual([[`content/article/${tag}.mdx`, firstWithFigure.id]]);
    expect(stale[0]!.diff).toContain('{+nachweislich +}');
  }
  expect(exportXliff(dir, 'it-CH').xml.match(/<segment state="initial">/g)).toHaveLength(1);
});
