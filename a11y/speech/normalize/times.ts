// Clock times. Indonesian: "08.00" → "pukul delapan", "08.30" → "pukul delapan lewat tiga puluh" ("lewat"
// keeps "09.05" from sounding like the number "sembilan lima"). "pukul" is added unless the text already
// has "pukul" or "jam" before the time, so a range reads "pukul delapan sampai pukul enam belas" however
// it was written. English: "8:30" → "eight thirty", "09:05" → "nine oh five", "16:00" → "four p m".
import { matchAt, single, textBefore, type Rewrite, type ScanContext } from './rule.ts';
import type { SpeechLanguage } from './speech-language.ts';

const ID_TIME = /([01]?\d|2[0-4])([.:])([0-5]\d)(?!\d|[.,]\d)/y;
const EN_TIME = /(\d{1,2})(?::([0-5]\d))?(?:[ \u00a0]?([ap])\.?m\.?(?!\p{L}))?(?!\d|[.,:]\d)/iuy;
const CLOCK_WORD_BEFORE = /(?:^|[^\p{L}])(?:pukul|jam)[ \u00a0]*$/iu;
const ZONE_AHEAD = /[ \u00a0]*(?:WIB|WITA|WIT)(?!\p{L})/uy;
/** "16.00" right after another time and a range word or dash: part of a range even with a one-digit hour. */
const TIME_RANGE_BEFORE = /\d[.:]\d\d[ \u00a0]*(?:[-–—]|s\.d\.?|s\/d|sampai(?: dengan)?|hingga)[ \u00a0]*$/u;
const SENTENCE_END_AHEAD = /[ \t]*(?:[\r\n]|$)|\s+[A-Z]/y;
const TIME_RANGE_AHEAD = /[ \u00a0]*[-–—][ \u00a0]*\d{1,2}[.:]\d\d/y;

function isIndonesianTime(context: ScanContext, at: number, match: RegExpExecArray): boolean {
  const { source } = context;
  // A colon is always a clock; with a dot ("08.00", the Indonesian way) a two-digit hour or a clue is needed,
  // since "6.1" may be a heading number.
  if (match[2] === ':' || match[1]!.length === 2) return true;
  const end = at + match[0].length;
  const before = textBefore(source, at);
  return CLOCK_WORD_BEFORE.test(before) || TIME_RANGE_BEFORE.test(before) ||
    matchAt(ZONE_AHEAD, source, end) !== null || matchAt(TIME_RANGE_AHEAD, source, end) !== null;
}

function indonesianTime(context: ScanContext, at: number): Rewrite | null {
  const match = matchAt(ID_TIME, context.source, at);
  if (!match || !isIndonesianTime(context, at, match)) return null;
  const { lang } = context;
  const minutes = Number(match[3]);
  const clock = lang.cardinal(match[1]!) + (minutes === 0 ? '' : ` lewat ${lang.cardinal(match[3]!)}`);
  const hasClockWord = CLOCK_WORD_BEFORE.test(textBefore(context.source, at));
  return single(at, at + match[0].length, hasClockWord ? clock : `pukul ${clock}`);
}

function englishClock(hour: number, minutes: number, lang: SpeechLanguage): string {
  const hourWords = lang.cardinal(String(hour));
  if (minutes === 0) return hourWords;
  return `${hourWords} ${minutes < 10 ? `oh ${lang.cardinal(String(minutes))}` : lang.cardinal(String(minutes))}`;
}

function englishTime(context: ScanContext, at: number): Rewrite | null {
  const match = matchAt(EN_TIME, context.source, at);
  // A bare number ("5") is not a time: it needs minutes or "am"/"pm".
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const { lang } = context;
  let hour = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hour > 24) return null;
  let suffix = match[3] ? `${match[3].toLowerCase()} m` : '';
  // 24-hour times as people say them: "16:00" is "four p m", "00:30" is "twelve thirty a m".
  if (!suffix && hour >= 13 && hour < 24) [hour, suffix] = [hour - 12, 'p m'];
  else if (!suffix && (hour === 0 || hour === 24)) [hour, suffix] = [12, 'a m'];
  const clock = englishClock(hour, minutes, lang);
  const spoken = suffix ? `${clock} ${suffix}` : minutes === 0 ? `${clock} o'clock` : clock;
  const end = at + match[0].length;
  // "a.m." at the end of a sentence also ends the sentence: keep that dot so the voice pauses.
  const endsSentence = match[0].endsWith('.') && matchAt(SENTENCE_END_AHEAD, context.source, end) !== null;
  return single(at, end, endsSentence ? `${spoken}.` : spoken);
}

/** Rule: a clock time, in words. */
export function timeRule(context: ScanContext, at: number): Rewrite | null {
  return context.lang.code === 'en' ? englishTime(context, at) : indonesianTime(context, at);
}
