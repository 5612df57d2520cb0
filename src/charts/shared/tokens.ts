/**
 * The colour tokens of the whole site: the one place where a colour is written down. The build
 * emits them as CSS custom properties (`import 'virtual:tokens.css'`, src/integration/tokens-css.ts),
 * light, dark and print; every stylesheet and graphic reads `var(--<name>)`. The grammar and how to
 * add a token: ../STYLE.md. tokens.test.ts checks contrast and colour-blind distinctness.
 */

/**
 * What a token is for, which decides what it must pass:
 * - ground: a background the others are measured against
 * - text: words (≥ 4.5:1 on every ground)
 * - mark: a data mark, symbol or line that carries meaning, and the focus ring (≥ 3:1 on the page)
 * - fill: an area behind marks and labels, on a map or a swatch (labels keep ≥ 4.5:1 on it)
 * - line: a hairline that separates (rules, borders): no contrast duty, it never carries meaning
 */
export type Role = 'ground' | 'text' | 'mark' | 'fill' | 'line';

export interface Token {
  light: string;
  dark: string;
  /** paper: only where print differs from light */
  print?: string;
  role: Role;
  /** what the colour means to a reader, or where the interface uses it */
  meaning: string;
}

export const TOKENS = {
  // ---- the page
  bg: { light: '#f7f5f0', dark: '#16181c', print: '#ffffff', role: 'ground', meaning: 'page background; the halo of chart labels' },
  surface: { light: '#ffffff', dark: '#202329', print: '#ffffff', role: 'ground', meaning: 'cards and boxes on the page' },
  text: { light: '#1b1d21', dark: '#eceae4', print: '#000000', role: 'text', meaning: 'body text and chart labels' },
  muted: { light: '#4f5560', dark: '#aeb4be', print: '#333333', role: 'text', meaning: 'secondary text: notes, credits, captions' },
  rule: { light: '#d8d4ca', dark: '#3a3f48', role: 'line', meaning: 'hairlines between parts of the page' },
  // the interface speaks in ink: links, the active step, the reading progress; no data meaning
  accent: { light: '#1b1d21', dark: '#eceae4', role: 'text', meaning: 'interface accent: links, kicker, active step, progress' },
  focus: { light: '#1b1d21', dark: '#eceae4', role: 'mark', meaning: 'keyboard focus ring' },

  // ---- who: the actors, one hue each
  russia: { light: '#b3261e', dark: '#ff7b6e', role: 'mark', meaning: 'Russia: its forces, its state, its demands; land it holds (hatching)' },
  west: { light: '#1f5fa6', dark: '#78aef0', role: 'mark', meaning: 'Ukraine, the US and their allies' },
  kazakhstan: { light: '#8a6500', dark: '#e3b341', role: 'mark', meaning: 'Kazakhstan' },
  pipeline: { light: '#a55a00', dark: '#f0a44e', role: 'mark', meaning: 'Nord Stream 2 and the side that backs it' },
  context: { light: '#5b6470', dark: '#a7b0bc', role: 'mark', meaning: 'context: others, durations, Nord Stream 1, the scale' },

  // ---- the toll: people, not forces; one hue (plum) from dark to light by severity
  'toll-dead': { light: '#3e1a4d', dark: '#f1c8ff', role: 'mark', meaning: 'the dead' },
  'toll-injured': { light: '#7a3c8f', dark: '#c98ee0', role: 'mark', meaning: 'the injured' },
  'toll-detained': { light: '#a56bb5', dark: '#9a64b0', role: 'mark', meaning: 'the detained' },

  // ---- maps: ground, water, borders, and the tints of the actors' countries
  'map-land': { light: '#e4e3df', dark: '#30343c', role: 'fill', meaning: 'land: context' },
  'map-water': { light: '#eaf0f5', dark: '#1b1e23', role: 'fill', meaning: 'sea and lakes' },
  'map-border': { light: '#ffffff', dark: '#16181c', role: 'line', meaning: 'borders between countries' },
  'map-focus': { light: '#cfcdc6', dark: '#474c56', role: 'fill', meaning: 'a country the text names that is no actor' },
  'west-tint': { light: '#cddcee', dark: '#2a3f5a', role: 'fill', meaning: 'Ukraine or a Western state as an area' },
  'kazakhstan-tint': { light: '#f1e4bb', dark: '#4a3f24', role: 'fill', meaning: 'Kazakhstan as an area' },
  'pipeline-tint': { light: '#f6d3b0', dark: '#55361a', role: 'fill', meaning: 'a state backing Nord Stream 2, as an area' },
} as const satisfies Record<string, Token>;

export type TokenName = keyof typeof TOKENS;
export const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];

/**
 * Colours that must be told apart where they meet, also by readers with a colour-vision
 * deficiency: each set pairwise (tokens.test.ts). Meaning never rests on colour alone, but these
 * are the ones a reader compares.
 */
export const SEEN_TOGETHER: Record<string, TokenName[]> = {
  'troops map marks': ['russia', 'context', 'text'],
  'troops map areas': ['map-land', 'map-focus', 'west-tint', 'kazakhstan-tint'],
  geneva: ['russia', 'west', 'context'],
  'Nord Stream marks': ['pipeline', 'west', 'context', 'text'],
  'Nord Stream areas': ['map-land', 'map-water', 'west-tint', 'pipeline-tint'],
  casualties: ['toll-dead', 'toll-injured', 'toll-detained'],
};

/** One meaning, one hue: these differ for every reader with normal vision, wherever they appear. */
export const ONE_HUE_EACH: TokenName[] = ['russia', 'west', 'kazakhstan', 'pipeline', 'context', 'toll-dead', 'toll-injured', 'toll-detained', 'accent'];

export type Mode = 'light' | 'dark' | 'print';

export const colour = (name: TokenName, mode: Mode): string => {
  const t: Token = TOKENS[name];
  return mode === 'print' ? (t.print ?? t.light) : t[mode];
};

const declarations = (mode: Mode) => TOKEN_NAMES.map((n) => `--${n}:${colour(n, mode)};`).join('');

/** The stylesheet of the tokens: light by default, dark by the reader's setting, and paper is light whatever the screen's setting. */
export function tokensCss(): string {
  return [
    `:root{color-scheme:light dark;${declarations('light')}}`,
    `@media (prefers-color-scheme:dark){:root{${declarations('dark')}}}`,
    `@media print{:root{${declarations('print')}}}`,
  ].join('\n');
}
