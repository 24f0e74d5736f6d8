// A faithful fake of the Web Speech API's speech synthesis for browser tests: headless Chromium has no
// voices (speak() fails with 'synthesis-failed'), so tests inject this before the page's scripts run:
//
//   await installFakeSpeech(context, { voices: [{ name: 'Indonesian', lang: 'id-ID' }] });
//   const page = await context.newPage(); ...
//   expect(await spokenTexts(page)).toContain('Selamat datang');
//
// It replaces window.speechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisEvent,
// SpeechSynthesisErrorEvent and SpeechSynthesisVoice, and behaves like Chromium where it matters:
// getVoices() may start empty and fill with a 'voiceschanged' event; utterances are queued and spoken one
// at a time; 'start', per-word 'boundary' (name 'word', charIndex, charLength) and 'end' fire
// asynchronously, timed by text length and rate; cancel() fires 'error' with 'interrupted' on the utterance
// being spoken and 'canceled' on queued ones (Web Speech API spec) and empties the queue; with no voices
// speak() fails with 'synthesis-failed' (headless Chromium); optionally, speaking before a user gesture
// fails with 'not-allowed' (what Chrome's autoplay policy may do; Chromium 156 headless does not). Every utterance is logged in window.__speech.log.
import type { BrowserContext, Page } from 'playwright-core';

/** A voice of the fake. */
export interface FakeSpeechVoice {
  name: string;
  lang: string;
  /** Default: the name. */
  voiceURI?: string;
  /** Default true. */
  localService?: boolean;
  /** Default false (true for the first voice when none is marked). */
  default?: boolean;
}

/** How the fake behaves. All timings are in milliseconds. */
export interface FakeSpeechOptions {
  /** Default: one local "id-ID" voice. */
  voices?: FakeSpeechVoice[];
  /** getVoices() is empty until then, then 'voiceschanged' fires (Chromium: ~3 s). Default 0. */
  voicesDelayMs?: number;
  /** Fire a word boundary per word. Default true (speech-dispatcher voices give none: set false). */
  hasBoundaries?: boolean;
  /** Speaking time per character at rate 1. Default 20 (fast tests; real voices take ~65). */
  msPerChar?: number;
  /** Delay before 'start'. Default 5. */
  startDelayMs?: number;
  /** 'auto': 'end' fires after the speaking time; 'manual': only window.__speech.finishCurrent() ends. */
  endMode?: 'auto' | 'manual';
  /** Indexes in the log (0-based) of utterances that start but never end (Chromium's lost 'end'). */
  stuckUtterances?: number[];
  /** speak() before any user gesture fails with 'not-allowed' (Chrome's autoplay policy may). Default false. */
  requireUserActivation?: boolean;
}

/** One logged utterance. */
export interface SpokenEntry {
  text: string;
  lang: string;
  rate: number;
  volume: number;
  pitch: number;
  /** The voice's name, or null when none was set. */
  voice: string | null;
  state: 'queued' | 'speaking' | 'ended' | 'error';
  error?: string;
  /** Boundary events fired. */
  boundaries: number;
  /** Date.now() at speak(). */
  queuedAt: number;
}

/** The control object the fake puts on window.__speech. */
export interface FakeSpeechControl {
  log: SpokenEntry[];
  options: FakeSpeechOptions;
  /** Ends the utterance being spoken (manual mode, or a stuck one). False when nothing is speaking. */
  finishCurrent(): boolean;
  /** Fails the utterance being spoken with a platform error code. */
  failCurrent(error: string): boolean;
  /** The next utterance to start never ends. */
  stickNext(): void;
  /** Replaces the voices and fires 'voiceschanged'. */
  setVoices(voices: FakeSpeechVoice[]): void;
}

/**
 * Installs the fake on `target` (the page's window when injected). Self-contained: it is serialised into
 * the page, so it must not use anything from this module.
 */
