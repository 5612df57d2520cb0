/** The symbols of the marks: in the timeline one shape per lane (letter square, statement circle, measure triangle); squares for swatches; circles for landfalls. */
import type { MarkKind } from './layout';
import { circlePath, squarePath, trianglePath } from '../shared/symbols';

export function symbol(kind: MarkKind, r: number): string {
  if (kind === 'tl-measure') return trianglePath(r);
  return kind === 'tl-letter' || kind.startsWith('swatch') ? squarePath(r) : circlePath(r);
}
