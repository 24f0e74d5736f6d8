import type { Language } from '../../content/model/language.ts';

/** The themes the kiosk offers now (the see-and-touch issue adds more). */
export const THEMES = ['standard', 'high-contrast'] as const;
/** A theme name. */
export type Theme = (typeof THEMES)[number];

/** Text sizes offered, in percent of the kiosk's already large base size. */
export const TEXT_SIZES = [100, 150, 200, 300] as const;
/** A text size in percent. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** What one visitor chose for this visit (kept in memory only; gone when the visit ends). */
export interface VisitorSettings {
  language: Language;
  textSize: TextSize;
  theme: Theme;
}

/** The kiosk's defaults: Indonesian, normal size, standard theme. */
export const DEFAULT_SETTINGS: VisitorSettings = { language: 'id', textSize: 100, theme: 'standard' };