export function installSpeechSynthesisFake(options: FakeSpeechOptions = {}, target: typeof globalThis = globalThis): void {
  const settings = {
    voices: options.voices ?? [{ name: 'Bahasa Indonesia (fake)', lang: 'id-ID' }],
    voicesDelayMs: options.voicesDelayMs ?? 0,
    hasBoundaries: options.hasBoundaries ?? true,
    msPerChar: options.msPerChar ?? 20,
    startDelayMs: options.startDelayMs ?? 5,
    endMode: options.endMode ?? 'auto',
    stuckUtterances: options.stuckUtterances ?? [],
    requireUserActivation: options.requireUserActivation ?? false,
  };

  class FakeVoice {
    readonly name: string;
    readonly lang: string;
    readonly voiceURI: string;
    readonly localService: boolean;
    readonly default: boolean;
    constructor(voice: FakeSpeechVoice, isFirst: boolean, hasDefault: boolean) {
      this.name = voice.name;
      this.lang = voice.lang;
      this.voiceURI = voice.voiceURI ?? voice.name;
      this.localService = voice.localService ?? true;
      this.default = voice.default ?? (isFirst && !hasDefault);
    }
  }

  class FakeEvent extends Event {
    readonly utterance: FakeUtterance;
    readonly charIndex: number;
    readonly charLength: number;
    readonly elapsedTime: number;
    readonly name: string;
    constructor(type: string, init: { utterance: FakeUtterance; charIndex?: number; charLength?: number; elapsedTime?: number; name?: string }) {
      super(type);
      this.utterance = init.utterance;
      this.charIndex = init.charIndex ?? 0;
      this.charLength = init.charLength ?? 0;
      this.elapsedTime = init.elapsedTime ?? 0;
      this.name = init.name ?? '';
    }
  }

  class FakeErrorEvent extends FakeEvent {
    readonly error: string;
    constructor(type: string, init: ConstructorParameters<typeof FakeEvent>[1] & { error: string }) {
      super(type, init);
      this.error = init.error;
    }
  }

  type Handler = ((event: Event) => void) | null;

  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: FakeVoice | null = null;
    volume = 1;
    rate = 1;
    pitch = 1;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onpause: Handler = null;
    onresume: Handler = null;
    onboundary: Handler = null;
    onmark: Handler = null;
    constructor(text = '') {
      super();
      this.text = String(text);
    }
    fire(event: FakeEvent): void {
      this.dispatchEvent(event);
      const handler = (this as unknown as Record<string, Handler>)[`on${event.type}`];
      if (typeof handler === 'function') handler.call(this, event);
    }
  }

  /** One utterance's life: its timed events in ms after it became current, and how far it has got. */
  interface Job {
    utterance: FakeUtterance;
    entry: SpokenEntry;
    timers: number[];
    isStuck: boolean;
    startedAt: number;
    /** Events not fired yet, at ms of speaking progress. */
    pendingEvents: Array<{ at: number; fire: () => void }>;
    /** Speaking progress (ms) before the last resume; and Date.now() at that resume. */
    progress: number;
    runningSince: number;
  }

  let voices: FakeVoice[] = [];
  const makeVoices = (list: FakeSpeechVoice[]) => {
    const hasDefault = list.some((voice) => voice.default);
    return list.map((voice, index) => new FakeVoice(voice, index === 0, hasDefault));
  };
  const log: SpokenEntry[] = [];
  const queue: Job[] = [];
  let current: Job | undefined;
  let isPaused = false;
  let stickNext = false;

  class FakeSynthesis extends EventTarget {
    onvoiceschanged: Handler = null;
    get speaking(): boolean {
      return current !== undefined;
    }
    get pending(): boolean {
      return queue.length > 0;
    }
    get paused(): boolean {
      return isPaused;
    }
    getVoices(): FakeVoice[] {
      return [...voices];
    }
    speak(utterance: FakeUtterance): void {
      const entry: SpokenEntry = {
        text: utterance.text,
        lang: utterance.lang,
        rate: utterance.rate,
        volume: utterance.volume,
        pitch: utterance.pitch,
        voice: utterance.voice?.name ?? null,
        state: 'queued',
        boundaries: 0,
        queuedAt: Date.now(),
      };
      log.push(entry);
      const job: Job = { utterance, entry, timers: [], isStuck: settings.stuckUtterances.includes(log.length - 1), startedAt: 0, pendingEvents: [], progress: 0, runningSince: 0 };
      const activation = (target.navigator as Navigator | undefined)?.userActivation;
      if (settings.requireUserActivation && activation && !activation.hasBeenActive) return failLater(job, 'not-allowed');
      if (voices.length === 0) return failLater(job, 'synthesis-failed');
      queue.push(job);
      if (!current && !isPaused) startNext();
    }
    cancel(): void {
      const dropped = queue.splice(0);
      const speaking = current;
      current = undefined;
      if (speaking) {
        clearTimers(speaking);
        failLater(speaking, speaking.entry.state === 'speaking' ? 'interrupted' : 'canceled');
      }
      for (const job of dropped) failLater(job, 'canceled');
    }
    pause(): void {
      if (isPaused) return;
      isPaused = true;
      if (current) {
        clearTimers(current);
        current.progress += Date.now() - current.runningSince;
        if (current.entry.state === 'speaking') current.utterance.fire(new FakeEvent('pause', { utterance: current.utterance }));
      }
    }
    resume(): void {
      if (!isPaused) return;
      isPaused = false;
      if (!current) return startNext();
      if (current.entry.state === 'speaking') current.utterance.fire(new FakeEvent('resume', { utterance: current.utterance }));
      run(current);
    }
    fire(event: Event): void {
      this.dispatchEvent(event);
      if (event.type === 'voiceschanged') this.onvoiceschanged?.call(this, event);
    }
  }
  const synthesis = new FakeSynthesis();

  const msPerChar = (job: Job) => settings.msPerChar / (job.utterance.rate > 0 ? job.utterance.rate : 1);
  const later = (job: Job | undefined, ms: number, action: () => void) => {
    const timer = target.setTimeout(action, ms) as unknown as number;
    job?.timers.push(timer);
  };
  const clearTimers = (job: Job) => {
    for (const timer of job.timers) target.clearTimeout(timer);
    job.timers = [];
  };
  const failLater = (job: Job, error: string) => {
    job.entry.state = 'error';
    job.entry.error = error;
    later(undefined, 0, () => job.utterance.fire(new FakeErrorEvent('error', { utterance: job.utterance, error })));
  };
  const finish = (job: Job) => {
    if (current !== job) return;
    clearTimers(job);
    current = undefined;
    job.entry.state = 'ended';
    job.utterance.fire(new FakeEvent('end', { utterance: job.utterance, charIndex: job.utterance.text.length, elapsedTime: Date.now() - job.startedAt }));
    if (!isPaused) startNext();
  };
  /** Schedules the job's pending events from its current progress. */
  const run = (job: Job) => {
    job.runningSince = Date.now();
    for (const event of job.pendingEvents) {
      later(job, Math.max(0, event.at - job.progress), () => {
        job.pendingEvents = job.pendingEvents.filter((pending) => pending !== event);
        event.fire();
      });
    }
  };
  const startNext = () => {
    const job = queue.shift();
    if (!job) return;
    current = job;
    if (stickNext) {
      job.isStuck = true;
      stickNext = false;
    }
    const perChar = msPerChar(job);
    const { utterance } = job;
    const at = (ms: number) => settings.startDelayMs + ms;
    job.pendingEvents.push({
      at: at(0),
      fire: () => {
        job.entry.state = 'speaking';
        job.startedAt = Date.now();
        utterance.fire(new FakeEvent('start', { utterance }));
      },
    });
    if (settings.hasBoundaries) {
      for (const word of utterance.text.matchAll(/\S+/g)) {
        job.pendingEvents.push({
          at: at(word.index * perChar),
          fire: () => {
            job.entry.boundaries += 1;
            utterance.fire(new FakeEvent('boundary', { utterance, name: 'word', charIndex: word.index, charLength: word[0].length, elapsedTime: Date.now() - job.startedAt }));
          },
        });
      }
    }
    if (settings.endMode === 'auto' && !job.isStuck) job.pendingEvents.push({ at: at(utterance.text.length * perChar), fire: () => finish(job) });
    run(job);
  };

  const setVoices = (list: FakeSpeechVoice[]) => {
    voices = makeVoices(list);
    synthesis.fire(new Event('voiceschanged'));
  };
  if (settings.voicesDelayMs > 0) later(undefined, settings.voicesDelayMs, () => setVoices(settings.voices));
  else voices = makeVoices(settings.voices);

  const control: FakeSpeechControl = {
    log,
    options,
    finishCurrent() {
      if (!current || current.entry.state !== 'speaking') return false;
      finish(current);
      return true;
    },
    failCurrent(error) {
      const job = current;
      if (!job) return false;
      clearTimers(job);
      current = undefined;
      failLater(job, error);
      later(undefined, 0, startNext);
      return true;
    },
    stickNext() {
      stickNext = true;
    },
    setVoices,
  };

  const define = (name: string, value: unknown) => Object.defineProperty(target, name, { value, configurable: true, writable: true });
  define('speechSynthesis', synthesis);
  define('SpeechSynthesisUtterance', FakeUtterance);
  define('SpeechSynthesisEvent', FakeEvent);
  define('SpeechSynthesisErrorEvent', FakeErrorEvent);
  define('SpeechSynthesisVoice', FakeVoice);
  define('__speech', control);
}

