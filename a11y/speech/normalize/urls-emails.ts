// Web addresses and e-mail addresses, said the way staff read them out: "cekbansos.kemensos.go.id" →
// "cekbansos titik kemensos titik go titik id", "info@perpus.go.id" → "info et perpus titik go titik id".
// "https://" is dropped (nobody says it and browsers add it); "/" is "garis miring" and "-" is "strip".
import { readCapsToken } from './acronyms.ts';
import { isPronounceableIndonesian, isPronounceableEnglish } from './pronounceable.ts';
import { matchAt, single, type Rewrite, type ScanContext } from './rule.ts';
import type { SpeechLanguage } from './speech-language.ts';

/** Top-level and second-level names an address must end with, so "a.n." or "Kab.Bogor" are not addresses. */
const SUFFIXES = 'go\\.id|co\\.id|or\\.id|ac\\.id|sch\\.id|desa\\.id|web\\.id|my\\.id|biz\\.id|net\\.id|mil\\.id|' +
  'id|com|org|net|info|gov|edu|int|io|app';
const HOST = `(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+(?:${SUFFIXES})(?![A-Za-z0-9-])`;
/** A path, without the sentence punctuation that may follow the address. */
const PATH = '(?:/(?:[A-Za-z0-9._~%?=&#+/-]*[A-Za-z0-9_~%=&#+/-])?)?';
const URL = new RegExp(`(?:https?://)?${HOST}(?::\\d+)?${PATH}`, 'y');
/** Any host after an explicit scheme ("http://localhost:8080/..."). */
const SCHEME_URL = new RegExp(`https?://[A-Za-z0-9.-]+(?::\\d+)?${PATH}`, 'y');
const EMAIL = new RegExp(`[A-Za-z0-9._%+-]+@${HOST}`, 'y');
const SCHEME = /^https?:\/\//;
/** Labels said as they are written, which the acronym guess would otherwise spell ("org" → "o er ge"). */
const SAID_AS_WRITTEN = new Set(
  ['go', 'id', 'co', 'or', 'ac', 'sch', 'desa', 'web', 'my', 'com', 'org', 'net', 'info', 'gov', 'edu', 'app'],
);

/** One label of an address ("kemensos", "www", "bps"): a word, or spelled when it cannot be said. */
function sayLabel(label: string, lang: SpeechLanguage): string {
  if (/^\d+$/.test(label)) return lang.digits(label);
  if (SAID_AS_WRITTEN.has(label.toLowerCase()) || !/^[A-Za-z]+$/.test(label)) return label;
  const upper = label.toUpperCase();
  // Known acronyms are spelled ("pip" → "pe i pe"), and so is "www" (no vowel).
  if (readCapsToken(upper, lang)?.isSpelled) return lang.spell(label);
  const isWord = lang.code === 'en' ? isPronounceableEnglish(upper) : isPronounceableIndonesian(upper);
  return isWord || label.length > 5 ? label : lang.spell(label);
}

/** Says an address piece by piece, naming the punctuation between the pieces. */
export function sayAddress(written: string, lang: SpeechLanguage): string {
  const { words } = lang;
  // The colon before a port is not said; a port is rare in addresses meant for visitors.
  const names: Readonly<Record<string, string>> = {
    '.': words.dot, '/': words.slash, '-': words.dash, '_': words.underscore, '@': words.at, ':': '',
  };
  return written
    .replace(SCHEME, '')
    .split(/([./_@:-])/)
    .map((piece) => names[piece] ?? (piece ? sayLabel(piece, lang) : ''))
    .filter(Boolean)
    .join(' ');
}

/** Rule: an e-mail or web address, said piece by piece. */
export function urlEmailRule(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const match = matchAt(EMAIL, source, at) ?? matchAt(SCHEME_URL, source, at) ?? matchAt(URL, source, at);
  return match ? single(at, at + match[0].length, sayAddress(match[0], lang)) : null;
}
