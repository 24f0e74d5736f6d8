// Speech in real Chromium.
// 1. With REAL voices: Debian's speech-dispatcher + espeak-ng behind Chromium's --enable-speech-dispatcher,
//    with PulseAudio on a null sink (without an audio output speak() hangs silently and the speech service
//    stays stuck: ../shared/PLATFORM.md). The test installs the packages when they are missing and it runs
//    as root (apt-get), starts PulseAudio if none runs, and SKIPS with the reason when the machine cannot
//    provide voices. Set JURUBACA_SKIP_APT=1 to never call apt-get.
// 2. With the fake speechSynthesis the other browser tests use (support/fake-speech-synthesis.ts): checks
//    that the injected fake really replaces Chromium's and that the adapter and owner run on it.
// The speech modules are bundled for the page with vite (library mode), independent of the kiosk build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../a11y/clock/clock.ts';
import type { identityNormalize } from '../../a11y/speech/identity-normalize.ts';
import type { createSpeechOwner } from '../../a11y/speech/speech-owner.ts';
import type { chooseVoice } from '../../a11y/speech/voice-choice.ts';
import type { createEarconPlayer } from '../../a11y/speech/web/earcon-player.web.ts';
import type { WebSpeechSpeaker } from '../../a11y/speech/web/web-speech-speaker.web.ts';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { installFakeSpeech, spokenLog } from './support/fake-speech-synthesis.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SENTENCE = 'Selamat datang di perpustakaan.';
const LONG_SENTENCE = 'Setiap warga negara berhak mendapatkan pelayanan perpustakaan umum yang baik, dan pemerintah daerah wajib menyediakan koleksi bacaan bagi penyandang disabilitas.';
/** How long to wait for Chromium's voices (measured ~3 s after load with speech-dispatcher). */
const VOICE_WAIT_MS = 10_000;

/** The page-side API of the bundle (see bundleSpeech). */
interface SpeechBundle {
  WebSpeechSpeaker: typeof WebSpeechSpeaker;
  createEarconPlayer: typeof createEarconPlayer;
  chooseVoice: typeof chooseVoice;
  createSpeechOwner: typeof createSpeechOwner;
  identityNormalize: typeof identityNormalize;
  systemClock: Clock;
}

/** Bundles the speech modules into one IIFE exposing `window.jurubacaSpeech`. */
async function bundleSpeech(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'jurubaca-speech-bundle-'));
  try {
    const entry = join(dir, 'entry.ts');
    const module = (path: string) => JSON.stringify(join(ROOT, path));
    writeFileSync(
      entry,
      [
        `export { WebSpeechSpeaker } from ${module('a11y/speech/web/web-speech-speaker.web.ts')};`,
        `export { createEarconPlayer } from ${module('a11y/speech/web/earcon-player.web.ts')};`,
        `export { chooseVoice } from ${module('a11y/speech/voice-choice.ts')};`,
        `export { createSpeechOwner } from ${module('a11y/speech/speech-owner.ts')};`,
        `export { identityNormalize } from ${module('a11y/speech/identity-normalize.ts')};`,
        `export { systemClock } from ${module('a11y/clock/system-clock.web.ts')};`,
      ].join('\n'),
    );
    await build({
      configFile: false,
      logLevel: 'warn',
      root: dir,
      build: { outDir: join(dir, 'out'), minify: false, lib: { entry, formats: ['iife'], name: 'jurubacaSpeech', fileName: () => 'speech.js' } },
    });
    return readFileSync(join(dir, 'out', 'speech.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a command without a shell; never hangs longer than `timeoutMs`. */
function run(command: string, args: string[], timeoutMs = 30_000): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  return { ok: result.status === 0, output };
}

const hasCommand = (name: string) => run('sh', ['-c', `command -v ${name}`]).ok;

/** What the real-voice environment needed, and how to undo it. */
interface SpeechEnvironment {
  skipReason?: string;
  hasStartedPulse: boolean;
  nullSinkModule?: string;
  notes: string[];
}

/** Makes sure speech-dispatcher, espeak-ng and PulseAudio (with an output) are there (see the file note). */
function prepareSpeechEnvironment(): SpeechEnvironment {
  const env: SpeechEnvironment = { hasStartedPulse: false, notes: [] };
  const needed = ['speech-dispatcher', 'espeak-ng', 'pulseaudio', 'pactl'];
  const missing = needed.filter((name) => !hasCommand(name));
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) return { ...env, skipReason: `missing ${missing.join(', ')} and not root, so cannot apt-get install speech-dispatcher espeak-ng pulseaudio` };
    if (process.env.JURUBACA_SKIP_APT === '1') return { ...env, skipReason: `missing ${missing.join(', ')} and JURUBACA_SKIP_APT=1` };
    const update = run('apt-get', ['update'], 180_000);
    const install = update.ok ? run('apt-get', ['install', '-y', 'speech-dispatcher', 'espeak-ng', 'pulseaudio'], 400_000) : update;
    if (!install.ok) return { ...env, skipReason: `apt-get could not install speech-dispatcher espeak-ng pulseaudio: ${install.output.split('\n').slice(-3).join(' | ')}` };
    env.notes.push('installed speech-dispatcher espeak-ng pulseaudio with apt-get');
  }
  if (!run('pulseaudio', ['--check']).ok) {
    const started = run('pulseaudio', ['-D', '--exit-idle-time=-1', '--system=false']);
    if (!started.ok) return { ...env, skipReason: `PulseAudio did not start: ${started.output}` };
    env.hasStartedPulse = true;
    env.notes.push('started PulseAudio');
  }
  const sinks = run('pactl', ['list', 'short', 'sinks']);
  if (!sinks.ok) return { ...env, skipReason: `pactl cannot reach PulseAudio: ${sinks.output}` };
  if (sinks.output === '') {
    const loaded = run('pactl', ['load-module', 'module-null-sink', 'sink_name=jurubaca_null']);
    if (!loaded.ok) return { ...env, skipReason: `no audio output and module-null-sink did not load: ${loaded.output}` };
    env.nullSinkModule = loaded.output;
    run('pactl', ['set-default-sink', 'jurubaca_null']);
    env.notes.push('loaded a null sink');
  }
  return env;
}