/**
 * The fake as an init script. `__name` is defined because tsx/esbuild with keepNames wraps named classes
 * and functions in `__name(...)` calls, a helper that does not exist in the page.
 */
export function fakeSpeechInitScript(options: FakeSpeechOptions = {}): string {
  return `(() => { var __name = (target) => target; (${installSpeechSynthesisFake.toString()})(${JSON.stringify(options)}); })();`;
}

/** Injects the fake into every page of a context (or one page) before its scripts run. */
export async function installFakeSpeech(target: BrowserContext | Page, options: FakeSpeechOptions = {}): Promise<void> {
  await target.addInitScript({ content: fakeSpeechInitScript(options) });
}

/** Every utterance the page has given the fake, in order. */
export async function spokenLog(page: Page): Promise<SpokenEntry[]> {
  return page.evaluate(() => structuredClone((window as unknown as { __speech?: FakeSpeechControl }).__speech?.log ?? []));
}

/** The texts the page has given the fake, in order. */
export async function spokenTexts(page: Page): Promise<string[]> {
  return (await spokenLog(page)).map((entry) => entry.text);
}

/** Waits until an utterance whose text matches has been given to the fake; returns it. */
export async function waitForSpoken(page: Page, text: string | RegExp, options: { timeout?: number } = {}): Promise<SpokenEntry> {
  const source = typeof text === 'string' ? { kind: 'string' as const, value: text } : { kind: 'regexp' as const, value: text.source, flags: text.flags };
  const handle = await page.waitForFunction(
    (wanted) => {
      const log = (window as unknown as { __speech?: FakeSpeechControl }).__speech?.log ?? [];
      const isMatch = (entry: SpokenEntry) => (wanted.kind === 'string' ? entry.text.includes(wanted.value) : new RegExp(wanted.value, wanted.flags).test(entry.text));
      const found = log.find(isMatch);
      return found ? structuredClone(found) : undefined;
    },
    source,
    { timeout: options.timeout ?? 5_000 },
  );
  return (await handle.jsonValue()) as SpokenEntry;
}

/** Ends the utterance being spoken (manual mode or a stuck one). */
export async function finishCurrentUtterance(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __speech: FakeSpeechControl }).__speech.finishCurrent());
}

/** Replaces the fake's voices (fires 'voiceschanged'). */
export async function setFakeVoices(page: Page, voices: FakeSpeechVoice[]): Promise<void> {
  await page.evaluate((list) => (window as unknown as { __speech: FakeSpeechControl }).__speech.setVoices(list), voices);
}
