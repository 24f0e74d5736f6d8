// The eSpeak speaker's behaviour without the browser: a queue that speaks one utterance at a time by
// synthesising a WAV file and playing it. The browser adapters (worker bridge, Web Audio player) are in
// espeak-speaker.web.ts; Node tests drive this with fakes. Pure.
import type { Speaker, UtteranceEvents, UtteranceOptions, VoiceInfo } from '../speaker.ts';
import { ESPEAK_VOICES, espeakArguments } from './espeak-arguments.ts';

/** Turns espeak-ng arguments into a WAV file (the worker). Rejects on failure. */
export interface WavSynthesizer {
  synthesize(args: string[]): Promise<ArrayBuffer>;
}

/** Plays WAV files, one at a time (Web Audio). */
export interface WavPlayer {
  /**
   * Decodes and plays `wav` at `volume` (0–1); calls `onStart` when the sound starts and resolves when it
   * has ended. After stop() it resolves without playing (or stops the sound). Rejects when it cannot play.
   */
  play(wav: ArrayBuffer, volume: number, onStart: () => void): Promise<void>;
  /** Called when synthesis of an utterance begins: a chance to open the audio output meanwhile. */
  prepare?(): void;
  stop(): void;
  pause(): void;
  resume(): void;
}

interface Utterance {
  text: string;
  options: UtteranceOptions;
  events: UtteranceEvents;
}

/** A Speaker that synthesises with eSpeak NG and plays the result; one utterance at a time. */
export class QueuedSpeaker implements Speaker {
  readonly #synthesizer: WavSynthesizer;
  readonly #player: WavPlayer;
  #queue: Utterance[] = [];
  #current: Utterance | undefined;
  /** Bumped by cancel() and each new utterance: late results of older work are ignored. */
  #generation = 0;

  constructor(synthesizer: WavSynthesizer, player: WavPlayer) {
    this.#synthesizer = synthesizer;
    this.#player = player;
  }

  /** One voice per kiosk language; the list never changes. */
  voices(): VoiceInfo[] {
    return ESPEAK_VOICES.map((voice) => ({ ...voice }));
  }

  /** The voices are fixed, so the listener is never called. */
  onVoicesChanged(_listener: () => void): () => void {
    return () => {};
  }

  /** Queues an utterance; it starts at once when nothing else is being spoken. */
  speak(text: string, options: UtteranceOptions, events: UtteranceEvents): void {
    this.#queue.push({ text, options, events });
    this.#next();
  }

  /**
   * Stops at once: the current utterance gets onError('interrupted') (as Chromium's speechSynthesis reports
   * it), queued ones onError('canceled') (the Web Speech spec's code for never started). It also ends a
   * pause, so the next utterance is heard (Chromium keeps speechSynthesis paused across cancel(), a trap).
   */
  cancel(): void {
    const current = this.#current;
    const queued = this.#queue;
    this.#queue = [];
    this.#current = undefined;
    this.#generation += 1;
    this.#player.stop();
    this.#player.resume();
    current?.events.onError?.('interrupted');
    for (const utterance of queued) utterance.events.onError?.('canceled');
  }

  /** Suspends the sound where it is; an utterance synthesised meanwhile waits, silent, for resume(). */
  pause(): void {
    this.#player.pause();
  }

  resume(): void {
    this.#player.resume();
  }

  /** True while an utterance is synthesised, played (or paused) or queued. */
  isSpeaking(): boolean {
    return this.#current !== undefined || this.#queue.length > 0;
  }

  #next(): void {
    if (this.#current) return;
    const utterance = this.#queue.shift();
    if (!utterance) return;
    this.#current = utterance;
    this.#generation += 1;
    void this.#speakNow(utterance, this.#generation);
  }

  async #speakNow(utterance: Utterance, generation: number): Promise<void> {
    const isCurrent = () => generation === this.#generation;
    const { events } = utterance;
    let error: string | undefined;
    try {
      // eSpeak given no text would read stdin; a blank utterance just starts and ends, as in Chromium.
      if (utterance.text.trim() === '') {
        await Promise.resolve();
        if (isCurrent()) events.onStart?.();
      } else {
        const args = espeakArguments(utterance.text, utterance.options);
        this.#player.prepare?.();
        const wav = await this.#synthesizer.synthesize(args);
        if (!isCurrent()) return;
        await this.#player.play(wav, clampVolume(utterance.options.volume), () => {
          if (isCurrent()) events.onStart?.();
        });
      }
    } catch (caught) {
      error = errorCode(caught);
    }
    if (!isCurrent()) return;
    this.#current = undefined;
    try {
      if (error === undefined) events.onEnd?.();
      else events.onError?.(error);
    } finally {
      // A listener that throws must not stall the queue (its error still surfaces as unhandled).
      this.#next();
    }
  }
}

/** The Web Speech error code for a failure: the error's own `code`, else `synthesis-failed`. */
function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'synthesis-failed';
}

function clampVolume(volume: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 1;
}
