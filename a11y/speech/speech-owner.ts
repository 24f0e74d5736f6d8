// The one owner of speech: nothing else calls a Speaker (STYLE.md, "one owner per shared resource"). Every
// new reading interrupts the one before, and cancel() stops at once: any navigation or new command
// interrupts speech (EZ Access; ADA 2010 §707 speech output for kiosks). Settings belong to one visitor
// session. When no voice can read a language the owner says so ('no-voice' event and error) instead of
// failing silently, so the kiosk can show and announce "Tidak ada suara bahasa Indonesia di kios ini".
//
// Chunking: by default the owner splits text itself (chunk-text.ts: sentences, at most 200 characters,
// fewer at slow rates); a caller that already knows its sentences (the reader) passes them as `chunks`.
// The details of one reading (watchdog, word timing, pause) are in speech-reading.ts.
import type { Language } from '../../content/model/language.ts';
import type { Clock, TimerHandle } from '../clock/clock.ts';
import { MAX_CHUNK_LENGTH } from './chunk-text.ts';
import type { EarconName, EarconPlayer } from './earcons.ts';
import type { Speaker, VoiceInfo } from './speaker.ts';
import { Reading } from './speech-reading.ts';
import type { NormalizeForSpeech, ReadingContext, SpeakOptions, SpeechEvent } from './speech-types.ts';
import { applySettingsChange, DEFAULT_SPEECH_SETTINGS, type SpeechSettings } from './speech-settings.ts';
import { DEFAULT_WATCHDOG, type WatchdogSettings } from './speech-timing.ts';
import { chooseVoice, type VoiceChoice, type VoiceChoiceReason } from './voice-choice.ts';

export type { AbortSignalLike, NormalizeForSpeech, SpeakHandlers, SpeakOptions, SpeechEvent } from './speech-types.ts';

/** What the owner is built from. */
export interface SpeechOwnerOptions {
  speaker: Speaker;
  clock: Clock;
  /** normalizeForSpeech (a11y/speech/normalize) in the kiosk; identityNormalize in tests. */
  normalize: NormalizeForSpeech;
  /** Plays earcons when the visitor has them on; without a player earcons are silent. */
  earcons?: EarconPlayer;
  /**
   * How long after start to wait for the platform's voices before reporting 'no-voice' (default 5000 ms:
   * Chromium with speech-dispatcher lists its voices ~3 s after page load, measured 2026-11-22).
   */
  voiceWaitMs?: number;
  /** Watchdog tuning (default 2.5 × estimated duration + 3 s). */
  watchdog?: WatchdogSettings;
  /** Most source characters per chunk (default 200). */
  maxChunkLength?: number;
}

/** What the kiosk shows about speech. */
export interface SpeechStatus {
  /** A reading is speaking or about to (waiting for voices). */
  isSpeaking: boolean;
  isPaused: boolean;
  /** A voice can read `lang`. */
  hasVoice: boolean;
  /** True while the platform may still be loading voices (hasVoice false does not mean "none" yet). */
  isLoadingVoices: boolean;
  lang: Language;
  voice: VoiceInfo | undefined;
  reason: VoiceChoiceReason | undefined;
}

/** A reading started by speakText. */
export interface SpeechReading {
  readonly id: number;
  /** Cancels this reading if it is still the current one (quiet). */
  cancel(): void;
  /** True until it is done, failed or cancelled. */
  isActive(): boolean;
}

/** The speech owner's interface. */
export interface SpeechOwner {
  /** Reads text aloud, interrupting whatever was being read. */
  speakText(text: string, lang: Language, options?: SpeakOptions): SpeechReading;
  /** Stops speech at once (quiet). */
  cancel(): void;
  /** Pauses the current reading (remembering the word); resume() continues from that word. */
  pause(): void;
  resume(): void;
  /** This visit's settings. */
  settings(): SpeechSettings;
  /** Changes settings (clamped); they apply from the next chunk. Returns the new settings. */
  updateSettings(change: Partial<SpeechSettings>): SpeechSettings;
  /** Back to the defaults (at the end of a visitor session). */
  resetSettings(): void;
  /** What is happening, for `lang` (default: the language last spoken, or Indonesian). */
  status(lang?: Language): SpeechStatus;
  /** The voices of the device (for the staff's voice setting). */
  voices(): VoiceInfo[];
  /** Listens to owner events. Returns an unsubscribe function. */
  subscribe(listener: (event: SpeechEvent) => void): () => void;
  /** Plays an earcon if the visitor has earcons on (e.g. 'boundary' at a new Pasal). */
  playEarcon(name: EarconName): void;
  /** Cancels speech and stops listening to the platform. */
  destroy(): void;
}

