import type { GraphicManifest } from '../manifest';

/** The map draws the landfalls and Bornholm; its figures (length, capacity) appear only as text. */
export const nordstreamManifest = {
  places: ['kurgalsky', 'portovaya', 'lubmin', 'bornholm'],
  ranges: {},
} as const satisfies GraphicManifest;
