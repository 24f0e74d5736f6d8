// The offline fallback voice: eSpeak NG (WebAssembly, in a worker) played through Web Audio. Loaded only
// when the kiosk finds no Indonesian system voice: import this module dynamically, then loadEspeakSpeaker().
import type { EspeakRequest, EspeakResponse } from './espeak-protocol.ts';
import { QueuedSpeaker, type WavPlayer, type WavSynthesizer } from './espeak-queue.ts';

/** How long a synthesis may take before it is reported as failed (a 200-character sentence takes ~0.2 s). */
const SYNTHESIS_TIMEOUT_MS = 15_000;
/** How long loadEspeakSpeaker() waits for the worker to fetch and compile the 18.5 MB wasm. */
const DEFAULT_LOAD_TIMEOUT_MS = 60_000;
/** How long play() waits for a suspended AudioContext to start before reporting `not-allowed`. */
const AUDIO_START_TIMEOUT_MS = 3_000;
/** Seconds a new AudioContext's clock must have run before the first sound starts (see #clockStarted). */
const CLOCK_RUNNING_SECONDS = 0.1;
/** Longest wait for that clock; then the sound starts anyway. */
const CLOCK_TIMEOUT_MS = 3_000;

/** Options of loadEspeakSpeaker(). */
export interface EspeakLoadOptions {
  /** Give up loading after this many ms (default 60 s). */
  timeoutMs?: number;
}

/** The eSpeak speaker; dispose() ends its worker and audio context. */
export class EspeakSpeaker extends QueuedSpeaker {
  readonly #synthesizer: EspeakWorkerSynthesizer;
  readonly #player: WebAudioWavPlayer;

  constructor(synthesizer: EspeakWorkerSynthesizer, player: WebAudioWavPlayer) {
    super(synthesizer, player);
    this.#synthesizer = synthesizer;
    this.#player = player;
  }

  /** Stops speaking and frees the worker (and its ~50 MB) and the audio context. */
  dispose(): void {
    this.cancel();
    this.#synthesizer.terminate();
    this.#player.close();
  }
}

/**
 * Starts the eSpeak worker, waits until espeak-ng.wasm is fetched and compiled (so the first utterance is
 * quick) and returns the speaker. Rejects with EspeakLoadError when the wasm cannot be loaded.
 */
export async function loadEspeakSpeaker(options: EspeakLoadOptions = {}): Promise<EspeakSpeaker> {
  const synthesizer = new EspeakWorkerSynthesizer();
  try {
    await synthesizer.load(options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS);
  } catch (error) {
    synthesizer.terminate();
    throw error;
  }
  return new EspeakSpeaker(synthesizer, new WebAudioWavPlayer());
}

/** eSpeak NG could not be loaded (the worker or espeak-ng.wasm failed). */
export class EspeakLoadError extends Error {
  override name = 'EspeakLoadError';
}

/** An error with the Web Speech error code the speaker reports for it. */
export class EspeakSpeechError extends Error {
  override name = 'EspeakSpeechError';
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  resolve(response: EspeakResponse): void;
  reject(error: Error): void;
}

/** Owns the eSpeak worker: starts it lazily, matches answers to requests, terminates it on request. */
export class EspeakWorkerSynthesizer implements WavSynthesizer {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  /** Worker time of the last synthesis (instantiate + run), for benchmarks. */
  lastSynthesisMs = 0;

  /** Fetches and compiles espeak-ng.wasm in the worker; resolves with the time that took. */
  async load(timeoutMs: number = DEFAULT_LOAD_TIMEOUT_MS): Promise<number> {
    try {
      const response = await this.#request({ type: 'load' }, timeoutMs);
      return response.type === 'loaded' ? response.fetchAndCompileMs : 0;
    } catch (error) {
      throw new EspeakLoadError(`eSpeak NG did not load: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Runs espeak-ng with `args` (which must write a WAV with -w) and resolves with the WAV file. */
  async synthesize(args: string[]): Promise<ArrayBuffer> {
    try {
      const response = await this.#request({ type: 'synthesize', args }, SYNTHESIS_TIMEOUT_MS);
      if (response.type !== 'wav') throw new Error(`unexpected answer "${response.type}"`);
      this.lastSynthesisMs = response.ms;
      return response.wav;
    } catch (error) {
      throw new EspeakSpeechError('synthesis-failed', `eSpeak NG synthesis failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Ends the worker; pending requests fail. A later request starts a new one. */
  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#failAll(new Error('the eSpeak worker was terminated'));
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./espeak-worker.web.ts', import.meta.url), { type: 'module', name: 'espeak-ng' });
    worker.onmessage = (event: MessageEvent<EspeakResponse>) => {
      const pending = this.#pending.get(event.data.id);
      this.#pending.delete(event.data.id);
      if (event.data.type === 'error') pending?.reject(new Error(event.data.message));
      else pending?.resolve(event.data);
    };
    // A script that fails to load or throws at top level: nothing will answer, so everyone is told now.
    worker.onerror = (event) => {
      event.preventDefault();
      this.terminate();
      this.#failAll(new Error(`the eSpeak worker failed: ${event.message || 'its script did not load'}`));
    };
    this.#worker = worker;
    return worker;
  }

  #request(request: WithoutId<EspeakRequest>, timeoutMs: number): Promise<EspeakResponse> {
    const id = this.#nextId++;
    const message: EspeakRequest = { ...request, id };
    return new Promise<EspeakResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, {
        resolve: (response) => (clearTimeout(timer), resolve(response)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.#start().postMessage(message);
    });
  }

  #failAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of pending) request.reject(error);
  }
}

