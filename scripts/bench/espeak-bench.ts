// The offline eSpeak NG voice in Chromium: first-use load time (worker + fetch + compile of the 18.5 MB
// wasm, fresh profile each time), synthesis time of a ~200-character Indonesian sentence against the length
// of its audio (real-time factor), time to first sound, and the gzip size of what it downloads.
// Run: npx tsx scripts/bench/espeak-bench.ts   (prints JSON)
//
// The kiosk does not load the voice yet, so this builds a small harness page with the kiosk's own
// vite.config.ts (same worker and asset handling) and serves it with vite preview on 127.0.0.1.
// tests/browser/espeak-voice.browser.test.ts uses the same harness.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { espeakArguments } from '../../a11y/speech/espeak/espeak-arguments.ts';
import type * as EspeakSpeakerModule from '../../a11y/speech/espeak/espeak-speaker.web.ts';
import type * as WavHeaderModule from '../../a11y/speech/espeak/wav-header.ts';
import { launchFreshChromium } from '../../tests/support/chromium.ts';
import { freePort } from '../../tests/support/free-port.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Chromium must play sound without a click: a kiosk runs with this flag (see the espeak README). */
export const AUTOPLAY_ARGS = ['--autoplay-policy=no-user-gesture-required'];
/** The sentence timed by the benchmark (199 characters). */
export const BENCH_SENTENCE =
  'Perpustakaan umum ini menyediakan layanan baca gratis bagi semua warga, termasuk buku berhuruf besar, buku audio, dan komputer dengan pembaca layar. Petugas kami siap membantu Anda setiap hari kerja.';

/** What the harness page exposes as `globalThis.espeakHarness`. */
export interface EspeakHarness {
  /** Imports the speaker module lazily, as the kiosk's composition root would. */
  load(): Promise<typeof EspeakSpeakerModule>;
  /** The WAV reader, in a chunk of its own so it does not count in the voice's size. */
  loadWavHeader(): Promise<typeof WavHeaderModule>;
}

/** The built harness, served on the loopback address. */
export interface EspeakHarnessServer {
  url: string;
  /** The build's files (path relative to the build, bytes). */
  files: Array<{ path: string; bytes: number }>;
  outDir: string;
  close(): Promise<void>;
}

