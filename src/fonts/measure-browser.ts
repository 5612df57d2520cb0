/**
 * What a browser build gets for ./measure.ts (package.json "imports"): labels are measured and
 * placed at build time, so no browser code measures text, and fontkit stays out of the bundles.
 */
import type { Measured } from './measure';

export function measure(): Measured {
  throw new Error('text is measured at build time (src/fonts/measure.ts), not in the browser');
}
