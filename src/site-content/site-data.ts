/**
 * Everything a page needs from content/, read once per build through the content collections:
 * the locale registry, a translator per locale, figures, sources and graphics. In the dev server
 * it is read once per request (the middleware opens the request's scope), so that an edit shows
 * without a restart and a page's many components do not each read content/ again.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import fs from 'node:fs';
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, discoverLocales, type LocaleInfo } from '../i18n/registry';
import { createTranslator, type Resources, type Translator } from '../i18n/translator';
import { structureOfSource, type ArticleStructure } from '../integration/article-structure';
import { rangeProblems } from '../integration/checks';
import { ContentError } from '../integration/problems';
import type { ArticleFrontmatter, Figure, Graphic, Pipeline, Place, Position, NordstreamEvent, Source } from './schemas';

export interface SiteData {
  locales: LocaleInfo[];
  defaultLocale: LocaleInfo;
  translators: Record<string, Translator>;
  figures: Record<string, Figure>;
  sources: Record<string, Source>;
  graphics: Record<string, Graphic>;
  places: Record<string, Place>;
  pipelines: Record<string, Pipeline>;
  positions: Record<string, Position>;
  /** the Nord Stream graphic's dated events (content/data/nordstream-events.json) */
  nordstreamEvents: Record<string, NordstreamEvent>;
  structures: Record<string, ArticleStructure>;
  articles: Record<string, ArticleFrontmatter>;
}

let cached: Promise<SiteData> | undefined;
const perRequest = new AsyncLocalStorage<{ data?: Promise<SiteData> }>();

/** Runs one dev-server request with its own reading of content/. */
export function withRequestScope<T>(render: () => Promise<T>): Promise<T> {
  return perRequest.run({}, render);
}

async function load(): Promise<SiteData> {
  const contentDir = path.resolve('content');
  const locales = discoverLocales(contentDir);
  const defaultLocale = locales.find((l) => l.tag === DEFAULT_LOCALE)!;
  const resourcesByTag: Record<string, Resources> = Object.fromEntries(
    (await getCollection('locales')).map((entry) => [entry.id, entry.data]),
  );
  const entries = <T,>(list: { id: string; data: T }[]) => Object.fromEntries(list.map((e) => [e.id, e.data]));
  const figures: Record<string, Figure> = entries(await getCollection('figures'));
  // The build stops on these before any page renders; the dev server renders on, so a value no
  // graphic can draw (1e12 marks would exhaust the memory) must stop the page here, with the fix.
  const outOfRange = rangeProblems(figures);
  if (outOfRange.length) throw new ContentError(outOfRange);
  return {
    locales,
    defaultLocale,
    translators: Object.fromEntries(locales.map((l) => [l.tag, createTranslator(l, resourcesByTag)])),
    figures,
    sources: entries(await getCollection('sources')),
    graphics: entries(await getCollection('graphics')),
    places: entries(await getCollection('places')),
    pipelines: entries(await getCollection('pipelines')),
    positions: entries(await getCollection('positions')),
    nordstreamEvents: entries(await getCollection('nordstreamEvents')),
    articles: entries(await getCollection('article')),
    structures: Object.fromEntries(
      locales.map((l) => [l.tag, structureOfSource(fs.readFileSync(path.join(contentDir, 'article', `${l.tag}.mdx`), 'utf8'))]),
    ),
  };
}

export function siteData(): Promise<SiteData> {
  if (import.meta.env.DEV) {
    const scope = perRequest.getStore();
    if (!scope) return load();
    scope.data ??= load();
    return scope.data;
  }
  cached ??= load();
  return cached;
}

export async function translatorFor(tag: string | undefined): Promise<Translator> {
  const data = await siteData();
  return data.translators[tag ?? DEFAULT_LOCALE] ?? data.translators[DEFAULT_LOCALE]!;
}

/** Every figure id the article of a locale shows, in prose or in its graphics' states. */
export function figuresShown(data: SiteData, tag: string): string[] {
  const structure = data.structures[tag];
  if (!structure) return [];
  const ids = new Set(structure.figures.map((f) => f.id).filter((id): id is string => !!id));
  for (const block of structure.blocks) {
    const graphic = block.graphic ? data.graphics[block.graphic] : undefined;
    for (const state of Object.values(graphic?.states ?? {})) state.figures.forEach((id) => ids.add(id));
  }
  return [...ids];
}
