import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EspeakSpeaker } from '../../a11y/speech/espeak/espeak-speaker.web.ts';
import type { UtteranceOptions } from '../../a11y/speech/speaker.ts';
import { AUTOPLAY_ARGS, openEspeakHarness, serveEspeakHarness, type EspeakHarness, type EspeakHarnessServer } from '../../scripts/bench/espeak-bench.ts';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';

// The offline eSpeak NG voice in Debian Chromium (headless, autoplay allowed as on a kiosk): worker,
// WebAssembly and Web Audio for real. The kiosk does not load this voice yet, so the voice is built into a
// small harness page with the kiosk's vite.config.ts (scripts/bench/espeak-bench.ts) and served on 127.0.0.1.

const WELCOME = 'Selamat datang di perpustakaan.';
const LONG =
  'Perpustakaan umum ini menyediakan layanan baca gratis bagi semua warga, termasuk buku berhuruf besar dan buku audio.';
const INDONESIAN: UtteranceOptions = { lang: 'id', rate: 1, volume: 1, pitch: 1 };

let server: EspeakHarnessServer;
let browser: FreshBrowser;
let page: Page;
const requests: string[] = [];

/** What happened to one utterance, times in ms from speak(). */
interface Recording {
  events: Array<{ type: string; at: number }>;
  /** Sources playing when the recording ended (0 = silent). */
  playingAfter: number;
  /** Durations (s) of the audio buffers started meanwhile. */
  bufferSeconds: number[];
  isSpeakingAfter: boolean;
}

/** Page side: speaks `texts` in order, optionally cancels or pauses, and records the events. */
function speakAndRecord(input: { texts: string[]; options: UtteranceOptions; cancelAfterStartMs?: number; pauseAfterStartMs?: number; pauseForMs?: number; settleMs: number; timeoutMs: number }): Promise<Recording> {
  type Audio = { playing: number; started: number[] };
  const scope = globalThis as unknown as { espeakSpeaker: EspeakSpeaker; espeakAudio: Audio };
  const speaker = scope.espeakSpeaker;
  const audio = scope.espeakAudio;
  const startedCount = audio.started.length;
  const events: Recording['events'] = [];
  const begun = performance.now();
  return new Promise<Recording>((resolve) => {
    let isDone = false;
    const finish = () => {
      if (isDone) return;
      isDone = true;
      setTimeout(() => resolve({ events, playingAfter: audio.playing, bufferSeconds: audio.started.slice(startedCount), isSpeakingAfter: speaker.isSpeaking() }), input.settleMs);
    };
    // Never hang the suite: report what happened so far.
    setTimeout(finish, input.timeoutMs);
    input.texts.forEach((text, index) => {
      const isLast = index === input.texts.length - 1;
      const record = (type: string) => events.push({ type: `${index}:${type}`, at: performance.now() - begun });
      speaker.speak(text, input.options, {
        onStart() {
          record('start');
          if (index !== 0) return;
          if (input.cancelAfterStartMs !== undefined) setTimeout(() => speaker.cancel(), input.cancelAfterStartMs);
          if (input.pauseAfterStartMs !== undefined) {
            setTimeout(() => {
              record('pause');
              speaker.pause();
              setTimeout(() => (record('resume'), speaker.resume()), input.pauseForMs ?? 0);
            }, input.pauseAfterStartMs);
          }
        },
        onEnd() {
          record('end');
          if (isLast) finish();
        },
        onError(error) {
          record(`error:${error}`);
          if (isLast || input.cancelAfterStartMs !== undefined) finish();
        },
      });
    });
  });
}

function at(recording: Recording, type: string): number {
  const event = recording.events.find((candidate) => candidate.type === type);
  if (!event) throw new Error(`No "${type}" event; got ${JSON.stringify(recording.events)}`);
  return event.at;
}

