import type { GraphicManifest } from '../manifest';

/**
 * The Geneva graphic draws one square per state at each table and a bar per hour of talks. Up to
 * these values the squares and bars stay inside the frame of either label set
 * (src/charts/manifest.test.ts runs the layout at both ends).
 */
export const genevaManifest = {
  places: [],
  ranges: {
    'geneva-delegations': { min: 2, max: 6 },
    'nrc-allies': { min: 1, max: 40 },
    'osce-states': { min: 2, max: 70 },
    'geneva-hours': { min: 0.5, max: 24 },
    'nrc-hours': { min: 0.5, max: 24 },
  },
} as const satisfies GraphicManifest;