/** Plays WAV files through one lazily created AudioContext: an AudioBufferSourceNode per utterance, via a GainNode. */
export class WebAudioWavPlayer implements WavPlayer {
  #context: AudioContext | undefined;
  /** Resolves once the context's clock really runs (see waitForClock). */
  #clockStarted: Promise<void> = Promise.resolve();
  #source: AudioBufferSourceNode | undefined;
  /** Bumped by stop(): a play() still decoding then never starts. */
  #generation = 0;
  #isPaused = false;

  async play(wav: ArrayBuffer, volume: number, onStart: () => void): Promise<void> {
    const generation = this.#generation;
    const context = this.#audioContext();
    let buffer: AudioBuffer;
    try {
      buffer = await context.decodeAudioData(wav);
    } catch (error) {
      throw new EspeakSpeechError('synthesis-failed', `The WAV from eSpeak NG could not be decoded: ${String(error)}`);
    }
    if (generation !== this.#generation) return;
    await this.#ensureRunning(context);
    if (!this.#isPaused) await this.#clockStarted;
    if (generation !== this.#generation) return;
    const gain = new GainNode(context, { gain: volume });
    const source = new AudioBufferSourceNode(context, { buffer });
    source.connect(gain).connect(context.destination);
    this.#source = source;
    await new Promise<void>((resolve) => {
      source.onended = () => {
        source.disconnect();
        gain.disconnect();
        if (this.#source === source) this.#source = undefined;
        resolve();
      };
      source.start();
      onStart();
    });
  }

  /** Opens the audio output (creates the AudioContext) while the first utterance is synthesised. */
  prepare(): void {
    this.#audioContext();
  }

  /** Stops the sound now (its play() resolves). */
  stop(): void {
    this.#generation += 1;
    const source = this.#source;
    this.#source = undefined;
    // stop() fires `ended`, which resolves play() and disconnects the nodes.
    source?.stop();
  }

  pause(): void {
    this.#isPaused = true;
    void this.#context?.suspend();
  }

  resume(): void {
    this.#isPaused = false;
    void this.#context?.resume();
  }

  /** Stops and releases the audio context. */
  close(): void {
    this.stop();
    void this.#context?.close();
    this.#context = undefined;
  }

  #audioContext(): AudioContext {
    // Created on first use, not at load: an AudioContext holds an audio output stream open.
    if (!this.#context) {
      this.#context = new AudioContext({ latencyHint: 'playback' });
      this.#clockStarted = waitForClock(this.#context);
    }
    if (this.#isPaused) void this.#context.suspend();
    return this.#context;
  }

  /**
   * Chromium's autoplay policy keeps an AudioContext created before any user gesture "suspended"
   * (https://developer.chrome.com/blog/autoplay). A kiosk browser should run with
   * --autoplay-policy=no-user-gesture-required; without it, speech before the first touch or key press fails
   * with `not-allowed` instead of waiting forever for an `ended` event.
   */
  async #ensureRunning(context: AudioContext): Promise<void> {
    if (this.#isPaused || context.state === 'running') return;
    await Promise.race([context.resume(), new Promise((resolve) => setTimeout(resolve, AUDIO_START_TIMEOUT_MS))]);
    if ((context.state as AudioContextState) !== 'running' && !this.#isPaused) {
      throw new EspeakSpeechError('not-allowed', `The AudioContext stayed "${context.state}": Chromium's autoplay policy needs a user gesture or --autoplay-policy=no-user-gesture-required.`);
    }
  }
}

/**
 * Resolves once a new context's clock has run CLOCK_RUNNING_SECONDS (or after CLOCK_TIMEOUT_MS), so onStart
 * fires when sound can really be heard: the speech owner times its word estimates from onStart. Observed in
 * Debian Chromium 156 headless without an audio device: the clock of the first AudioContext stops at 0.02 s
 * for ~2 s while the output falls back to a fake device, and a first 2 s sound took 4 s to end. A real
 * device also takes a moment to open.
 */
function waitForClock(context: AudioContext): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const isRunning = context.currentTime >= CLOCK_RUNNING_SECONDS || context.state === 'closed';
      if (isRunning || performance.now() - started > CLOCK_TIMEOUT_MS) resolve();
      else setTimeout(check, 20);
    };
    check();
  });
}
