/**
 * Labels (from labels.ts) as SVG markup, drawn at build time. The troops client creates the same
 * elements with d3 for its other states (troops/client.ts), so the attribute names here and there
 * must agree: class "tl tl-<cls>", data-key, transform, text-anchor, one tspan per line.
 */
import type { Label } from './labels';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const at = (x: number, y: number) => `translate(${x},${y})`;

/** Line spacing of a label set, rounded as troops/client.ts rounds it. */
export function lineHeight(size: number): number {
  return Math.round(size * 1.2 * 10) / 10;
}

export function labelSvg(l: Label, size: number): string {
  const tspans = l.lines.map((line, i) => `<tspan x="0"${i ? ` dy="${lineHeight(size)}"` : ''}>${esc(line)}</tspan>`).join('');
  return `<text class="tl tl-${l.cls}" data-key="${l.key}"${l.lang ? ` lang="${esc(l.lang)}"` : ''} transform="${at(l.x, l.y)}" text-anchor="${l.anchor}">${tspans}</text>`;
}