/** Builds the speech owner (see the file note). */
export function createSpeechOwner(options: SpeechOwnerOptions): SpeechOwner {
  const { speaker, clock, earcons } = options;
  const voiceWaitMs = options.voiceWaitMs ?? 5000;
  const voicesDeadline = clock.now() + voiceWaitMs;
  const listeners = new Set<(event: SpeechEvent) => void>();
  const voiceCache = new Map<Language, VoiceChoice | undefined>();
  let settings: SpeechSettings = { ...DEFAULT_SPEECH_SETTINGS };
  let current: Reading | undefined;
  let nextId = 1;
  let statusLang: Language = 'id';
  /** What was last reported: "lang:voice id" ("lang:" for none), undefined before the first report. */
  let reportedVoice: string | undefined;
  let lastState = { isSpeaking: false, isPaused: false };

  const emit = (event: SpeechEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const voiceFor = (lang: Language): VoiceChoice | undefined => {
    if (!voiceCache.has(lang)) voiceCache.set(lang, chooseVoice(speaker.voices(), lang, settings.voiceId));
    return voiceCache.get(lang);
  };
  const areVoicesLoading = () => speaker.voices().length === 0 && clock.now() < voicesDeadline;
  const playEarcon = (name: EarconName) => {
    if (settings.hasEarcons) earcons?.play(name);
  };

  /**
   * Emits 'voice' or 'no-voice' when the voice for statusLang (the language last spoken) changes, once per
   * change and not while voices are loading. A reading that fails for want of a voice gets onError('no-voice').
   */
  const reportVoice = () => {
    if (areVoicesLoading()) return;
    const choice = voiceFor(statusLang);
    const key = `${statusLang}:${choice?.voice.id ?? ''}`;
    if (key === reportedVoice) return;
    reportedVoice = key;
    emit(choice ? { type: 'voice', lang: statusLang, choice } : { type: 'no-voice', lang: statusLang });
  };
  const voicesChanged = () => {
    voiceCache.clear();
    current?.voicesMayHaveChanged();
    reportVoice();
  };
  const unsubscribeVoices = speaker.onVoicesChanged(voicesChanged);
  let deadlineTimer: TimerHandle | undefined = clock.setTimeout(() => {
    deadlineTimer = undefined;
    voicesChanged();
  }, voiceWaitMs);

  // Voices may already be there (Chromium lists them ~3 s after load; the owner may be built later).
  // Reported on the next tick, so listeners subscribed right after creation hear it.
  let initialReport: TimerHandle | undefined = clock.setTimeout(() => {
    initialReport = undefined;
    reportVoice();
  }, 0);

  const context: ReadingContext = {
    speaker,
    clock,
    normalize: options.normalize,
    watchdog: options.watchdog ?? DEFAULT_WATCHDOG,
    maxChunkLength: options.maxChunkLength ?? MAX_CHUNK_LENGTH,
    boundaryVoices: new Set(),
    settings: () => settings,
    voiceFor,
    areVoicesLoading,
    emit,
    earcon: playEarcon,
    phaseChanged(reading) {
      if (reading.phase === 'finished' && reading === current) current = undefined;
      const state = { isSpeaking: current?.phase === 'speaking' || current?.phase === 'waiting-for-voices', isPaused: current?.phase === 'paused' };
      if (state.isSpeaking === lastState.isSpeaking && state.isPaused === lastState.isPaused) return;
      lastState = state;
      emit({ type: 'state', ...state });
    },
  };

  const owner: SpeechOwner = {
    speakText(text, lang, speakOptions = {}) {
      current?.cancel();
      // Cancel even when idle: it un-wedges a synthesiser left stuck by an earlier error (Chromium).
      speaker.cancel();
      if (lang !== statusLang) {
        statusLang = lang;
        reportVoice();
      }
      const { signal } = speakOptions;
      const onAbort = () => reading.cancel();
      const reading = new Reading(context, nextId++, text, lang, signal ? withSignalCleanup(speakOptions, () => signal.removeEventListener('abort', onAbort)) : speakOptions);
      const handle: SpeechReading = {
        id: reading.id,
        cancel: () => reading.cancel(),
        isActive: () => reading.phase !== 'finished',
      };
      if (signal?.aborted) {
        reading.cancel();
        return handle;
      }
      signal?.addEventListener('abort', onAbort);
      current = reading;
      reading.start();
      return handle;
    },
    cancel() {
      if (current) current.cancel();
      else speaker.cancel();
    },
    pause: () => current?.pause(),
    resume: () => current?.resume(),
    settings: () => ({ ...settings }),
    updateSettings(change) {
      const previousVoice = settings.voiceId;
      settings = applySettingsChange(settings, change);
      if (settings.voiceId !== previousVoice) {
        voiceCache.clear();
        reportVoice();
      }
      return { ...settings };
    },
    resetSettings() {
      owner.updateSettings(DEFAULT_SPEECH_SETTINGS);
    },
    status(lang = statusLang) {
      const choice = voiceFor(lang);
      return {
        isSpeaking: current?.phase === 'speaking' || current?.phase === 'waiting-for-voices',
        isPaused: current?.phase === 'paused',
        hasVoice: choice !== undefined,
        isLoadingVoices: areVoicesLoading(),
        lang,
        voice: choice?.voice,
        reason: choice?.reason,
      };
    },
    voices: () => speaker.voices(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    playEarcon,
    destroy() {
      owner.cancel();
      unsubscribeVoices();
      if (deadlineTimer !== undefined) clock.clearTimeout(deadlineTimer);
      if (initialReport !== undefined) clock.clearTimeout(initialReport);
      listeners.clear();
    },
  };
  return owner;
}

/** The options with `cleanup` run before whichever of onDone, onError or onCanceled ends the reading. */
function withSignalCleanup(options: SpeakOptions, cleanup: () => void): SpeakOptions {
  return {
    ...options,
    onDone: () => {
      cleanup();
      options.onDone?.();
    },
    onError: (error) => {
      cleanup();
      options.onError?.(error);
    },
    onCanceled: () => {
      cleanup();
      options.onCanceled?.();
    },
  };
}
