// A recording Speaker for tests (Node and browser): it records every utterance and lets the test fire
// start/boundary/end/error on the current one, or completes utterances by itself on a Clock. Its queue and
// cancel() behave like Chromium's: the speaking utterance gets 'interrupted', queued ones get 'canceled'.
import type { Clock, TimerHandle } from '../clock/clock.ts';
import type { Speaker, UtteranceEvents, UtteranceOptions, VoiceInfo } from './speaker.ts';

/** One utterance given to the fake. */
export interface FakeUtterance {
  text: string;
  options: UtteranceOptions;
  events: UtteranceEvents;
  state: 'queued' | 'speaking' | 'ended' | 'failed' | 'canceled';
}

/** How the fake completes utterances by itself (needs a clock). */
export interface FakeAutoComplete {
  clock: Clock;
  /** Milliseconds per character at rate 1 (default 60). */
  msPerChar?: number;
  /** Milliseconds before start (default 10). */
  startDelayMs?: number;
  /** Fire a boundary event per word (default true). */
  hasBoundaries?: boolean;
}

/** Options of the fake. */
export interface FakeSpeakerOptions {
  voices?: VoiceInfo[];
  /** Complete utterances automatically; without it the test fires every event itself. */
  autoComplete?: FakeAutoComplete;
}

/** A local Indonesian voice as Chromium with speech-dispatcher reports it. */
export const FAKE_INDONESIAN_VOICE: VoiceInfo = { id: 'Indonesian espeak-ng', name: 'Indonesian espeak-ng', lang: 'id', isLocal: true, isDefault: false };
/** A local English voice. */
export const FAKE_ENGLISH_VOICE: VoiceInfo = { id: 'English (America) espeak-ng', name: 'English (America) espeak-ng', lang: 'en-US', isLocal: true, isDefault: true };

/** The recording fake Speaker (see the file note). */
export class FakeSpeaker implements Speaker {
  /** Every utterance ever given, in order. */
  readonly utterances: FakeUtterance[] = [];
  /** How often cancel/pause/resume were called. */
  readonly calls = { cancel: 0, pause: 0, resume: 0 };
  #voices: VoiceInfo[];
  #listeners = new Set<() => void>();
  #auto: FakeAutoComplete | undefined;
  #timers: TimerHandle[] = [];
  #stuck: 'never-start' | 'never-end' | undefined;

  constructor(options: FakeSpeakerOptions = {}) {
    this.#voices = options.voices ?? [FAKE_INDONESIAN_VOICE];
    this.#auto = options.autoComplete;
  }

  voices(): VoiceInfo[] {
    return [...this.#voices];
  }

  onVoicesChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Replaces the voices and fires voiceschanged (as Chromium does when its voices arrive). */
  setVoices(voices: VoiceInfo[]): void {
    this.#voices = [...voices];
    for (const listener of [...this.#listeners]) listener();
  }

  speak(text: string, options: UtteranceOptions, events: UtteranceEvents): void {
    this.utterances.push({ text, options, events, state: 'queued' });
    if (this.#auto) this.#autoRunNext();
  }

  cancel(): void {
    this.calls.cancel += 1;
    this.#clearTimers();
    for (const utterance of this.utterances) {
      if (utterance.state === 'speaking') this.#settle(utterance, 'failed', 'interrupted');
      else if (utterance.state === 'queued') this.#settle(utterance, 'canceled', 'canceled');
    }
  }

  pause(): void {
    this.calls.pause += 1;
  }

  resume(): void {
    this.calls.resume += 1;
  }

  isSpeaking(): boolean {
    return this.utterances.some((utterance) => utterance.state === 'queued' || utterance.state === 'speaking');
  }

  /** The utterance being spoken, or the first queued one. */
  current(): FakeUtterance | undefined {
    return this.utterances.find((utterance) => utterance.state === 'speaking') ?? this.utterances.find((utterance) => utterance.state === 'queued');
  }

  /** The texts given so far. */
  spokenTexts(): string[] {
    return this.utterances.map((utterance) => utterance.text);
  }

  /** Fires start on the current utterance. */
  start(): FakeUtterance {
    const utterance = this.#require('start');
    utterance.state = 'speaking';
    utterance.events.onStart?.();
    return utterance;
  }

  /** Fires a boundary on the current utterance (starting it first if needed). */
  boundary(charIndex: number, charLength?: number): void {
    const utterance = this.#require('boundary');
    if (utterance.state === 'queued') this.start();
    utterance.events.onBoundary?.(charIndex, charLength);
  }

  /** Ends the current utterance (starting it first if needed). */
  end(): void {
    const utterance = this.#require('end');
    if (utterance.state === 'queued') this.start();
    this.#settle(utterance, 'ended');
    if (this.#auto) this.#autoRunNext();
  }

  /** Fails the current utterance with a platform error ('synthesis-failed', 'not-allowed', ...). */
  fail(error: string): void {
    this.#settle(this.#require('fail'), 'failed', error);
    if (this.#auto) this.#autoRunNext();
  }

  /** The next utterance auto-completion picks up never starts, or starts but never ends (Chromium's stuck voice). */
  stickNext(mode: 'never-start' | 'never-end' = 'never-end'): void {
    this.#stuck = mode;
  }

  #require(action: string): FakeUtterance {
    const utterance = this.current();
    if (!utterance) throw new Error(`FakeSpeaker.${action}(): nothing is queued; did the owner call speak()? Spoken so far: ${JSON.stringify(this.spokenTexts())}`);
    return utterance;
  }

  #settle(utterance: FakeUtterance, state: 'ended' | 'failed' | 'canceled', error?: string): void {
    utterance.state = state;
    if (state === 'ended') utterance.events.onEnd?.();
    else utterance.events.onError?.(error ?? 'synthesis-failed');
  }

  #autoRunNext(): void {
    const auto = this.#auto;
    const utterance = this.utterances.find((candidate) => candidate.state === 'queued');
    if (!auto || !utterance || this.utterances.some((candidate) => candidate.state === 'speaking')) return;
    const stuck = this.#stuck;
    this.#stuck = undefined;
    if (stuck === 'never-start') return;
    const msPerChar = (auto.msPerChar ?? 60) / (utterance.options.rate || 1);
    const startAt = auto.startDelayMs ?? 10;
    this.#schedule(auto.clock, startAt, () => {
      utterance.state = 'speaking';
      utterance.events.onStart?.();
    });
    if (auto.hasBoundaries ?? true) {
      for (const word of utterance.text.matchAll(/\S+/g)) {
        this.#schedule(auto.clock, startAt + word.index * msPerChar, () => utterance.events.onBoundary?.(word.index, word[0].length));
      }
    }
    if (stuck === 'never-end') return;
    this.#schedule(auto.clock, startAt + utterance.text.length * msPerChar, () => {
      this.#settle(utterance, 'ended');
      this.#autoRunNext();
    });
  }

  #schedule(clock: Clock, ms: number, action: () => void): void {
    const handle = clock.setTimeout(() => {
      this.#timers = this.#timers.filter((timer) => timer !== handle);
      action();
    }, ms);
    this.#timers.push(handle);
  }

  #clearTimers(): void {
    const clock = this.#auto?.clock;
    for (const timer of this.#timers) clock?.clearTimeout(timer);
    this.#timers = [];
  }
}
