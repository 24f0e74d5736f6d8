// Phone numbers, read digit by digit in the groups they are written in ("0812-3456-7890" → "nol delapan
// satu dua, tiga empat lima enam, tujuh delapan sembilan nol"): a listener writes a number down group by
// group, and the comma gives each group a pause. Short hotlines ("165") are read digit by digit too, but
// only after a word that says they are a phone number, since "165" alone is a quantity.
import { matchAt, single, textBefore, type Rewrite, type ScanContext } from './rule.ts';
import type { SpeechLanguage } from './speech-language.ts';

/** "+62 812 3456 7890", "+62-21-123-4567", "+62 (21) 1234567". */
const INTERNATIONAL = /\+\d{1,3}(?:[ \u00a0.-]?(?:\(\d{1,4}\)|\d{2,8})){1,5}(?!\d|[.,]\d)/y;
/** "(021) 123 4567", "(0274) 512345". */
const WITH_AREA_CODE = /\(0\d{1,3}\)[ \u00a0-]?\d{3,8}(?:[ \u00a0-]\d{3,4}){0,2}(?!\d|[.,]\d)/y;
/** "0812-3456-7890", "021 123 4567", "021-1234567". */
const GROUPED = /0\d{2,4}(?:[ \u00a0-]\d{3,8}){1,3}(?!\d|[.,]\d)/y;
/** "081234567890": a mobile number without separators. */
const UNGROUPED = /0\d{8,12}(?!\d|[.,]\d)/y;
/** "165", "1500 400": a hotline, when a phone word comes just before it. */
const HOTLINE = /\d{3,5}(?:[ \u00a0-]\d{3,4})?(?!\d|[.,]\d)/y;
const PHONE_WORDS = [
  'telepon', 'telp\\.?', 'tlp\\.?', 'tel\\.?', 'hubungi', 'call cent(?:er|re)', 'care cent(?:er|re)',
  'contact cent(?:er|re)', 'hotline', 'sms', 'whatsapp', 'wa', 'phone', 'call', 'dial',
];
const PHONE_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PHONE_WORDS.join('|')})[ \\u00a0]*:?[ \\u00a0]*$`, 'iu');
/** Groups longer than this are split into fours from the right ("1234567" → "123 4567"), as they are read out. */
const MAX_GROUP = 4;

function chunk(digits: string): string[] {
  if (digits.length <= MAX_GROUP) return [digits];
  const chunks: string[] = [];
  for (let end = digits.length; end > 0; end -= MAX_GROUP) {
    chunks.unshift(digits.slice(Math.max(0, end - MAX_GROUP), end));
  }
  return chunks;
}

/** Says a written phone number group by group; "+" is said "plus". */
export function sayPhoneNumber(written: string, lang: SpeechLanguage): string {
  const groups = written.split(/[^\d+]+/).filter(Boolean).flatMap((group) => {
    if (!group.startsWith('+')) return chunk(group);
    return [`+${group.slice(1, 3)}`, ...(group.length > 3 ? chunk(group.slice(3)) : [])];
  });
  return groups
    .map((group) => (group.startsWith('+') ? `plus ${lang.digits(group.slice(1))}` : lang.digits(group)))
    .join(', ');
}

/** Rule: a phone number or a hotline after a phone word, digit by digit. */
export function phoneNumberRule(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const match = matchAt(INTERNATIONAL, source, at) ?? matchAt(WITH_AREA_CODE, source, at) ??
    matchAt(GROUPED, source, at) ?? matchAt(UNGROUPED, source, at) ??
    (PHONE_WORD_BEFORE.test(textBefore(source, at, 40)) ? matchAt(HOTLINE, source, at) : null);
  return match ? single(at, at + match[0].length, sayPhoneNumber(match[0], lang)) : null;
}
