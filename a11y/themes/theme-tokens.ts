// The kiosk's colour themes as data: the one source of truth. The kiosk copies a theme's values onto
// <html> as CSS custom properties (kiosk/app/apply-theme.ts), components use only var(--color-…), and
// tests/unit/themes checks every declared pair against WCAG: text ≥ 7:1 (AAA, 1.4.6), focus rings, borders
// and icons ≥ 3:1 (1.4.11). A new theme is one more entry here; the test covers it automatically.

/** The themes a visitor can choose, in the order the settings screen offers them. */
export const THEME_NAMES = ['standard', 'yellow-on-black', 'white-on-black', 'black-on-white'] as const;
/** A theme's name (also the value of data-theme on <html>). */
export type ThemeName = (typeof THEME_NAMES)[number];

/** Every colour token the CSS uses; each becomes `--color-<token>`. */
export const COLOR_TOKENS = [
  'bg',
  'surface',
  'text',
  'muted',
  'link',
  'accent',
  'accent-text',
  'border',
  'focus',
  'focus-halo',
  'warning-bg',
  'warning-text',
  'error-bg',
  'error-text',
  'ok-bg',
  'ok-text',
  'highlight-bg',
  'highlight-text',
  'word-bg',
  'word-text',
] as const;
/** One colour token. */
export type ColorToken = (typeof COLOR_TOKENS)[number];

/** One theme: a value (#rrggbb) for every colour token, and whether it is light or dark (color-scheme). */
export interface ThemeDefinition {
  name: ThemeName;
  colorScheme: 'light' | 'dark';
  colors: Readonly<Record<ColorToken, string>>;
}

/** Whether a pair is text on a background (≥ 7:1) or a non-text edge: ring, border, icon (≥ 3:1). */
export type PairKind = 'text' | 'non-text';

/** Two tokens that appear next to each other on screen, and where (for the failure message). */
export interface ContrastPair {
  foreground: ColorToken;
  background: ColorToken;
  kind: PairKind;
  where: string;
}

