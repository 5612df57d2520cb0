import type { GraphicManifest } from '../manifest';

/**
 * The events its texts name by id. They live in content/data/nordstream-events.json, a file
 * that belongs to this graphic: every event in it lands in the map's timeline and tables.
 */
export const NAMED_EVENTS = { ns1Opened: 'ns1-opened-2011', completed: 'completed-2021', suspended: 'suspended-2021' } as const;

/** The map draws the landfalls and Bornholm; its figures (length, capacity) appear only as text. */
export const nordstreamManifest = {
  places: ['kurgalsky', 'portovaya', 'lubmin', 'bornholm'],
  events: Object.values(NAMED_EVENTS),
  ranges: {},
} as const satisfies GraphicManifest;
