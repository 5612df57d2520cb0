import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  articleFrontmatterSchema,
  figureSchema,
  graphicSchema,
  pipelineSchema,
  placeSchema,
  positionSchema,
  eventSchema,
  sourceSchema,
} from './site-content/schemas';

/**
 * One MDX article per locale: content/article/<tag>.mdx. The id is the file name as it is, so
 * that tags with capitals (pt-BR, zh-Hant) keep them; the default id would be lower-cased.
 */
const article = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/article', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: articleFrontmatterSchema,
});

/**
 * i18next strings per locale: content/locales/<tag>.json (files starting with _ are metadata); ids
 * as in the file names. `[^_]`, not `[!_]`: the loader's file watcher (picomatch 4) reads `[!_]*`
 * as "starts with _", so a saved locale file never reached the dev server's store.
 */
const locales = defineCollection({
  loader: glob({ pattern: '[^_]*.json', base: './content/locales', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: z.record(z.string(), z.string()),
});

const figures = defineCollection({ loader: file('content/data/figures.json'), schema: figureSchema });
const sources = defineCollection({ loader: file('content/data/sources.json'), schema: sourceSchema });
const graphics = defineCollection({ loader: file('content/data/graphics.json'), schema: graphicSchema });
/** Points on the maps (lon/lat); their names are the locale keys place.<id> */
const places = defineCollection({ loader: file('content/data/places.json'), schema: placeSchema });

/** Pipelines on the Nord Stream map: landfalls (places) and the schematic waypoints between them */
const pipelines = defineCollection({ loader: file('content/data/pipelines.json'), schema: pipelineSchema });
/** Stances on Nord Stream 2: who, for or against, in which form, when, from which source */
const positions = defineCollection({ loader: file('content/data/positions.json'), schema: positionSchema });
/** The Nord Stream graphic's dated events: the pipelines' status, the US sanctions, the threatened measures, later developments */
const nordstreamEvents = defineCollection({ loader: file('content/data/nordstream-events.json'), schema: eventSchema });

export const collections = { article, locales, figures, sources, graphics, places, pipelines, positions, nordstreamEvents };
