/**
 * The web fonts the site ships, in one place: a serif for reading (Source Serif 4) and a sans for
 * headings, graphics and tables (Source Sans 3), both under the SIL Open Font License, from their
 * Fontsource packages and served from the site itself. The stylesheet (src/integration/fonts-css.ts),
 * the preloads (src/layouts/Base.astro) and the label measurement (./measure.ts) all read this list,
 * so the font a label is measured in is the font it is drawn in.
 *
 * Budget (README, quality bars): at most 80 KB for all font files a page loads. Two weights per
 * family, upright only (italic is the browser's slant of the upright: a true italic would put the
 * page over budget), the Latin subset, which holds every letter of German and English and the
 * punctuation both use. The Latin Extended subset is declared with its unicode-range, so a browser
 * fetches it only for a page that has a letter from it (a name such as «Łukaszenka», the accented
 * pseudo-locale); scripts the published locales do not use (a source title in Cyrillic or Greek,
 * the right-to-left test locale) fall back to the system font.
 */

export type Role = 'text' | 'graphics';
export type Weight = 400 | 700;
export type Subset = 'latin' | 'latin-ext';

export const WEIGHTS: readonly Weight[] = [400, 700];
export const SUBSETS: readonly Subset[] = ['latin', 'latin-ext'];

export interface Family {
  /** the CSS family name, as the stylesheets use it */
  name: string;
  /** the npm package the files come from */
  pkg: string;
  /** the file prefix inside the package's files/ folder */
  slug: string;
  /**
   * The line box the font declares (ascent and descent, in em), where it must match a layout's
   * model rather than the font's own (1.024 and 0.4 em for Source Sans 3): the graphics' layouts
   * give each label line 1.2 em with its baseline 0.9 em below the line's top (LINE_EM in
   * src/charts/shared/text.ts), and the browser's box of an SVG text is the font's ascent and
   * descent, so with these the box a reader's browser draws is the box the layout placed.
   */
  lineBox?: { ascent: number; descent: number };
  /** a system font close to it, drawn with its metrics adjusted to the web font's until that arrives */
  fallback: {
    /** its entry in @capsizecss/metrics */
    metrics: 'arial' | 'timesNewRoman';
    /** the names a system knows it, or a metric-compatible copy, by (regular, bold) */
    local: Record<Weight, string[]>;
    /** the generic family after it */
    generic: 'serif' | 'sans-serif';
  };
}

export const FAMILIES: Record<Role, Family> = {
  text: {
    name: 'Source Serif 4',
    pkg: '@fontsource/source-serif-4',
    slug: 'source-serif-4',
    fallback: {
      metrics: 'timesNewRoman',
      local: {
        400: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'Tinos'],
        700: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'Tinos Bold'],
      },
      generic: 'serif',
    },
  },
  graphics: {
    name: 'Source Sans 3',
    pkg: '@fontsource/source-sans-3',
    slug: 'source-sans-3',
    lineBox: { ascent: 0.9, descent: 0.3 },
    fallback: {
      metrics: 'arial',
      local: {
        400: ['Arial', 'ArialMT', 'Liberation Sans', 'Arimo'],
        700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'Arimo Bold'],
      },
      generic: 'sans-serif',
    },
  },
};

/** The family name of a web font's metric-matched fallback face. */
export const fallbackName = (role: Role) => `${FAMILIES[role].name} Fallback`;

/**
 * The faces the first screen draws (masthead, kicker, headline, standfirst, byline, the hero
 * graphic's labels; the masthead's name is the serif's bold), preloaded so that they are fetched
 * with the page rather than after its first layout; the rest load when the page first uses them.
 */
export const PRELOADED: readonly { role: Role; weight: Weight }[] = [
  { role: 'text', weight: 400 },
  { role: 'text', weight: 700 },
  { role: 'graphics', weight: 400 },
  { role: 'graphics', weight: 700 },
];

/** A face's file as a package specifier (resolvable by Node and by Vite). */
export const fontFile = (role: Role, subset: Subset, weight: Weight) => {
  const { pkg, slug } = FAMILIES[role];
  return `${pkg}/files/${slug}-${subset}-${weight}-normal.woff2`;
};
