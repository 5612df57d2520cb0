/**
 * What a graphic needs from content/data/ and what it can draw, declared by the graphic in its
 * own folder (`<name>/manifest.ts`). The build reads every manifest before any layout runs: a
 * missing place or a figure whose value the graphic cannot draw stops it with the file, the
 * figure and the fix, instead of a crash (or an out-of-memory error) inside a layout.
 */
import type { Figure } from '../site-content/schemas';
import { casualtiesManifest } from './casualties/manifest';
import { genevaManifest } from './geneva/manifest';
import { nordstreamManifest } from './nordstream/manifest';
import { troopsManifest } from './troops/manifest';

export interface FigureRange {
  min: number;
  max: number;
}

export interface GraphicManifest {
  /** ids in content/data/places.json that the graphic draws */
  places: readonly string[];
  /** ids in content/data/nordstream-events.json that the graphic names (only the Nord Stream map reads that file) */
  events?: readonly string[];
  /**
   * The figures the graphic draws as marks, bars or positions, with the values it can draw:
   * manifest.test.ts runs the layout at both ends of each range.
   */
  ranges: Readonly<Record<string, FigureRange>>;
}

export const MANIFESTS: Readonly<Record<string, GraphicManifest>> = {
  casualties: casualtiesManifest,
  troops: troopsManifest,
  nordstream: nordstreamManifest,
  geneva: genevaManifest,
};

export interface OutOfRange {
  graphic: string;
  id: string;
  field: 'value' | 'max';
  value: number;
  range: FigureRange;
}

/** Every drawn figure whose value (or upper end) lies outside what its graphic can draw. */
export function figuresOutOfRange(figures: Record<string, Figure>, manifests: Readonly<Record<string, GraphicManifest>> = MANIFESTS): OutOfRange[] {
  const found: OutOfRange[] = [];
  for (const [graphic, manifest] of Object.entries(manifests)) {
    for (const [id, range] of Object.entries(manifest.ranges)) {
      const figure = figures[id];
      if (!figure) continue;
      for (const field of ['value', 'max'] as const) {
        const value = figure[field];
        if (value !== undefined && (value < range.min || value > range.max)) found.push({ graphic, id, field, value, range });
      }
    }
  }
  return found;
}
