/**
 * The casualty chart's measures, in a module of their own: the layout, the renderer, the CSS
 * generator and the browser's client all read them, and the client needs nothing else of the
 * layout.
 */
import { lineHeight } from '../shared/text';

// the renderer and the client space lines as the layout does
export { lineHeight };

export const WIDTH = 700;
export const HEIGHT = 600;
export const PAD = 8;
/** the container width (CSS px) from which the wide labels are shown */
export const WIDE_MIN_PX = 530;
/** narrowest container each label set is made for (phones: 320 px wide) */
export const MIN_PX = { compact: 320, wide: WIDE_MIN_PX } as const;
/** label font size in viewBox units: 12.8 px at the narrowest width of the set */
export const FONT = { compact: 28, wide: 17 } as const;

export const STATES = ['dead', 'injured', 'arrested', 'floor', 'days'] as const;
export type State = (typeof STATES)[number];
export type SizeClass = keyof typeof FONT;

/** Whether going from one state to the other changes the scale (and so passes through `merged`). */
export function changesScale(from: string, to: string): boolean {
  return from !== to && (from === 'dead' || to === 'dead');
}
