// Language helpers without zod: the kiosk's first bundle uses them on every screen, and zod (needed only
// to validate packs) is loaded later. localized.ts re-exports them for code that already uses the schemas.

/** The interface languages: Indonesian first, English second. */
export const LANGUAGES = ['id', 'en'] as const;
/** A language code of the kiosk. */
export type Language = (typeof LANGUAGES)[number];

/** Text in Indonesian (required) and English (optional), as the schema `localizedTextSchema` validates it. */
export interface LocalizedText {
  id: string;
  en?: string | undefined;
}

/** Picks the text for a language, falling back to Indonesian (which every item has). */
export function pickText(text: LocalizedText, lang: Language): string {
  return lang === 'en' && text.en ? text.en : text.id;
}

/** True when the English text is missing, so the Indonesian fallback is shown (screens mark it with lang="id"). */
export function isFallback(text: LocalizedText, lang: Language): boolean {
  return lang === 'en' && !text.en;
}
