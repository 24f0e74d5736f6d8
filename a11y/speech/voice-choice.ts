// Which platform voice reads a language. The kiosk is offline by design, so a voice that works without the
// network (isLocal) always beats one that needs it: a remote voice stops exactly when the network does.
//
// Decision on Malay (ms): used for Indonesian only as a LAST-RESORT LOCAL voice, after every local
// Indonesian voice and before any remote one, and reported with reason 'related-language' so the kiosk can
// show it ("Suara: Malay — mirip bahasa Indonesia"). Why: Indonesian and Malay share the 1972 joint spelling
// and most vocabulary, so a Malay voice (espeak-ng "ms", Windows/Android Malay voices) reads Indonesian text
// intelligibly; some vowels, loanwords and stress differ. For a blind visitor an intelligible voice beats
// silence. Staff who prefer a remote Indonesian voice (e.g. Chrome's "Google Bahasa Indonesia") pick it as
// the preferred voice: a preferred voice always wins.
import type { Language } from '../../content/model/language.ts';
import type { VoiceInfo } from './speaker.ts';

/**
 * Why a voice was chosen, for display and logs:
 * - `preferred`: the staff's or visitor's chosen voice;
 * - `local-region`: on this device, language and preferred region (id-ID / in-ID; en-ID, en-GB, en-US);
 * - `local-language`: on this device, the language without that region ("id", "en-029");
 * - `related-language`: on this device, a close language (Malay for Indonesian), see the note above;
 * - `remote`: needs the network (the platform's online voices).
 */
export type VoiceChoiceReason = 'preferred' | 'local-region' | 'local-language' | 'related-language' | 'remote';

/** The chosen voice and why. */
export interface VoiceChoice {
  voice: VoiceInfo;
  reason: VoiceChoiceReason;
}

/** A BCP 47 tag reduced to what voice choice needs. */
interface ParsedTag {
  /** Primary language, lower case; the deprecated "in" (Android, Java) is read as "id". */
  language: string;
  /** Region subtag, upper case ("ID", "GB", "419"), or "" when absent. */
  region: string;
}

/** Preferred regions per kiosk language, best first. English: as spoken in Indonesia, then British, then US. */
const PREFERRED_REGIONS: Record<Language, readonly string[]> = { id: ['ID'], en: ['ID', 'GB', 'US'] };
/** Languages close enough to read a kiosk language when nothing better exists. */
const RELATED_LANGUAGES: Record<Language, readonly string[]> = { id: ['ms'], en: [] };
/** Deprecated ISO 639 codes some platforms still report (Android says "in-ID"). */
const LANGUAGE_ALIASES: Record<string, string> = { in: 'id' };

/** Reads a voice's lang ("id", "id-ID", "in_ID", "en-GB-x-rp") into language and region. */
export function parseVoiceLang(lang: string): ParsedTag {
  const parts = lang.trim().replace(/_/g, '-').split('-');
  const primary = (parts[0] ?? '').toLowerCase();
  const language = LANGUAGE_ALIASES[primary] ?? primary;
  // Skip a script subtag (4 letters, "Latn"); the region is 2 letters or 3 digits; "x-..." ends the search.
  let region = '';
  for (const part of parts.slice(1)) {
    if (part.toLowerCase() === 'x') break;
    if (/^[A-Za-z]{2}$|^\d{3}$/.test(part)) {
      region = part.toUpperCase();
      break;
    }
  }
  return { language, region };
}

/** Rank of a voice for a language (lower is better), or undefined when it cannot read the language. */
function rankVoice(voice: VoiceInfo, lang: Language): { rank: number; reason: VoiceChoiceReason } | undefined {
  const tag = parseVoiceLang(voice.lang);
  const regions = PREFERRED_REGIONS[lang];
  if (tag.language === lang) {
    const regionIndex = regions.indexOf(tag.region);
    const regionRank = regionIndex >= 0 ? regionIndex : regions.length;
    if (voice.isLocal) return { rank: regionRank, reason: regionIndex >= 0 ? 'local-region' : 'local-language' };
    return { rank: 100 + regionRank, reason: 'remote' };
  }
  if (voice.isLocal && RELATED_LANGUAGES[lang].includes(tag.language)) return { rank: 50, reason: 'related-language' };
  return undefined;
}

/** True when a voice can read a language at all (its own language or a related one). */
export function canVoiceRead(voice: VoiceInfo, lang: Language): boolean {
  const tag = parseVoiceLang(voice.lang);
  return tag.language === lang || RELATED_LANGUAGES[lang].includes(tag.language);
}

/**
 * Chooses the voice that reads `lang`: the preferred voice when it exists and can read the language (a
 * visitor who chose an Indonesian voice and then switches to English gets an English voice); else the best
 * ranked (see the file note); ties go to the platform's default voice, then to the platform's order
 * (speech-dispatcher lists "Indonesian espeak-ng" before its "+Adam" variants). Undefined: no voice at all.
 */
export function chooseVoice(voices: readonly VoiceInfo[], lang: Language, preferredId?: string): VoiceChoice | undefined {
  if (preferredId !== undefined) {
    const preferred = voices.find((voice) => voice.id === preferredId);
    if (preferred && canVoiceRead(preferred, lang)) return { voice: preferred, reason: 'preferred' };
  }
  let best: { voice: VoiceInfo; rank: number; reason: VoiceChoiceReason } | undefined;
  for (const voice of voices) {
    const ranked = rankVoice(voice, lang);
    if (!ranked) continue;
    const isBetter = !best || ranked.rank < best.rank || (ranked.rank === best.rank && voice.isDefault && !best.voice.isDefault);
    if (isBetter) best = { voice, ...ranked };
  }
  return best && { voice: best.voice, reason: best.reason };
}
