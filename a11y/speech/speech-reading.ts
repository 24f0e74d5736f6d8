// One reading: a text spoken as a queue of sentence-sized chunks, with a watchdog per chunk, word events
// mapped back to the source, and estimated word timing for voices without boundary events. Only the speech
// owner creates readings (speech-owner.ts); it makes sure at most one is alive.
//
// Chromium failures handled on purpose:
// - long utterances stop after ~15 s (https://crbug.com/679437): chunks are sentences sized by rate;
// - `end` never fires, or an utterance never starts (https://stackoverflow.com/questions/21947730; and the
//   utterance garbage-collected before its events, handled in the adapter by keeping references): a
//   watchdog per chunk (DEFAULT_WATCHDOG) cancels the voice and retries a chunk that never started once, or
//   goes on with the next chunk when it had started; three silent stalls in a row end the reading with
//   'stalled' instead of looping forever;
// - a synthesiser wedged after errors: the owner cancels before every new reading and every retry;
// - speechSynthesis.pause() is unreliable: with speech-dispatcher (Chromium 156, Debian 12, measured
//   2026-11-22) it leaves `paused` false, the utterance never ends, and every later utterance of every page
//   hangs until speech-dispatcher exits (other platforms are reported to cancel or ignore pause(); not
//   checked here). So pause() here cancels and remembers the word being spoken; resume() speaks again from
//   the start of that word, which works the same on every platform.
import type { Language } from '../../content/model/language.ts';
import type { TimerHandle } from '../clock/clock.ts';
import { chunkText, splitLongRange, type TextRange } from './chunk-text.ts';
import type { VoiceInfo } from './speaker.ts';
import { isCancelError, SpeechError, speechErrorCode } from './speech-error.ts';
import { charsPerSecond, chunkLimitForRate, watchdogMs } from './speech-timing.ts';
import { sourceRangeOf, wordEndAt, wordRanges } from './spoken-range.ts';
import type { SpokenText } from './spoken-text.ts';
import type { ReadingContext, SpeakOptions } from './speech-types.ts';

/** Where a reading is. */
export type ReadingPhase = 'idle' | 'waiting-for-voices' | 'speaking' | 'paused' | 'finished';

/** Silent stalls (chunks that never started) in a row after which the voice is given up. */
const MAX_SILENT_STALLS = 3;
/** A normalised chunk may be this much longer than the source limit before it is split again. */
const SPOKEN_LENGTH_ALLOWANCE = 1.25;

interface Estimate {
  words: TextRange[];
  next: number;
  startedAt: number;
  msPerChar: number;
  timer?: TimerHandle;
}

interface Chunk {
  range: TextRange;
  spoken: SpokenText;
  voice: VoiceInfo;
  rate: number;
  hasStarted: boolean;
  retries: number;
  lastWord?: TextRange;
  watchdog?: TimerHandle;
  estimate?: Estimate;
}

/** One text being read aloud (see the file note). */
export class Reading {
  readonly id: number;
  #phase: ReadingPhase = 'idle';
  #queue: TextRange[] = [];
  #index = 0;
  #chunk: Chunk | undefined;
  #silentStalls = 0;
  #resumeAt: number | undefined;
  #pausedWhileWaiting = false;
  readonly #context: ReadingContext;
  readonly #text: string;
  readonly #lang: Language;
  readonly #options: SpeakOptions;

  constructor(context: ReadingContext, id: number, text: string, lang: Language, options: SpeakOptions) {
    this.#context = context;
    this.id = id;
    this.#text = text;
    this.#lang = lang;
    this.#options = options;
  }

  get phase(): ReadingPhase {
    return this.#phase;
  }