beforeAll(async () => {
  server = await serveEspeakHarness();
  browser = await launchFreshChromium({ extraArgs: AUTOPLAY_ARGS });
  // Counts sound really playing: every AudioBufferSourceNode started, until its `ended`.
  await browser.context.addInitScript(() => {
    const audio = { playing: 0, started: [] as number[] };
    (globalThis as unknown as { espeakAudio: typeof audio }).espeakAudio = audio;
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<typeof start>) {
      audio.playing += 1;
      audio.started.push(this.buffer?.duration ?? 0);
      this.addEventListener('ended', () => (audio.playing -= 1));
      return start.apply(this, args);
    };
  });
  page = await browser.context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await openEspeakHarness(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('eSpeak NG offline voice in Chromium', () => {
  it('[build] the kiosk vite config emits espeak-ng.wasm as a static asset beside the worker', () => {
    const paths = server.files.map((file) => file.path);
    expect(server.files.find((file) => /^assets\/espeak-ng-[\w-]+\.wasm$/.test(file.path))?.bytes).toBe(18_485_010);
    expect(paths.some((path) => /^assets\/espeak-worker\.web-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('[lazy] nothing of the voice loads with the page; loadEspeakSpeaker() fetches the wasm once', async () => {
    expect(requests.filter((url) => /espeak-(ng|worker|speaker)/.test(url))).toEqual([]);
    const voices = await page.evaluate(async () => {
      const harness = (globalThis as unknown as { espeakHarness: EspeakHarness }).espeakHarness;
      const { loadEspeakSpeaker } = await harness.load();
      const speaker = await loadEspeakSpeaker({ timeoutMs: 30_000 });
      (globalThis as unknown as { espeakSpeaker: EspeakSpeaker }).espeakSpeaker = speaker;
      return speaker.voices();
    });
    expect(voices.map((voice) => [voice.id, voice.lang, voice.isLocal])).toEqual([
      ['espeak-ng-id', 'id-ID', true],
      ['espeak-ng-en', 'en-GB', true],
    ]);
    expect(requests.filter((url) => url.endsWith('.wasm'))).toHaveLength(1);
  });

  it('[speak] says "Selamat datang di perpustakaan." in Indonesian: onStart, then onEnd after 1–5 s of sound', async () => {
    const recording = await page.evaluate(speakAndRecord, { texts: [WELCOME], options: INDONESIAN, settleMs: 100, timeoutMs: 15_000 });
    expect(recording.events.map((event) => event.type)).toEqual(['0:start', '0:end']);
    const seconds = recording.bufferSeconds[0] ?? 0;
    expect(seconds).toBeGreaterThan(1);
    expect(seconds).toBeLessThan(5);
    // Played in real time: onEnd comes when the sound has been heard, not when it was made.
    const playedMs = at(recording, '0:end') - at(recording, '0:start');
    expect(playedMs).toBeGreaterThan(seconds * 1000 * 0.9);
    expect(playedMs).toBeLessThan(seconds * 1000 + 1500);
    expect(recording.playingAfter).toBe(0);
    expect(recording.isSpeakingAfter).toBe(false);
  });

  it('[rate] speaks faster at rate 2 (eSpeak -s 350)', async () => {
    const fast = await page.evaluate(speakAndRecord, { texts: [WELCOME], options: { ...INDONESIAN, rate: 2 }, settleMs: 0, timeoutMs: 15_000 });
    expect(fast.events.map((event) => event.type)).toEqual(['0:start', '0:end']);
    expect(fast.bufferSeconds[0]).toBeLessThan(1.6);
  });

  it('[cancel] mid-way stops the sound at once and reports interrupted, with no onEnd', async () => {
    const recording = await page.evaluate(speakAndRecord, { texts: [LONG], options: INDONESIAN, cancelAfterStartMs: 700, settleMs: 1500, timeoutMs: 15_000 });
    expect(recording.events.map((event) => event.type)).toEqual(['0:start', '0:error:interrupted']);
    expect(recording.bufferSeconds[0]).toBeGreaterThan(4);
    expect(at(recording, '0:error:interrupted') - at(recording, '0:start')).toBeLessThan(1200);
    expect(recording.playingAfter).toBe(0);
    expect(recording.isSpeakingAfter).toBe(false);
  });

  it('[cancel] drops the queue: the current gets interrupted, the queued canceled, nothing else is played', async () => {
    const recording = await page.evaluate(speakAndRecord, { texts: [LONG, WELCOME, WELCOME], options: INDONESIAN, cancelAfterStartMs: 300, settleMs: 1500, timeoutMs: 15_000 });
    expect(recording.events.map((event) => event.type)).toEqual(['0:start', '0:error:interrupted', '1:error:canceled', '2:error:canceled']);
    expect(recording.bufferSeconds).toHaveLength(1);
    expect(recording.playingAfter).toBe(0);
  });

  it('[queue] speaks queued utterances one after the other', async () => {
    const recording = await page.evaluate(speakAndRecord, { texts: [WELCOME, 'Terima kasih.'], options: INDONESIAN, settleMs: 0, timeoutMs: 20_000 });
    expect(recording.events.map((event) => event.type)).toEqual(['0:start', '0:end', '1:start', '1:end']);
    expect(at(recording, '1:start')).toBeGreaterThanOrEqual(at(recording, '0:end'));
  });

  it('[pause] pause holds the sound (AudioContext suspended) and resume finishes it', async () => {
    const recording = await page.evaluate(speakAndRecord, { texts: [WELCOME], options: INDONESIAN, pauseAfterStartMs: 400, pauseForMs: 1500, settleMs: 0, timeoutMs: 20_000 });
    expect(recording.events.map((event) => event.type)).toEqual(['0:start', '0:pause', '0:resume', '0:end']);
    const seconds = recording.bufferSeconds[0] ?? 0;
    // The 1.5 s pause is added to the sound's own length.
    expect(at(recording, '0:end') - at(recording, '0:start')).toBeGreaterThan(seconds * 1000 + 1200);
  });

  it('[English] speaks English with the English voice', async () => {
    const recording = await page.evaluate(speakAndRecord, { texts: ['Welcome to the library.'], options: { ...INDONESIAN, lang: 'en' as const }, settleMs: 0, timeoutMs: 15_000 });
    expect(recording.events.map((event) => event.type)).toEqual(['0:start', '0:end']);
  });

  it('[load fails] without its wasm, loadEspeakSpeaker() rejects with EspeakLoadError (the kiosk keeps its other voice)', async () => {
    const other = await browser.context.newPage();
    await browser.context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
    try {
      await openEspeakHarness(other, server.url);
      const failure = await other.evaluate(async () => {
        const harness = (globalThis as unknown as { espeakHarness: EspeakHarness }).espeakHarness;
        const { loadEspeakSpeaker } = await harness.load();
        return loadEspeakSpeaker({ timeoutMs: 10_000 }).then(
          () => 'loaded',
          (error: Error) => `${error.name}: ${error.message}`,
        );
      });
      expect(failure).toMatch(/^EspeakLoadError: eSpeak NG did not load: HTTP 404 for .*espeak-ng-[\w-]+\.wasm/);
    } finally {
      await browser.context.unroute('**/*.wasm');
      await other.close();
    }
  });

  it('[offline] every request went to the kiosk server on 127.0.0.1', () => {
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });
});
