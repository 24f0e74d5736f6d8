// The eSpeak NG voices Jurubaca offers and the command line that speaks one utterance with them.
// Pure: the worker runs these arguments, Node tests check them.
import type { Language } from '../../../content/model/language.ts';
import type { UtteranceOptions, VoiceInfo } from '../speaker.ts';

/** Where the program writes the WAV file in its in-memory file system. */
export const ESPEAK_WAV_PATH = '/jurubaca.wav';
/** eSpeak NG's own default speed, in words per minute, for the port's rate 1. */
export const ESPEAK_DEFAULT_WPM = 175;
/** eSpeak NG clamps slower speeds to 80 wpm. */
export const ESPEAK_MIN_WPM = 80;
/** eSpeak NG's fastest speed without the sonic library (this build has none). */
export const ESPEAK_MAX_WPM = 450;
/**
 * Longest text accepted. argv is copied onto the 64 KiB Emscripten stack: about 60,000 bytes overflow it
 * (measured with espeak-ng 1.0.2: "Stack overflow detected"); 8,000 characters stay below even as 4-byte UTF-8.
 * The speech owner gives ~200 characters at a time.
 */
export const ESPEAK_MAX_TEXT_CHARS = 8000;

/** The eSpeak NG voice file ("-v") for each kiosk language. `en` is British English in eSpeak NG. */
const ESPEAK_VOICE_NAMES: Record<Language, string> = { id: 'id', en: 'en' };

/** The voices reported by the eSpeak speaker: one per kiosk language. */
export const ESPEAK_VOICES: readonly VoiceInfo[] = [
  { id: 'espeak-ng-id', name: 'eSpeak NG Bahasa Indonesia (offline)', lang: 'id-ID', isLocal: true, isDefault: true },
  { id: 'espeak-ng-en', name: 'eSpeak NG English (offline)', lang: 'en-GB', isLocal: true, isDefault: false },
];

/** The language whose eSpeak voice speaks an utterance: the chosen voice if it is one of ours, else `lang`. */
export function espeakLanguageFor(options: Pick<UtteranceOptions, 'voiceId' | 'lang'>): Language {
  if (options.voiceId === 'espeak-ng-id') return 'id';
  if (options.voiceId === 'espeak-ng-en') return 'en';
  return options.lang;
}

/** The port's rate (0.5–2, 1 normal) as eSpeak's `-s` words per minute: 0.5 → 88, 1 → 175, 2 → 350. */
export function rateToWordsPerMinute(rate: number): number {
  const safeRate = Number.isFinite(rate) ? clamp(rate, 0.5, 2) : 1;
  return clamp(Math.round(ESPEAK_DEFAULT_WPM * safeRate), ESPEAK_MIN_WPM, ESPEAK_MAX_WPM);
}

/** The port's pitch (0–2, 1 normal) as eSpeak's `-p` (0–99, 50 normal). */
export function pitchToEspeak(pitch: number): number {
  const safePitch = Number.isFinite(pitch) ? clamp(pitch, 0, 2) : 1;
  return clamp(Math.round(50 * safePitch), 0, 99);
}

/**
 * The espeak-ng command line (argv without the program name) that writes `text` as a WAV file to `wavPath`.
 * The Emscripten glue copies each element into argv as is, with no shell: the text needs no quotes (quotes
 * would be read as punctuation, adding pauses) and cannot run anything. `--` ends the options, so a text
 * starting with "-" ("-5 derajat") is spoken, not parsed as an option. Volume is not here: the speaker
 * applies it with a GainNode, so eSpeak's amplitude stays at its default (100).
 * Throws SpeechTextTooLongError beyond ESPEAK_MAX_TEXT_CHARS.
 */
export function espeakArguments(
  text: string,
  options: Pick<UtteranceOptions, 'voiceId' | 'lang' | 'rate' | 'pitch'>,
  wavPath: string = ESPEAK_WAV_PATH,
): string[] {
  if (text.length > ESPEAK_MAX_TEXT_CHARS) throw new SpeechTextTooLongError(text.length);
  return [
    '-v', ESPEAK_VOICE_NAMES[espeakLanguageFor(options)],
    '-s', String(rateToWordsPerMinute(options.rate)),
    '-p', String(pitchToEspeak(options.pitch)),
    '-w', wavPath,
    '--',
    // A NUL would end the C string early; other control characters are whitespace to eSpeak.
    text.replaceAll('\0', ' '),
  ];
}

/** The text is longer than the eSpeak command line can carry. */
export class SpeechTextTooLongError extends Error {
  override name = 'SpeechTextTooLongError';
  /** The Web Speech error code the speaker reports for it. */
  readonly code = 'text-too-long';
  constructor(length: number) {
    super(`eSpeak NG gets at most ${ESPEAK_MAX_TEXT_CHARS} characters per utterance, this text has ${length}: split it into sentences first (the speech owner's chunker does).`);
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
