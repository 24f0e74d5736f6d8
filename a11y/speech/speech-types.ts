// The types shared by the speech owner and its readings: what callers pass to speakText, what they hear
// back, the owner's events, and what a reading needs from its owner.
import type { Language } from '../../content/model/language.ts';
import type { Clock } from '../clock/clock.ts';
import type { TextRange } from './chunk-text.ts';
import type { EarconName } from './earcons.ts';
import type { Speaker } from './speaker.ts';
import type { SpeechError } from './speech-error.ts';
import type { SpeechSettings } from './speech-settings.ts';
import type { WatchdogSettings } from './speech-timing.ts';
import type { SpokenText } from './spoken-text.ts';
import type { VoiceChoice } from './voice-choice.ts';
import type { Reading } from './speech-reading.ts';

/** Turns source text into what the voice says (normalizeForSpeech in the kiosk). */
export type NormalizeForSpeech = (text: string, lang: Language) => SpokenText;

/** The part of an AbortSignal a reading needs (pure code has no DOM types; a real AbortSignal fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** What the caller hears back from a reading. All offsets are offsets into the text given to speakText. */
export interface SpeakHandlers {
  /** The word being spoken (from the voice's boundary events, or estimated when it gives none). */
  onWord?(sourceOffset: number, length: number): void;
  /** A chunk (sentence) is about to be spoken. */
  onChunk?(range: TextRange): void;
  /** Everything was spoken. */
  onDone?(): void;
  /** Speech failed (not called for cancel: an abort is quiet). */
  onError?(error: SpeechError): void;
  /** The reading was cancelled (by cancel(), a new reading, or the signal). */
  onCanceled?(): void;
}

/** How to read a text. */
export interface SpeakOptions extends SpeakHandlers {
  /** Read only text[from, to) (offsets stay offsets into the whole text). */
  from?: number;
  to?: number;
  /** Chunks chosen by the caller (e.g. the reader's sentences); longer ones are split further. */
  chunks?: readonly TextRange[];
  /** A whole document: plays the start and end-of-document earcons. */
  isDocument?: boolean;
  /** Aborting it cancels the reading. */
  signal?: AbortSignalLike;
}

/** Events of the speech owner, for status display, logs and the no-voice notice. */
export type SpeechEvent =
  | { type: 'voice'; lang: Language; choice: VoiceChoice }
  | { type: 'no-voice'; lang: Language }
  | { type: 'state'; isSpeaking: boolean; isPaused: boolean }
  | { type: 'stall'; range: TextRange; hasStarted: boolean; action: 'retry' | 'skip' | 'give-up' }
  | { type: 'error'; error: SpeechError };

/** What a reading needs from its owner. */
export interface ReadingContext {
  speaker: Speaker;
  clock: Clock;
  normalize: NormalizeForSpeech;
  watchdog: WatchdogSettings;
  maxChunkLength: number;
  /** Voices seen giving word boundaries (no estimation for them). */
  boundaryVoices: Set<string>;
  settings(): SpeechSettings;
  voiceFor(lang: Language): VoiceChoice | undefined;
  /** True while the platform may still be loading its voices (Chromium loads them asynchronously). */
  areVoicesLoading(): boolean;
  emit(event: SpeechEvent): void;
  earcon(name: EarconName): void;
  /** The reading changed phase (for status) or finished (phase 'finished'). */
  phaseChanged(reading: Reading): void;
}
