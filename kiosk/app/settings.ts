import type { Language } from '../../content/model/language.ts';
import { DEFAULT_THEME, THEME_NAMES, type ThemeName } from '../../a11y/themes/theme-tokens.ts';

/** The themes the kiosk offers (the table in a11y/themes/theme-tokens.ts). */
export const THEMES = THEME_NAMES;
/** A theme name. */
export type Theme = ThemeName;

/** Text sizes offered, in percent of the kiosk's already large base size (WCAG 1.4.4 asks for 200%). */
export const TEXT_SIZES = [100, 150, 200, 300, 400] as const;
/** A text size in percent. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** Text spacing: normal, wide (at least WCAG 1.4.12's values) or the dyslexia-friendly preset. */
export const TEXT_SPACINGS = ['normal', 'wide', 'dyslexia'] as const;
/** A text spacing (the value of data-spacing on <html>). */
export type TextSpacing = (typeof TEXT_SPACINGS)[number];

/** Reading ruler: off (0) or the number of lines left undimmed. */
export const RULER_LINES = [0, 1, 3, 5] as const;
/** Lines the reading ruler shows; 0 is off. */
export type RulerLines = (typeof RULER_LINES)[number];

/** Layout: the standard grid, or the braille-friendly linear layout (one thing per line, 40 characters wide). */
export const LAYOUTS = ['standard', 'linear'] as const;
/** A layout (the value of data-layout on <html>). */
export type Layout = (typeof LAYOUTS)[number];

/** What one visitor chose for this visit (kept in memory only; gone when the visit ends). */
export interface VisitorSettings {
  language: Language;
  textSize: TextSize;
  theme: Theme;
  spacing: TextSpacing;
  ruler: RulerLines;
  layout: Layout;
}

/** The kiosk's defaults: Indonesian, normal size, standard theme, normal spacing, no ruler, standard layout. */
export const DEFAULT_SETTINGS: VisitorSettings = { language: 'id', textSize: 100, theme: DEFAULT_THEME, spacing: 'normal', ruler: 0, layout: 'standard' };