/**
 * The pairs global.css puts next to each other. They are the same in every theme (a theme changes
 * values, never rules), so one list serves all themes.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'text', background: 'bg', kind: 'text', where: 'body text, nav buttons' },
  { foreground: 'text', background: 'surface', kind: 'text', where: 'tiles, list items, top bar, reader' },
  { foreground: 'muted', background: 'bg', kind: 'text', where: 'hints, notice categories' },
  { foreground: 'muted', background: 'surface', kind: 'text', where: 'tile hints, item details' },
  { foreground: 'link', background: 'bg', kind: 'text', where: 'links, secondary buttons' },
  { foreground: 'link', background: 'surface', kind: 'text', where: 'item titles in lists' },
  { foreground: 'accent-text', background: 'accent', kind: 'text', where: 'primary buttons' },
  { foreground: 'warning-text', background: 'warning-bg', kind: 'text', where: 'sample flag, badges' },
  { foreground: 'error-text', background: 'error-bg', kind: 'text', where: 'error messages' },
  { foreground: 'ok-text', background: 'ok-bg', kind: 'text', where: 'success messages' },
  { foreground: 'highlight-text', background: 'highlight-bg', kind: 'text', where: 'sentence being read' },
  { foreground: 'word-text', background: 'word-bg', kind: 'text', where: 'word being read' },
  { foreground: 'border', background: 'bg', kind: 'non-text', where: 'control borders' },
  { foreground: 'border', background: 'surface', kind: 'non-text', where: 'tile and list borders' },
  { foreground: 'focus', background: 'focus-halo', kind: 'non-text', where: 'focus ring on its halo' },
  { foreground: 'focus', background: 'bg', kind: 'non-text', where: 'focus ring on the page' },
  { foreground: 'focus', background: 'surface', kind: 'non-text', where: 'focus ring on tiles' },
  { foreground: 'accent', background: 'bg', kind: 'non-text', where: 'primary button edge' },
  { foreground: 'accent', background: 'surface', kind: 'non-text', where: 'tile icons' },
  { foreground: 'word-bg', background: 'highlight-bg', kind: 'non-text', where: 'word inside the read sentence' },
];

/** The themes, by name. Ratios in comments are to the first background they sit on. */
export const THEMES: Readonly<Record<ThemeName, ThemeDefinition>> = {
  standard: {
    name: 'standard',
    colorScheme: 'light',
    colors: {
      bg: '#ffffff',
      surface: '#f3f5f7',
      text: '#111418',
      muted: '#3b4450',
      link: '#0b3d91',
      accent: '#0b3d91',
      'accent-text': '#ffffff',
      border: '#4a5563',
      focus: '#b00020',
      'focus-halo': '#ffffff',
      'warning-bg': '#fff4d6',
      'warning-text': '#4a3200',
      'error-bg': '#fde8e8',
      'error-text': '#7a0010',
      'ok-bg': '#e6f4ea',
      'ok-text': '#0c4a1e',
      'highlight-bg': '#fff0a8',
      'highlight-text': '#111418',
      'word-bg': '#0b3d91',
      'word-text': '#ffffff',
    },
  },
  'yellow-on-black': {
    name: 'yellow-on-black',
    colorScheme: 'dark',
    colors: {
      bg: '#000000',
      surface: '#000000',
      text: '#ffff00',
      muted: '#ffff00',
      link: '#ffff00',
      accent: '#ffff00',
      'accent-text': '#000000',
      border: '#ffff00',
      focus: '#00ffff',
      'focus-halo': '#000000',
      'warning-bg': '#000000',
      'warning-text': '#ffff00',
      'error-bg': '#000000',
      'error-text': '#ffff00',
      'ok-bg': '#000000',
      'ok-text': '#ffff00',
      'highlight-bg': '#003a57',
      'highlight-text': '#ffffff',
      'word-bg': '#ffffff',
      'word-text': '#000000',
    },
  },
  'white-on-black': {
    name: 'white-on-black',
    colorScheme: 'dark',
    colors: {
      bg: '#000000',
      surface: '#141414',
      text: '#ffffff',
      muted: '#d4d4d4',
      link: '#ffffff',
      accent: '#ffffff',
      'accent-text': '#000000',
      border: '#ffffff',
      focus: '#ffd60a',
      'focus-halo': '#000000',
      'warning-bg': '#2e2400',
      'warning-text': '#ffffff',
      'error-bg': '#3a0008',
      'error-text': '#ffffff',
      'ok-bg': '#00290f',
      'ok-text': '#ffffff',
      'highlight-bg': '#003a57',
      'highlight-text': '#ffffff',
      'word-bg': '#ffffff',
      'word-text': '#000000',
    },
  },
  'black-on-white': {
    name: 'black-on-white',
    colorScheme: 'light',
    colors: {
      bg: '#ffffff',
      surface: '#ffffff',
      text: '#000000',
      muted: '#333333',
      link: '#00008b',
      accent: '#000000',
      'accent-text': '#ffffff',
      border: '#000000',
      focus: '#c40000',
      'focus-halo': '#ffffff',
      'warning-bg': '#ffffff',
      'warning-text': '#000000',
      'error-bg': '#ffffff',
      'error-text': '#000000',
      'ok-bg': '#ffffff',
      'ok-text': '#000000',
      'highlight-bg': '#ffff00',
      'highlight-text': '#000000',
      'word-bg': '#000000',
      'word-text': '#ffffff',
    },
  },
};

/** The theme the kiosk starts with (and tokens.css paints before the app runs). */
export const DEFAULT_THEME: ThemeName = 'standard';

/** The CSS custom property of a colour token. */
export function colorProperty(token: ColorToken): string {
  return `--color-${token}`;
}

/** A theme as [custom property, value] pairs, ready to set on <html>. */
export function themeCustomProperties(name: ThemeName): Array<[string, string]> {
  const { colors } = THEMES[name];
  return COLOR_TOKENS.map((token) => [colorProperty(token), colors[token]]);
}
