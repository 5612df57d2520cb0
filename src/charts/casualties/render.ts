/**
 * Scene → SVG markup for the build-time rendering (the summary state). The client creates the
 * same elements with d3 (client.ts), so the names here and there must agree: the symbol ids,
 * the classes, and the transform written by `markTransform`.
 */
import { GROUPS, PER_MARK, lineHeight, type Bar, type CasualtiesInput, type Label, type Mark, type Outline, type Rule, type Scene, type SizeClass, type Swatch } from './layout';
import { shapePath } from './shapes';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** the symbol a mark or swatch uses: its group's shape, whole or partly filled */
export const symbolOf = (shape: string, p?: number) => `#cas-${shape}${p === undefined ? '' : '-p'}`;

/** One transform format everywhere, so that the client can compare and interpolate it cheaply. */
export const markTransform = (x: number, y: number, s: number) => `translate(${x},${y}) scale(${s})`;

/**
 * Each group's shape, and its partly filled version (an outline of the whole shape, the part
 * filled from the bottom) for a count that is not a multiple of ten.
 */
export function defsSvg(input: CasualtiesInput): string {
  return GROUPS.map((g) => {
    const f = (input.counts[g] % PER_MARK) / PER_MARK;
    const whole = `<path id="cas-${g}" d="${shapePath(g)}"/>`;
    return f ? `${whole}<g id="cas-${g}-p"><path class="cas-ring" d="${shapePath(g)}"/><path d="${shapePath(g, f)}"/></g>` : whole;
  }).join('');
}

export function markSvg(m: Mark): string {
  return `<use class="cm cm-${m.group}" href="${symbolOf(m.group, m.p)}" transform="${markTransform(m.x, m.y, m.s)}"${m.o === 1 ? '' : ` opacity="${m.o}"`}/>`;
}

export const outlineClass = (o: { group: string; later: boolean }) => `co co-${o.group}${o.later ? ' co-later' : ''}`;

export function outlineSvg(o: Outline): string {
  return `<path class="${outlineClass(o)}" data-key="${o.key}" d="${o.d}"/>`;
}

export function barSvg(b: Bar): string {
  return `<rect class="cb" data-key="${b.key}" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"/>`;
}

export function swatchSvg(s: Swatch): string {
  return `<use class="${swatchClass(s)}" data-key="${s.key}" href="${symbolOf(s.shape, s.p)}" transform="${markTransform(s.x, s.y, s.s)}"/>`;
}

export const swatchClass = (s: Swatch) => `cs${s.outline ? ' cs-outline' : ''}`;

export function ruleSvg(r: Rule): string {
  return `<line class="cr" data-key="${r.key}" x1="${r.x1}" y1="${r.y1}" x2="${r.x2}" y2="${r.y2}"/>`;
}

export function labelSvg(l: Label, size: number): string {
  const tspans = l.lines.map((line, i) => `<tspan x="0"${i ? ` dy="${lineHeight(size)}"` : ''}${i < l.strong ? ' class="b"' : ''}>${esc(line)}</tspan>`).join('');
  return `<text class="cl cl-${l.cls}" data-key="${l.key}" transform="translate(${l.x},${l.y})">${tspans}</text>`;
}

/** The scene's visible parts as markup; hidden marks and outlines are left to the client. */
export function sceneSvg(scene: Scene, fonts: Record<SizeClass, number>): { marks: string; outlines: string; bars: string } & Record<SizeClass, string> {
  const set = (size: SizeClass) =>
    scene.rules[size].map(ruleSvg).join('') + scene.swatches[size].map(swatchSvg).join('') + scene.labels[size].map((l) => labelSvg(l, fonts[size])).join('');
  return {
    marks: scene.marks.filter((m) => m.o > 0).map(markSvg).join(''),
    outlines: scene.outlines.filter((o) => o.o > 0).map(outlineSvg).join(''),
    bars: scene.bars.map(barSvg).join(''),
    compact: set('compact'),
    wide: set('wide'),
  };
}