/** Builds the harness page with the kiosk's vite config and serves it with vite preview. */
export async function serveEspeakHarness(): Promise<EspeakHarnessServer> {
  const root = mkdtempSync(join(tmpdir(), 'jurubaca-espeak-'));
  const module = (name: string) => JSON.stringify(join(ROOT, 'a11y', 'speech', 'espeak', name));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="id"><title>espeak harness</title><script type="module" src="./entry.js"></script></html>');
  writeFileSync(
    join(root, 'entry.js'),
    `globalThis.espeakHarness = { load: () => import(${module('espeak-speaker.web.ts')}), loadWavHeader: () => import(${module('wav-header.ts')}) };\n`,
  );
  try {
    await build({ root, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true, sourcemap: false } });
    const port = await freePort();
    const server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir: 'dist' }, preview: { host: '127.0.0.1', port, strictPort: true } });
    const outDir = join(root, 'dist');
    return {
      url: `http://127.0.0.1:${port}/`,
      files: listFiles(outDir).map((path) => ({ path, bytes: statSync(join(outDir, path)).size })),
      outDir,
      async close() {
        await server.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** Opens the harness and waits for its entry script. */
export async function openEspeakHarness(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'espeakHarness' in globalThis, undefined, { timeout: 10_000 });
}

/** What the benchmark measured (ms unless named otherwise). */
export interface EspeakBenchResult {
  /** Worker start + fetch + compile of espeak-ng.wasm, fresh Chromium profile each time (no HTTP or code cache). */
  loadMs: { median: number; runs: number[] };
  /** Time the worker reports for fetch + compile alone (median). */
  fetchAndCompileMs: number;
  sentenceChars: number;
  /** Synthesis of BENCH_SENTENCE measured in the page around the worker call (instantiate + run + transfer). */
  synthesisMs: { first: number; median: number; runs: number[] };
  audioSeconds: number;
  /** synthesis median / audio duration: below 1 is faster than real time. */
  realTimeFactor: number;
  /**
   * From speak() to onStart for "Selamat datang di perpustakaan." (synthesis + decode + start). `cold`: the
   * first utterance, which opens the AudioContext (here it includes headless Chromium's ~2 s wait for an
   * audio device that does not exist); `warm`: the next one.
   */
  timeToFirstSoundMs: { cold: number; warm: number };
  sizes: { wasmBytes: number; wasmGzipBytes: number; jsBytes: number; jsGzipBytes: number; totalGzipBytes: number; files: Array<{ path: string; bytes: number; gzipBytes: number }> };
}

/** Measures the eSpeak voice in Chromium: `loads` fresh loads, `runs` syntheses. */
export async function runEspeakBench(options: { loads?: number; runs?: number } = {}): Promise<EspeakBenchResult> {
  const { loads = 3, runs = 5 } = options;
  const server = await serveEspeakHarness();
  try {
    const loadRuns: number[] = [];
    const compileRuns: number[] = [];
    let synthesis: { first: number; runs: number[]; audioSeconds: number; firstSoundMs: { cold: number; warm: number } } | undefined;
    for (let load = 0; load < loads; load += 1) {
      const browser = await launchFreshChromium({ extraArgs: AUTOPLAY_ARGS });
      try {
        const page = await browser.context.newPage();
        await openEspeakHarness(page, server.url);
        const measured = await page.evaluate(
          async ({ args, runs: count, isFirstLoad }) => {
            const harness = (globalThis as unknown as { espeakHarness: EspeakHarness }).espeakHarness;
            const module = await harness.load();
            const started = performance.now();
            const synthesizer = new module.EspeakWorkerSynthesizer();
            const compileMs = await synthesizer.load();
            const loadMs = performance.now() - started;
            if (!isFirstLoad) {
              synthesizer.terminate();
              return { loadMs, compileMs };
            }
            const { readWavHeader } = await harness.loadWavHeader();
            const times: number[] = [];
            let audioSeconds = 0;
            for (let run = 0; run <= count; run += 1) {
              const before = performance.now();
              const wav = await synthesizer.synthesize(args);
              times.push(performance.now() - before);
              audioSeconds = readWavHeader(new Uint8Array(wav)).durationSeconds;
            }
            synthesizer.terminate();
            const speaker = await module.loadEspeakSpeaker();
            const firstSoundMs: number[] = [];
            for (const _ of [1, 2]) {
              firstSoundMs.push(
                await new Promise<number>((resolve, reject) => {
                  const spoken = performance.now();
                  // Methods, not arrow properties: tsx names those with a `__name` helper the page does not have.
                  speaker.speak('Selamat datang di perpustakaan.', { lang: 'id', rate: 1, volume: 1, pitch: 1 }, {
                    onStart() {
                      resolve(performance.now() - spoken);
                      speaker.cancel();
                    },
                    onError(error) {
                      if (error !== 'interrupted') reject(new Error(error));
                    },
                  });
                }),
              );
            }
            speaker.dispose();
            return { loadMs, compileMs, synthesis: { first: times[0]!, runs: times.slice(1), audioSeconds, firstSoundMs: { cold: firstSoundMs[0]!, warm: firstSoundMs[1]! } } };
          },
          { args: espeakArguments(BENCH_SENTENCE, { lang: 'id', rate: 1, pitch: 1 }), runs, isFirstLoad: load === 0 },
        );
        loadRuns.push(measured.loadMs);
        compileRuns.push(measured.compileMs);
        synthesis ??= measured.synthesis;
      } finally {
        await browser.close();
      }
    }
    if (!synthesis) throw new Error('The synthesis was not measured: run at least one load.');
    const synthesisMedian = median(synthesis.runs);
    return {
      loadMs: { median: round(median(loadRuns)), runs: loadRuns.map(round) },
      fetchAndCompileMs: round(median(compileRuns)),
      sentenceChars: BENCH_SENTENCE.length,
      synthesisMs: { first: round(synthesis.first), median: round(synthesisMedian), runs: synthesis.runs.map(round) },
      audioSeconds: round(synthesis.audioSeconds),
      realTimeFactor: Math.round((synthesisMedian / (synthesis.audioSeconds * 1000)) * 1000) / 1000,
      timeToFirstSoundMs: { cold: round(synthesis.firstSoundMs.cold), warm: round(synthesis.firstSoundMs.warm) },
      sizes: sizes(server),
    };
  } finally {
    await server.close();
  }
}

/** Sizes of the wasm and of the JS the voice adds (worker, speaker chunk; not the harness entry or WAV reader). */
function sizes(server: EspeakHarnessServer): EspeakBenchResult['sizes'] {
  const files = server.files
    .filter((file) => /^assets\/.*\.(wasm|js)$/.test(file.path) && !/assets\/(index|wav-header)-/.test(file.path))
    .map((file) => ({ ...file, gzipBytes: gzipSync(readFileSync(join(server.outDir, file.path)), { level: 9 }).length }));
  const sum = (isWasm: boolean, key: 'bytes' | 'gzipBytes') => files.filter((file) => file.path.endsWith('.wasm') === isWasm).reduce((total, file) => total + file[key], 0);
  const wasmGzipBytes = sum(true, 'gzipBytes');
  const jsGzipBytes = sum(false, 'gzipBytes');
  return { wasmBytes: sum(true, 'bytes'), wasmGzipBytes, jsBytes: sum(false, 'bytes'), jsGzipBytes, totalGzipBytes: wasmGzipBytes + jsGzipBytes, files };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  console.log(JSON.stringify(await runEspeakBench(), null, 2));
}
