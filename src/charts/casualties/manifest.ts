import type { GraphicManifest } from '../manifest';

/**
 * The unit chart draws one mark per person for the dead, then one per ten people for every
 * group. Up to these values every mark stays inside the chart and at least 2.5 px across on a
 * 320 px phone (src/charts/manifest.test.ts runs the layout at both ends).
 */
export const casualtiesManifest = {
  places: [],
  ranges: {
    'kz-dead': { min: 1, max: 1000 },
    'kz-dead-0115': { min: 1, max: 400 },
    'kz-injured': { min: 1, max: 10_000 },
    'kz-detained': { min: 1, max: 20_000 },
    'kz-detained-0110': { min: 1, max: 15_000 },
    'kz-detained-0112': { min: 1, max: 15_000 },
    'kz-detained-0107-first': { min: 1, max: 30_000 },
    'kz-detained-0107': { min: 1, max: 30_000 },
    'kz-detained-0108': { min: 1, max: 30_000 },
    'kz-detained-0109': { min: 1, max: 30_000 },
  },
} as const satisfies GraphicManifest;