/** Undoes what prepareSpeechEnvironment started (installed packages stay). */
async function cleanUpSpeechEnvironment(env: SpeechEnvironment): Promise<void> {
  // speech-dispatcher (spawned by Chromium) exits ~5 s after its last client; stopping PulseAudio under a
  // live one could leave it stuck for the next run, so wait for it first (at most 10 s).
  for (let waited = 0; waited < 10_000 && run('pgrep', ['-x', 'speech-dispatch']).ok; waited += 500) await new Promise((done) => setTimeout(done, 500));
  if (env.nullSinkModule) run('pactl', ['unload-module', env.nullSinkModule]);
  if (env.hasStartedPulse) run('pulseaudio', ['--kill']);
}

/** Opens a blank page with the speech bundle loaded. */
async function speechPage(browser: FreshBrowser, bundle: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setContent('<!doctype html><html lang="id"><title>speech</title></html>');
  await page.addScriptTag({ content: bundle });
  return page;
}

let bundle: string;

beforeAll(async () => {
  bundle = await bundleSpeech();
}, 60_000);

describe('real voices: espeak-ng through speech-dispatcher in Chromium', () => {
  let env: SpeechEnvironment | undefined;
  let browser: FreshBrowser | undefined;
  let page: Page | undefined;
  let skipReason: string | undefined;

  beforeAll(async () => {
    env = prepareSpeechEnvironment();
    for (const note of env.notes) console.info(`[speech] ${note}`);
    skipReason = env.skipReason;
    if (skipReason) return;
    browser = await launchFreshChromium({ extraArgs: ['--enable-speech-dispatcher'] });
    page = await speechPage(browser, bundle);
    const loaded = await page.evaluate(async (waitMs) => {
      const speech = (window as unknown as { jurubacaSpeech: SpeechBundle }).jurubacaSpeech;
      const speaker = new speech.WebSpeechSpeaker();
      const started = performance.now();
      while (speaker.voices().length === 0 && performance.now() - started < waitMs) await new Promise((done) => setTimeout(done, 100));
      return { count: speaker.voices().length, ms: Math.round(performance.now() - started) };
    }, VOICE_WAIT_MS);
    console.info(`[speech] ${loaded.count} voices after ${loaded.ms} ms`);
    if (loaded.count === 0) skipReason = `Chromium listed no voices within ${VOICE_WAIT_MS / 1000} s although speech-dispatcher, espeak-ng and PulseAudio are present (does 'spd-say test' work?)`;
  }, 600_000);

  beforeAll(() => {
    if (skipReason) console.warn(`[speech] real-voice tests skipped: ${skipReason}`);
  });

  afterAll(async () => {
    await browser?.close();
    if (env) await cleanUpSpeechEnvironment(env);
  }, 60_000);

  it('chooses an Indonesian voice (lang "id") among Chromium\'s voices', async (context) => {
    if (skipReason) return context.skip(skipReason);
    const choice = await page!.evaluate(() => {
      const speech = (window as unknown as { jurubacaSpeech: SpeechBundle }).jurubacaSpeech;
      const found = speech.chooseVoice(new speech.WebSpeechSpeaker().voices(), 'id');
      return found && { name: found.voice.name, lang: found.voice.lang, reason: found.reason, isLocal: found.voice.isLocal };
    });
    console.info(`[speech] chosen: ${JSON.stringify(choice)}`);
    expect(choice?.lang).toMatch(/^id\b/);
    expect(choice?.isLocal).toBe(true);
  });

  it(`speaks "${SENTENCE}" to its end through WebSpeechSpeaker (onend fires)`, async (context) => {
    if (skipReason) return context.skip(skipReason);
    const result = await page!.evaluate(async (text) => {
      const speech = (window as unknown as { jurubacaSpeech: SpeechBundle }).jurubacaSpeech;
      const speaker = new speech.WebSpeechSpeaker();
      const voice = speech.chooseVoice(speaker.voices(), 'id')!.voice;
      const started = performance.now();
      const seen: string[] = [];
      const outcome = await new Promise<string>((done) => {
        setTimeout(() => done('timeout'), 20_000);
        speaker.speak(text, { voiceId: voice.id, lang: 'id', rate: 1, volume: 1, pitch: 1 }, {
          onStart: () => seen.push(`start ${Math.round(performance.now() - started)}`),
          onBoundary: (index) => seen.push(`word ${index}`),
          onEnd: () => done('end'),
          onError: (error) => done(`error ${error}`),
        });
      });
      return { outcome, ms: Math.round(performance.now() - started), seen };
    }, SENTENCE);
    console.info(`[speech] adapter: ${JSON.stringify(result)}`);
    expect(result.outcome).toBe('end');
    expect(result.seen[0]).toMatch(/^start/);
  }, 30_000);

  it('the speech owner reads to the end with estimated words (this voice gives no boundaries), cancels quietly, and speaks again after a cancel', async (context) => {
    if (skipReason) return context.skip(skipReason);
    const result = await page!.evaluate(
      async ({ sentence, long }) => {
        const speech = (window as unknown as { jurubacaSpeech: SpeechBundle }).jurubacaSpeech;
        const owner = speech.createSpeechOwner({ speaker: new speech.WebSpeechSpeaker(), clock: speech.systemClock, normalize: speech.identityNormalize });
        const events: string[] = [];
        owner.subscribe((event) => events.push(event.type === 'stall' ? `stall ${event.action}` : event.type));
        const read = (text: string, cancelAfterMs?: number) =>
          new Promise<{ outcome: string; words: number; ms: number }>((done) => {
            const started = performance.now();
            let words = 0;
            const finish = (outcome: string) => done({ outcome, words, ms: Math.round(performance.now() - started) });
            setTimeout(() => finish('timeout'), 30_000);
            owner.speakText(text, 'id', { onWord: () => (words += 1), onDone: () => finish('done'), onError: (error) => finish(`error ${error.code}`), onCanceled: () => finish('canceled') });
            if (cancelAfterMs !== undefined) setTimeout(() => owner.cancel(), cancelAfterMs);
          });
        const first = await read(sentence);
        const canceled = await read(long, 1500);
        const after = await read(sentence);
        return { first, canceled, after, events, status: owner.status() };
      },
      { sentence: SENTENCE, long: LONG_SENTENCE },
    );
    console.info(`[speech] owner: ${JSON.stringify(result)}`);
    expect(result.first.outcome).toBe('done');
    expect(result.first.words).toBeGreaterThanOrEqual(3);
    expect(result.canceled.outcome).toBe('canceled');
    expect(result.after.outcome).toBe('done');
    expect(result.events.filter((event) => event.startsWith('stall') || event === 'error')).toEqual([]);
    expect(result.status).toMatchObject({ hasVoice: true, isSpeaking: false, reason: 'local-language' });
  }, 90_000);
});

