import type { Language } from '../../content/model/language.ts';

/** Locale tags for Intl formatting. */
const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** A YYYY-MM-DD date written out for people: "23 November 2026". */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
