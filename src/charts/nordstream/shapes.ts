/** The symbols of the marks: squares for swatches and threatened measures, circles otherwise. */
import type { MarkKind } from './layout';
import { circlePath, squarePath } from '../shared/symbols';

export function symbol(kind: MarkKind, r: number): string {
  return kind === 'threat' || kind.startsWith('swatch') ? squarePath(r) : circlePath(r);
}
