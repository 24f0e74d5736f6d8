// Dates: "17/08/2025" and "17-08-2025" (day first, as Indonesia writes them) in words with the month
// named. Dates written with a month name ("17 Agustus 2025") need nothing special in Indonesian: the
// numbers become words on their own, and "1 Januari" is read "satu Januari" (the common spoken form;
// "tanggal satu" would add a word the text does not have). English reads the day as an ordinal.
import { matchAt, single, type Rewrite, type ScanContext } from './rule.ts';
import type { SpeechLanguage } from './speech-language.ts';

const NUMERIC_DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[.,/-]\d)/y;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d|[.,/-]\d)/y;
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Nopember|Desember';
/** English "17 August 2025" / "17th August": the day becomes "seventeenth of". */
const EN_DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?([ \\u00a0]+)(?=(?:${MONTH_NAMES})(?!\\p{L}))`, 'uy');
/** English "August 17, 2025": the day becomes "seventeenth". */
const EN_MONTH_DAY = new RegExp(`(?:${MONTH_NAMES})[ \\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\p{L})`, 'uy');

function sayDate(day: number, month: number, year: string, lang: SpeechLanguage): string {
  const monthName = lang.words.months[month - 1] ?? '';
  const yearWords = year.length === 4 ? lang.year(year) : lang.cardinal(year);
  return lang.code === 'en'
    ? `${lang.ordinal(String(day))} of ${monthName} ${yearWords}`
    : `${lang.cardinal(String(day))} ${monthName} ${yearWords}`;
}

function isDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function numericDate(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const iso = matchAt(ISO_DATE, source, at);
  if (iso && isDate(Number(iso[3]), Number(iso[2]))) {
    return single(at, at + iso[0].length, sayDate(Number(iso[3]), Number(iso[2]), iso[1]!, lang));
  }
  const match = matchAt(NUMERIC_DATE, source, at);
  if (!match) return null;
  let day = Number(match[1]);
  let month = Number(match[3]);
  // Day first; a date that only makes sense month first ("08/17/2025", American) is read that way.
  if (!isDate(day, month) && isDate(month, day)) [day, month] = [month, day];
  if (!isDate(day, month)) return null;
  return single(at, at + match[0].length, sayDate(day, month, match[4]!, lang));
}

function englishNamedDate(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const dayFirst = matchAt(EN_DAY_MONTH, source, at);
  if (dayFirst && isDate(Number(dayFirst[1]), 1)) {
    const end = at + dayFirst[0].length - dayFirst[2]!.length;
    return single(at, end, `${lang.ordinal(dayFirst[1]!)} of`);
  }
  const monthFirst = matchAt(EN_MONTH_DAY, source, at);
  if (monthFirst && isDate(Number(monthFirst[1]), 1)) {
    const dayStart = at + monthFirst[0].lastIndexOf(monthFirst[1]!);
    return {
      end: at + monthFirst[0].length,
      parts: [
        { start: at, end: dayStart, spoken: source.slice(at, dayStart) },
        { start: dayStart, end: at + monthFirst[0].length, spoken: lang.ordinal(monthFirst[1]!) },
      ],
    };
  }
  return null;
}

/** Rule: a numeric date (both languages), or an English day with a month name. */
export function dateRule(context: ScanContext, at: number): Rewrite | null {
  return numericDate(context, at) ?? (context.lang.code === 'en' ? englishNamedDate(context, at) : null);
}
