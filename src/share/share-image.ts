/**
 * The share image of a locale's article (og:image, twitter:image): 1200×630 pixels with the
 * publication's name (as in the masthead), the kicker, the headline, the first screen's two-fronts graphic (drawn from the data by
 * its own layout) and the dateline, in the site's colours and its shipped graphics font.
 * Made at build time: the text is turned into outlines from the font files (src/fonts/measure.ts), so the drawing depends on no installed font, and resvg renders the SVG to
 * PNG; the same article gives the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { wrap } from '../charts/shared/text';
import { outline } from '../fonts/measure';
import { colour } from '../charts/shared/tokens';
import { RADIUS, frontDrawing } from '../components/hero-layout';

export const WIDTH = 1200;
export const HEIGHT = 630;
const PAD = 72;
/** the most lines the headline takes; a longer one is set smaller until it fits */
const MAX_HEADLINE_LINES = 4;

/** one front of the first screen's graphic: its words, with the figure, and the soldiers its dots count */
export interface ShareFront {
  words: string;
  soldiers: number;
}

export interface ShareText {
  publication: string;
  kicker: string;
  title: string;
  /** the place and date of the story (meta.siteName) */
  dateline: string;
  /** the first screen's two fronts, in reading order, and the key saying what one dot counts */
  fronts: ShareFront[];
  key: string;
}

export interface Palette {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  rule: string;
  russia: string;
}

/** The light theme's colours, from the site's tokens (src/charts/shared/tokens.ts): the image wears the page's colours. */
export function sitePalette(): Palette {
  return {
    bg: colour('bg', 'light'),
    text: colour('text', 'light'),
    muted: colour('muted', 'light'),
    accent: colour('accent', 'light'),
    rule: colour('rule', 'light'),
    russia: colour('russia', 'light'),
  };
}

const escapeAttr = (v: string) => v.replace(/[<>&"]/g, '');

function textPath(text: string, size: number, x: number, y: number, fill: string, weight: 400 | 700): string {
  const { d } = outline(text, size, weight);
  return d ? `<path transform="translate(${x} ${y})" fill="${escapeAttr(fill)}" d="${d}"/>` : '';
}

const KICKER_SIZE = 24;
const WORDS_SIZE = 22;
const WORDS_LINE = 28;
const FOOT_SIZE = 22;
/** the baseline of the key and the dateline */
const FOOT_Y = HEIGHT - 40;

/** The headline's lines and size: the largest size, from 64 px down, at which it takes at most four lines and `height` px. */
function headline(title: string, width: number, height: number): { lines: string[]; size: number; lineHeight: number } {
  for (let size = 64; size > 36; size -= 4) {
    const lines = wrap(title, size, width, true);
    const lineHeight = Math.round(size * 1.15);
    if (lines.length <= MAX_HEADLINE_LINES && lines.length * lineHeight <= height) return { lines, size, lineHeight };
  }
  const lineHeight = Math.round(36 * 1.15);
  return { lines: wrap(title, 36, width, true).slice(0, Math.max(1, Math.min(MAX_HEADLINE_LINES, Math.floor(height / lineHeight)))), size: 36, lineHeight };
}

/** a horizontal strip of the image: from the top edge of its ink to the bottom (px) */
export type Strip = [number, number];

/** Where the image's parts fall, for the tests: headline, each front's dots (with how many) and the foot line. */
export interface ShareLayout {
  headline: Strip;
  headlineSize: number;
  fronts: { words: Strip; dots: Strip; count: number; width: number }[];
  foot: Strip;
}

/**
 * The image, from the top: the site's name over a rule, the kicker, the headline, the two fronts
 * of the first screen's graphic (src/components/hero-layout.ts, its wide grid, at the image's inner
 * width: each front's words over its dots, one dot per SOLDIERS_PER_MARK, both at one scale), and
 * a foot line with the key (left) and the dateline (right). The graphic keeps its size; the headline
 * takes the room left above it.
 */
export function shareScene(text: ShareText, palette: Palette): { svg: string; layout: ShareLayout } {
  const inner = WIDTH - 2 * PAD;
  const parts: string[] = [`<rect width="${WIDTH}" height="${HEIGHT}" fill="${escapeAttr(palette.bg)}"/>`];
  parts.push(`<rect x="0" y="0" width="${WIDTH}" height="12" fill="${escapeAttr(palette.accent)}"/>`);
  parts.push(textPath(text.publication, 28, PAD, PAD, palette.text, 700));
  parts.push(`<rect x="${PAD}" y="${PAD + 20}" width="${inner}" height="2" fill="${escapeAttr(palette.rule)}"/>`);
  const kickerY = PAD + 68;
  parts.push(textPath(text.kicker.toUpperCase(), KICKER_SIZE, PAD, kickerY, palette.accent, 700));

  const GAP = 8;
  const BETWEEN = 20;
  const items = text.fronts.map((front) => {
    const lines = wrap(front.words, WORDS_SIZE, inner, true);
    const drawing = frontDrawing(front.soldiers, 'wide');
    const k = inner / drawing.width;
    return { lines, drawing, k, height: lines.length * WORDS_LINE + GAP + drawing.height * k };
  });
  const bandHeight = items.reduce((sum, item) => sum + item.height, 0) + BETWEEN * Math.max(0, items.length - 1);
  const footTop = FOOT_Y - FOOT_SIZE;
  const bandTop = footTop - 24 - bandHeight;
  const headTop = kickerY + 20;
  const { lines, size, lineHeight } = headline(text.title, inner, bandTop - 28 - headTop);
  lines.forEach((line, i) => parts.push(textPath(line, size, PAD, headTop + lineHeight * (i + 1) - Math.round(size * 0.2), palette.text, 700)));

  const fronts: ShareLayout['fronts'] = [];
  let y = bandTop;
  for (const { lines: words, drawing, k, height } of items) {
    words.forEach((line, j) => parts.push(textPath(line, WORDS_SIZE, PAD, y + WORDS_LINE * (j + 1) - 6, palette.text, 700)));
    const dotsTop = y + words.length * WORDS_LINE + GAP;
    const dots = drawing.dots.map((p) => `<circle cx="${p.cx}" cy="${p.cy}" r="${RADIUS}"/>`).join('');
    parts.push(`<g transform="translate(${PAD} ${dotsTop}) scale(${k})" fill="${escapeAttr(palette.russia)}">${dots}</g>`);
    fronts.push({ words: [y, dotsTop - GAP], dots: [dotsTop, dotsTop + drawing.height * k], count: drawing.dots.length, width: drawing.width * k });
    y += height + BETWEEN;
  }

  parts.push(textPath(text.key, FOOT_SIZE, PAD, FOOT_Y, palette.muted, 400));
  const datelineWidth = outline(text.dateline, FOOT_SIZE, 400).width;
  parts.push(textPath(text.dateline, FOOT_SIZE, WIDTH - PAD - datelineWidth, FOOT_Y, palette.muted, 400));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
  return { svg, layout: { headline: [headTop, headTop + lines.length * lineHeight], headlineSize: size, fronts, foot: [footTop, FOOT_Y + 6] } };
}

export const shareSvg = (text: ShareText, palette: Palette): string => shareScene(text, palette).svg;

export function sharePng(text: ShareText, palette: Palette): Uint8Array<ArrayBuffer> {
  const png = new Resvg(shareSvg(text, palette), { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  return new Uint8Array(png);
}
