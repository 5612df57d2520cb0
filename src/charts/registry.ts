/**
 * Which component draws which graphic. A graphic declared in content/data/graphics.json without
 * a component of its own is drawn by the key-figures panel, so that every state has a picture.
 * A graphic may also bring extras for the shared frame and data section: values its text
 * descriptions interpolate, tables of its own, and the sources of data that are not figures.
 */
import Casualties from './casualties/Casualties.astro';
import Geneva from './geneva/Geneva.astro';
import { genevaSources, genevaValues } from './geneva/data';
import KeyFigures from './keyfigures/KeyFigures.astro';
import Troops from './troops/Troops.astro';
import { troopsSources } from './troops/data';
import Nordstream from './nordstream/Nordstream.astro';
import NordstreamTables from './nordstream/NordstreamTables.astro';
import { nordstreamSources, nordstreamValues } from './nordstream/data';
import type { SiteData } from '../site-content/site-data';
import type { Translator } from '../i18n/translator';

const components: Record<string, typeof KeyFigures> = {
  casualties: Casualties,
  troops: Troops,
  nordstream: Nordstream,
  geneva: Geneva,
};

export function graphicComponent(name: string): typeof KeyFigures {
  return components[name] ?? KeyFigures;
}

export interface GraphicExtras {
  /** values the graphic's text descriptions interpolate besides the figures */
  values?: (tr: Translator, data: SiteData) => Record<string, string>;
  /** tables of its own, after the figures table in the data section */
  Tables?: typeof KeyFigures;
  /** ids of the sources of its data beyond the figures (positions, events, places) */
  sources?: (data: SiteData) => string[];
}

const extras: Record<string, GraphicExtras> = {
  nordstream: { values: nordstreamValues, Tables: NordstreamTables, sources: nordstreamSources },
  geneva: { values: genevaValues, sources: genevaSources },
  troops: { sources: troopsSources },
};

export function graphicExtras(name: string): GraphicExtras {
  return extras[name] ?? {};
}
