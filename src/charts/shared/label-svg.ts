/**
 * Labels (from labels.ts) as SVG markup, drawn at build time. The troops client creates the same
 * elements with d3 for its other states (troops/client.ts), so the attribute names here and there
 * must agree: class "tl tl-<cls>", data-key, transform, text-anchor, one tspan per line.
 */
import type { Label } from './labels';
import { svg, type Markup } from './markup';
import { lineHeight } from './text';

export const at = (x: number, y: number) => `translate(${x},${y})`;

export function labelSvg(l: Label, size: number): Markup {
  const tspans = l.lines.map((line, i) => svg`<tspan x="0"${i ? svg` dy="${lineHeight(size)}"` : ''}>${line}</tspan>`);
  return svg`<text class="tl tl-${l.cls}" data-key="${l.key}"${l.lang ? svg` lang="${l.lang}"` : ''} transform="${at(l.x, l.y)}" text-anchor="${l.anchor}">${tspans}</text>`;
}
