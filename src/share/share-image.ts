/**
 * The share image of a locale's article (og:image, twitter:image): 1200×630 pixels with the site's
 * name, the kicker, the headline and the publication date, in the site's colours and its shipped
 * graphics font. Made at build time: the text is turned into outlines from the font files
 * (src/fonts/measure.ts), so the drawing depends on no installed font, and resvg renders the SVG to
 * PNG; the same article gives the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { wrap } from '../charts/shared/text';
import { outline } from '../fonts/measure';
import { colour } from '../charts/shared/tokens';

export const WIDTH = 1200;
export const HEIGHT = 630;
const PAD = 72;
/** the most lines the headline takes; a longer one is set smaller until it fits */
const MAX_HEADLINE_LINES = 4;

export interface ShareText {
  siteName: string;
  kicker: string;
  title: string;
  date: string;
}

export interface Palette {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  rule: string;
}

/** The light theme's colours, from the site's tokens (src/charts/shared/tokens.ts): the image wears the page's colours. */
export function sitePalette(): Palette {
  return { bg: colour('bg', 'light'), text: colour('text', 'light'), muted: colour('muted', 'light'), accent: colour('accent', 'light'), rule: colour('rule', 'light') };
}

const escapeAttr = (v: string) => v.replace(/[<>&"]/g, '');

function textPath(text: string, size: number, x: number, y: number, fill: string, weight: 400 | 700): string {
  const { d } = outline(text, size, weight);
  return d ? `<path transform="translate(${x} ${y})" fill="${escapeAttr(fill)}" d="${d}"/>` : '';
}

/** The headline's lines and size: the largest size, from 64 px down, at which it takes at most four lines. */
function headline(title: string, width: number): { lines: string[]; size: number } {
  for (let size = 64; size > 36; size -= 4) {
    const lines = wrap(title, size, width, true);
    if (lines.length <= MAX_HEADLINE_LINES) return { lines, size };
  }
  return { lines: wrap(title, 36, width, true).slice(0, MAX_HEADLINE_LINES), size: 36 };
}

export function shareSvg(text: ShareText, palette: Palette): string {
  const inner = WIDTH - 2 * PAD;
  const parts: string[] = [`<rect width="${WIDTH}" height="${HEIGHT}" fill="${escapeAttr(palette.bg)}"/>`];
  parts.push(`<rect x="0" y="0" width="${WIDTH}" height="12" fill="${escapeAttr(palette.accent)}"/>`);
  parts.push(textPath(text.siteName, 28, PAD, PAD + 16, palette.text, 700));
  parts.push(`<rect x="${PAD}" y="${PAD + 40}" width="${inner}" height="2" fill="${escapeAttr(palette.rule)}"/>`);
  const kickerY = PAD + 110;
  parts.push(textPath(text.kicker.toUpperCase(), 26, PAD, kickerY, palette.accent, 700));
  const { lines, size } = headline(text.title, inner);
  const lineHeight = Math.round(size * 1.15);
  lines.forEach((line, i) => parts.push(textPath(line, size, PAD, kickerY + 24 + lineHeight * (i + 1) - Math.round(size * 0.2), palette.text, 700)));
  parts.push(textPath(text.date, 26, PAD, HEIGHT - PAD + 8, palette.muted, 400));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}

export function sharePng(text: ShareText, palette: Palette): Uint8Array<ArrayBuffer> {
  const png = new Resvg(shareSvg(text, palette), { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  return new Uint8Array(png);
}

