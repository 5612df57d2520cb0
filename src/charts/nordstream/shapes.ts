/** The symbols of the marks: squares for swatches and threatened measures, circles otherwise. */
import type { MarkKind } from './layout';

export function symbol(kind: MarkKind, r: number): string {
  if (kind === 'threat' || kind.startsWith('swatch')) return `M${-r} ${-r}h${2 * r}v${2 * r}h${-2 * r}z`;
  return `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}
