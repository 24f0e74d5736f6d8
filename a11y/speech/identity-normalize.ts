// A normaliser that changes nothing: for tests, and for the kiosk until normalizeForSpeech is wired in.
import type { Language } from '../../content/model/language.ts';
import type { SpokenText } from './spoken-text.ts';

/** Speaks the text as written (one piece covering all of it). */
export function identityNormalize(text: string, _lang: Language): SpokenText {
  return { text, pieces: text.length > 0 ? [{ spokenStart: 0, sourceStart: 0, sourceEnd: text.length }] : [] };
}