  /** Starts (or waits for voices first). */
  start(): void {
    if (this.#phase !== 'idle') return;
    this.#queue = this.#makeQueue();
    if (this.#queue.length === 0) return this.#finish();
    this.#setPhase('waiting-for-voices');
    this.voicesMayHaveChanged();
  }

  /** The owner calls this when voices change or stop loading. */
  voicesMayHaveChanged(): void {
    if (this.#phase !== 'waiting-for-voices') return;
    if (!this.#context.voiceFor(this.#lang)) {
      if (!this.#context.areVoicesLoading()) this.#failNoVoice();
      return;
    }
    this.#setPhase('speaking');
    if (this.#options.isDocument) this.#context.earcon('start');
    this.#speakNext();
  }

  /** Stops the voice and remembers the word being spoken (see the file note on pause). */
  pause(): void {
    if (this.#phase !== 'speaking' && this.#phase !== 'waiting-for-voices') return;
    this.#pausedWhileWaiting = this.#phase === 'waiting-for-voices';
    const chunk = this.#chunk;
    this.#resumeAt = chunk ? (chunk.lastWord?.start ?? chunk.range.start) : undefined;
    this.#dropChunk();
    this.#context.speaker.cancel();
    this.#setPhase('paused');
  }

  /** Speaks again from the start of the word that was being spoken. */
  resume(): void {
    if (this.#phase !== 'paused') return;
    if (this.#pausedWhileWaiting) {
      this.#setPhase('waiting-for-voices');
      return this.voicesMayHaveChanged();
    }
    const current = this.#queue[this.#index];
    if (current && this.#resumeAt !== undefined && this.#resumeAt > current.start && this.#resumeAt < current.end) {
      this.#queue[this.#index] = { start: this.#resumeAt, end: current.end };
    }
    this.#resumeAt = undefined;
    this.#setPhase('speaking');
    this.#speakNext();
  }

  /** Stops at once; quiet (onCanceled, no error). */
  cancel(): void {
    if (this.#phase === 'finished') return;
    const wasAudible = this.#phase === 'speaking' || this.#phase === 'paused';
    this.#dropChunk();
    this.#context.speaker.cancel();
    if (wasAudible && this.#options.isDocument) this.#context.earcon('stop');
    this.#setPhase('finished');
    this.#options.onCanceled?.();
  }

  #makeQueue(): TextRange[] {
    const { maxChunkLength } = this.#context;
    const limit = chunkLimitForRate(this.#context.settings().rate, maxChunkLength);
    const { from = 0, to = this.#text.length, chunks } = this.#options;
    if (!chunks) return chunkText(this.#text, { from, to, maxLength: limit });
    // The caller's chunks, kept inside [from, to) and the text.
    const low = Math.max(0, from);
    const high = Math.min(this.#text.length, to);
    return chunks
      .map((range) => ({ start: Math.max(low, Math.min(range.start, high)), end: Math.max(low, Math.min(range.end, high)) }))
      .filter((range) => range.end > range.start)
      .flatMap((range) => splitLongRange(this.#text, range, limit));
  }

  #speakNext(): void {
    while (this.#phase === 'speaking') {
      const range = this.#queue[this.#index];
      if (!range) return this.#finish();
      const spoken = this.#context.normalize(this.#text.slice(range.start, range.end), this.#lang);
      if (!/\S/.test(spoken.text)) {
        this.#index += 1;
        continue;
      }
      const limit = chunkLimitForRate(this.#context.settings().rate, this.#context.maxChunkLength);
      if (spoken.text.length > limit * SPOKEN_LENGTH_ALLOWANCE && this.#splitQueued(range, spoken.text.length, limit)) continue;
      const choice = this.#context.voiceFor(this.#lang);
      if (!choice) return this.#failNoVoice();
      this.#options.onChunk?.(range);
      return this.#utter(range, spoken, choice.voice, 0);
    }
  }

  /** Splits a queued chunk whose normalised text is too long (numbers and abbreviations grow when spoken). */
  #splitQueued(range: TextRange, spokenLength: number, limit: number): boolean {
    const sourceLimit = Math.floor(((range.end - range.start) * limit) / spokenLength);
    const parts = splitLongRange(this.#text, range, Math.max(1, sourceLimit));
    if (parts.length < 2) return false;
    this.#queue.splice(this.#index, 1, ...parts);
    return true;
  }

  #utter(range: TextRange, spoken: SpokenText, voice: VoiceInfo, retries: number): void {
    const settings = this.#context.settings();
    const chunk: Chunk = { range, spoken, voice, rate: settings.rate, hasStarted: false, retries };
    this.#chunk = chunk;
    // Armed before speak(): a speaker may report events synchronously.
    this.#armWatchdog(chunk, spoken.text.length);
    const isLive = () => this.#chunk === chunk;
    this.#context.speaker.speak(
      spoken.text,
      { voiceId: voice.id, lang: this.#lang, rate: settings.rate, volume: settings.volume, pitch: settings.pitch },
      {
        onStart: () => isLive() && this.#onStart(chunk),
        onBoundary: (charIndex, charLength) => isLive() && this.#onBoundary(chunk, charIndex, charLength),
        onEnd: () => isLive() && this.#onEnd(chunk),
        onError: (error) => isLive() && this.#onError(chunk, error),
      },
    );
  }

  #onStart(chunk: Chunk): void {
    chunk.hasStarted = true;
    this.#silentStalls = 0;
    this.#armWatchdog(chunk, chunk.spoken.text.length);
    if (!this.#context.boundaryVoices.has(chunk.voice.id)) this.#startEstimate(chunk);
  }

  #onBoundary(chunk: Chunk, charIndex: number, charLength: number | undefined): void {
    this.#context.boundaryVoices.add(chunk.voice.id);
    this.#stopEstimate(chunk);
    chunk.hasStarted = true;
    this.#silentStalls = 0;
    const length = charLength && charLength > 0 ? charLength : wordEndAt(chunk.spoken.text, charIndex) - charIndex;
    this.#emitWord(chunk, charIndex, length);
    this.#armWatchdog(chunk, Math.max(1, chunk.spoken.text.length - charIndex));
  }

  #onEnd(chunk: Chunk): void {
    this.#dropChunk(chunk);
    this.#index += 1;
    this.#speakNext();
  }

  #onError(chunk: Chunk, platformError: string): void {
    this.#dropChunk(chunk);
    const code = speechErrorCode(platformError);
    const message = isCancelError(platformError)
      ? `The voice reported "${platformError}" although the speech owner did not cancel: something else called speechSynthesis.cancel() (only the speech owner may).`
      : `The voice "${chunk.voice.name}" (${chunk.voice.lang}) reported "${platformError}" for: ${chunk.spoken.text.slice(0, 60)}`;
    this.#fail(new SpeechError(code, message));
  }

  #onStall(chunk: Chunk): void {
    if (!chunk.hasStarted) this.#silentStalls += 1;
    const isGivingUp = this.#silentStalls >= MAX_SILENT_STALLS;
    const action = isGivingUp ? 'give-up' : !chunk.hasStarted && chunk.retries === 0 ? 'retry' : 'skip';
    this.#context.emit({ type: 'stall', range: chunk.range, hasStarted: chunk.hasStarted, action });
    this.#dropChunk(chunk);
    this.#context.speaker.cancel();
    if (action === 'give-up') {
      return this.#fail(new SpeechError('stalled', `The voice "${chunk.voice.name}" did not start ${MAX_SILENT_STALLS} times in a row; is an audio output available (PulseAudio, speech-dispatcher)?`));
    }
    if (action === 'retry') return this.#utter(chunk.range, chunk.spoken, chunk.voice, chunk.retries + 1);
    this.#index += 1;
    this.#speakNext();
  }

  #armWatchdog(chunk: Chunk, remainingLength: number): void {
    const { clock } = this.#context;
    if (chunk.watchdog !== undefined) clock.clearTimeout(chunk.watchdog);
    chunk.watchdog = clock.setTimeout(() => {
      chunk.watchdog = undefined;
      if (this.#chunk === chunk) this.#onStall(chunk);
    }, watchdogMs(remainingLength, chunk.rate, this.#context.watchdog));
  }

  /** Word timing from the rate, for voices that give no boundary events (espeak-ng via speech-dispatcher). */
  #startEstimate(chunk: Chunk): void {
    this.#stopEstimate(chunk);
    const words = wordRanges(chunk.spoken.text);
    chunk.estimate = { words, next: 0, startedAt: this.#context.clock.now(), msPerChar: 1000 / charsPerSecond(chunk.rate) };
    this.#scheduleEstimate(chunk);
  }

  #scheduleEstimate(chunk: Chunk): void {
    const estimate = chunk.estimate;
    const word = estimate?.words[estimate.next];
    if (!estimate || !word) return;
    const { clock } = this.#context;
    const due = estimate.startedAt + word.start * estimate.msPerChar;
    estimate.timer = clock.setTimeout(() => {
      estimate.timer = undefined;
      if (this.#chunk !== chunk || chunk.estimate !== estimate) return;
      estimate.next += 1;
      this.#emitWord(chunk, word.start, word.end - word.start);
      this.#scheduleEstimate(chunk);
    }, Math.max(0, due - clock.now()));
  }

  #stopEstimate(chunk: Chunk): void {
    if (chunk.estimate?.timer !== undefined) this.#context.clock.clearTimeout(chunk.estimate.timer);
    chunk.estimate = undefined;
  }

  #emitWord(chunk: Chunk, spokenStart: number, spokenLength: number): void {
    const relative = sourceRangeOf(chunk.spoken, spokenStart, spokenStart + spokenLength);
    const start = chunk.range.start + relative.start;
    const end = Math.min(chunk.range.start + relative.end, chunk.range.end);
    if (chunk.lastWord && chunk.lastWord.start === start && chunk.lastWord.end === end) return;
    chunk.lastWord = { start, end };
    this.#options.onWord?.(start, Math.max(1, end - start));
  }

  /** Forgets the live chunk (its late events are ignored) and stops its timers. */
  #dropChunk(chunk: Chunk | undefined = this.#chunk): void {
    if (!chunk) return;
    if (chunk.watchdog !== undefined) this.#context.clock.clearTimeout(chunk.watchdog);
    chunk.watchdog = undefined;
    this.#stopEstimate(chunk);
    if (this.#chunk === chunk) this.#chunk = undefined;
  }

  #finish(): void {
    this.#setPhase('finished');
    if (this.#options.isDocument) this.#context.earcon('end-of-document');
    this.#options.onDone?.();
  }

  /** Reported to this reading's caller only: the owner emits the 'no-voice' event once per change of voice state. */
  #failNoVoice(): void {
    const count = this.#context.speaker.voices().length;
    this.#fail(new SpeechError('no-voice', `No voice can read "${this.#lang}" (${count} voices on this device). Install one (e.g. espeak-ng with speech-dispatcher on Linux) or choose another language.`), false);
  }

  #fail(error: SpeechError, isReported = true): void {
    this.#dropChunk();
    this.#setPhase('finished');
    if (isReported) this.#context.emit({ type: 'error', error });
    this.#options.onError?.(error);
  }

  #setPhase(phase: ReadingPhase): void {
    if (this.#phase === phase) return;
    this.#phase = phase;
    this.#context.phaseChanged(this);
  }
}