describe('the fake speechSynthesis for browser tests, in Chromium', () => {
  let browser: FreshBrowser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  it('replaces Chromium\'s speech synthesis; the adapter and owner read through it; the log records utterances', async () => {
    browser = await launchFreshChromium();
    await installFakeSpeech(browser.context, { voices: [{ name: 'Indonesian (fake)', lang: 'id-ID' }, { name: 'English (fake)', lang: 'en-US' }], msPerChar: 5 });
    const page = await speechPage(browser, bundle);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const result = await page.evaluate(async (text) => {
      const speech = (window as unknown as { jurubacaSpeech: SpeechBundle }).jurubacaSpeech;
      const owner = speech.createSpeechOwner({ speaker: new speech.WebSpeechSpeaker(), clock: speech.systemClock, normalize: speech.identityNormalize });
      const words: number[] = [];
      const outcome = await new Promise<string>((done) => {
        setTimeout(() => done('timeout'), 10_000);
        owner.speakText(text, 'id', { onWord: (offset) => words.push(offset), onDone: () => done('done'), onError: (error) => done(error.code) });
      });
      const earcons = speech.createEarconPlayer();
      earcons.unlock();
      for (const name of ['start', 'stop', 'end-of-document', 'boundary'] as const) earcons.play(name);
      return { outcome, words, voices: speechSynthesis.getVoices().map((voice) => voice.lang), status: owner.status() };
    }, `${SENTENCE} Silakan pilih layanan.`);
    expect(result.outcome).toBe('done');
    expect(result.words).toEqual([0, 8, 15, 18, 32, 40, 46]);
    expect(result.voices).toEqual(['id-ID', 'en-US']);
    expect(result.status.voice?.name).toBe('Indonesian (fake)');
    const log = await spokenLog(page);
    expect(log.map((entry) => [entry.text, entry.voice, entry.state])).toEqual([
      [SENTENCE, 'Indonesian (fake)', 'ended'],
      ['Silakan pilih layanan.', 'Indonesian (fake)', 'ended'],
    ]);
    expect(errors).toEqual([]);
  });
});
