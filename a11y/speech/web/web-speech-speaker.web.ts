// The real Speaker: the Web Speech API's speechSynthesis. Only the speech owner calls it (speech-owner.ts),
// and it gives one sentence-sized utterance at a time; the Chromium workarounds that need the owner's
// knowledge (chunking, watchdog, pause) live there. This file handles what only the adapter can:
// - utterances are kept referenced until their end/error: Chromium may garbage-collect a
//   SpeechSynthesisUtterance that nothing references while it is spoken, and its `end` event is then
//   never fired (Stack Overflow "SpeechSynthesis API onend callback not working", 2014; still advised);
// - voices arrive asynchronously (`getVoices()` is empty at first; `voiceschanged` fires when they load;
//   ~3 s with speech-dispatcher in Chromium 156, measured 2026-11-22), and Chromium with speech-dispatcher
//   lists ~13,000 voices (every espeak-ng language × variant), so the mapped list is cached per change;
// - only word boundaries are passed on: Chromium also sends 'sentence' boundaries covering the whole text.
import type { Language } from '../../../content/model/language.ts';
import type { Speaker, UtteranceEvents, UtteranceOptions, VoiceInfo } from '../speaker.ts';

/** The language tag an utterance gets when no voice is set (the owner normally sets one). */
const FALLBACK_TAGS: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

/** What the adapter needs from the page (injectable for tests). */
export interface WebSpeechPlatform {
  synthesis: SpeechSynthesis;
  Utterance: typeof SpeechSynthesisUtterance;
}

/** A Speaker on window.speechSynthesis (see the file note). */
export class WebSpeechSpeaker implements Speaker {
  readonly #synthesis: SpeechSynthesis;
  readonly #Utterance: typeof SpeechSynthesisUtterance;
  /** Utterances being spoken or queued: referenced so they are not garbage-collected (see the file note). */
  readonly #live = new Set<SpeechSynthesisUtterance>();
  readonly #listeners = new Set<() => void>();
  #platformVoices: SpeechSynthesisVoice[] = [];
  #voices: VoiceInfo[] = [];
  #byId = new Map<string, SpeechSynthesisVoice>();

  constructor(platform: WebSpeechPlatform = { synthesis: window.speechSynthesis, Utterance: window.SpeechSynthesisUtterance }) {
    this.#synthesis = platform.synthesis;
    this.#Utterance = platform.Utterance;
    this.#synthesis.addEventListener('voiceschanged', () => {
      this.#refreshVoices();
      for (const listener of [...this.#listeners]) listener();
    });
    this.#refreshVoices();
  }

  voices(): VoiceInfo[] {
    // Until voiceschanged fires, ask again: some platforms fill getVoices() without firing the event.
    if (this.#voices.length === 0) this.#refreshVoices();
    return [...this.#voices];
  }

  onVoicesChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  speak(text: string, options: UtteranceOptions, events: UtteranceEvents): void {
    const utterance = new this.#Utterance(text);
    const voice = options.voiceId === undefined ? undefined : this.#byId.get(options.voiceId);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang || FALLBACK_TAGS[options.lang];
    utterance.rate = options.rate;
    utterance.volume = options.volume;
    utterance.pitch = options.pitch;
    utterance.onstart = () => events.onStart?.();
    utterance.onboundary = (event) => {
      if (event.name === 'word') events.onBoundary?.(event.charIndex, event.charLength || undefined);
    };
    utterance.onend = () => {
      this.#live.delete(utterance);
      events.onEnd?.();
    };
    utterance.onerror = (event) => {
      this.#live.delete(utterance);
      events.onError?.(event.error);
    };
    this.#live.add(utterance);
    this.#synthesis.speak(utterance);
  }

  cancel(): void {
    this.#synthesis.cancel();
    // Their 'interrupted'/'canceled' events do not matter to the owner any more, so the references can go.
    this.#live.clear();
  }

  /**
   * Passes pause() through. The speech owner does not use it: with speech-dispatcher (Chromium 156,
   * Debian 12) pause() wedges every later utterance until speech-dispatcher exits; see speech-reading.ts.
   */
  pause(): void {
    this.#synthesis.pause();
  }

  resume(): void {
    this.#synthesis.resume();
  }

  isSpeaking(): boolean {
    return this.#synthesis.speaking || this.#synthesis.pending;
  }

  #refreshVoices(): void {
    const platformVoices = this.#synthesis.getVoices();
    if (platformVoices.length === this.#platformVoices.length && platformVoices.every((voice, index) => voice === this.#platformVoices[index])) return;
    this.#platformVoices = platformVoices;
    this.#byId = new Map();
    this.#voices = [];
    for (const voice of platformVoices) {
      const id = voice.voiceURI || voice.name;
      if (this.#byId.has(id)) continue;
      this.#byId.set(id, voice);
      this.#voices.push({ id, name: voice.name, lang: voice.lang, isLocal: voice.localService, isDefault: voice.default });
    }
  }
}

/** A Speaker for a browser without speechSynthesis: no voices, so the owner reports 'no-voice'. */
export class SilentSpeaker implements Speaker {
  voices(): VoiceInfo[] {
    return [];
  }

  onVoicesChanged(): () => void {
    return () => {};
  }

  speak(_text: string, _options: UtteranceOptions, events: UtteranceEvents): void {
    queueMicrotask(() => events.onError?.('synthesis-unavailable'));
  }

  cancel(): void {}

  pause(): void {}

  resume(): void {}

  isSpeaking(): boolean {
    return false;
  }
}

/** The Speaker for this browser: the Web Speech adapter, or a silent one when the API is missing. */
export function createSpeakerForThisBrowser(): Speaker {
  const hasSpeech = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
  return hasSpeech ? new WebSpeechSpeaker() : new SilentSpeaker();
}
