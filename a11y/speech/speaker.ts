// The Speaker port: the only way the kiosk's engines reach a voice. The real adapter wraps the Web Speech
// API (web-speech-speaker.web.ts); tests use a recording fake. Only the speech owner calls a Speaker.
import type { Language } from '../../content/model/language.ts';

/** A voice as the platform reports it. */
export interface VoiceInfo {
  /** Stable identifier (the platform's voiceURI). */
  id: string;
  name: string;
  /** BCP 47 tag as reported: Chromium with speech-dispatcher says "id", others "id-ID". */
  lang: string;
  isLocal: boolean;
  isDefault: boolean;
}

/** How one utterance is spoken. */
export interface UtteranceOptions {
  voiceId?: string;
  lang: Language;
  /** 0.5–2.0, 1 is normal. */
  rate: number;
  /** 0–1. */
  volume: number;
  /** 0–2, 1 is normal. */
  pitch: number;
}

/** What happens to an utterance while it is spoken. */
export interface UtteranceEvents {
  onStart?(): void;
  /** A word (or sentence) boundary, as a character offset into the utterance text. */
  onBoundary?(charIndex: number, charLength: number | undefined): void;
  onEnd?(): void;
  /** `interrupted`/`canceled` after cancel() are reported too; the owner treats them as quiet. */
  onError?(error: string): void;
}

/** A platform voice engine. */
export interface Speaker {
  /** The voices available now (may grow: Chromium loads them asynchronously). */
  voices(): VoiceInfo[];
  /** Called when the list of voices changes. Returns an unsubscribe function. */
  onVoicesChanged(listener: () => void): () => void;
  /** Queues one utterance (sentence-sized: the owner never gives more than ~200 characters). */
  speak(text: string, options: UtteranceOptions, events: UtteranceEvents): void;
  /** Stops speaking at once and drops everything queued. */
  cancel(): void;
  pause(): void;
  resume(): void;
  /** True while something is being spoken or queued. */
  isSpeaking(): boolean;
}
