import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { espeakArguments } from '../../../a11y/speech/espeak/espeak-arguments.ts';
import { runEspeak } from '../../../a11y/speech/espeak/run-espeak.ts';
import { readWavHeader } from '../../../a11y/speech/espeak/wav-header.ts';

// The real engine (espeak-ng 1.0.2, WebAssembly) in Node: its Emscripten glue detects Node and reads
// espeak-ng.wasm from node_modules. Each run takes ~0.15–0.4 s here.

const WELCOME = 'Selamat datang di perpustakaan.';
const normal = { lang: 'id', rate: 1, pitch: 1 } as const;
const WASM_PATH = fileURLToPath(import.meta.resolve('espeak-ng/dist/espeak-ng.wasm'));

let compiled: WebAssembly.Module;

beforeAll(async () => {
  compiled = await WebAssembly.compile(readFileSync(WASM_PATH));
});

afterEach(() => {
  // The glue sets process.exitCode when the program exits with a failure; do not let it fail the run.
  process.exitCode = undefined;
});

/** Duration of the WAV a text gives with these arguments. */
async function seconds(args: string[]): Promise<number> {
  const run = await runEspeak(args);
  expect(run.wav, run.stderr.join('\n')).toBeDefined();
  return readWavHeader(run.wav!).durationSeconds;
}

describe('espeak-ng engine in Node', () => {
  it('speaks Indonesian into a valid RIFF/WAVE: PCM 16-bit mono 22,050 Hz, 1–5 s long', async () => {
    const run = await runEspeak(['-v', 'id', '-w', '/out.wav', WELCOME], undefined, '/out.wav');
    expect(run.stderr).toEqual([]);
    const wav = run.wav!;
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF');
    expect(new TextDecoder().decode(wav.subarray(8, 12))).toBe('WAVE');
    const info = readWavHeader(wav);
    expect(info).toMatchObject({ format: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16, dataOffset: 44 });
    // The header sizes are final (eSpeak rewrites them when it closes the file).
    expect(new DataView(wav.buffer, wav.byteOffset).getUint32(4, true)).toBe(wav.byteLength - 8);
    expect(info.dataBytes).toBe(wav.byteLength - 44);
    expect(info.durationSeconds).toBeGreaterThan(1);
    expect(info.durationSeconds).toBeLessThan(5);
    // Not silence: some samples are loud.
    const samples = new Int16Array(wav.slice(44).buffer);
    expect(samples.reduce((loudest, sample) => Math.max(loudest, Math.abs(sample)), 0)).toBeGreaterThan(5000);
  });

  it('reads it with Indonesian rules, not English ones (phonemes with -q -x)', async () => {
    const indonesian = await runEspeak(['-v', 'id', '-q', '-x', '--', WELCOME]);
    const english = await runEspeak(['-v', 'en', '-q', '-x', '--', WELCOME]);
    expect(indonesian.stdout.join(' ')).toContain("s@l'amat d'ataN di p@Rp,ustak'a");
    expect(english.stdout.join(' ')).not.toContain("s@l'amat");
  });

  it('runs with a module compiled once and instantiated per utterance, as the worker does', async () => {
    const instantiate = (imports: object) => WebAssembly.instantiate(compiled, imports as WebAssembly.Imports);
    const first = await runEspeak(espeakArguments(WELCOME, normal), instantiate);
    const second = await runEspeak(espeakArguments(WELCOME, normal), instantiate);
    expect(readWavHeader(first.wav!).durationSeconds).toBeGreaterThan(1);
    // A fresh instance each time: the same text gives the same sound.
    expect(second.wav).toEqual(first.wav);
  });

  it('speaks faster at a higher rate (-s) and says a leading "-" rather than parsing it as an option', async () => {
    const slow = await seconds(espeakArguments(WELCOME, { ...normal, rate: 0.5 }));
    const fast = await seconds(espeakArguments(WELCOME, { ...normal, rate: 2 }));
    expect(slow).toBeGreaterThan(fast * 1.8);
    const minus = await runEspeak(['-v', 'id', '-q', '-x', '--', '-5 derajat']);
    expect(minus.stdout.join(' ')).toContain("l'ima");
  });

  it('speaks English with -v en', async () => {
    expect(await seconds(espeakArguments('Welcome to the library.', { ...normal, lang: 'en' }))).toBeGreaterThan(0.8);
  });

  it('writes no WAV and says why on stderr for an unknown voice', async () => {
    const run = await runEspeak(['-v', 'xx-none', '-w', '/out.wav', '--', 'halo'], undefined, '/out.wav');
    expect(run.wav).toBeUndefined();
    expect(run.stderr.join(' ')).toMatch(/voice does not exist/);
  });

  it('rejects when the wasm cannot be instantiated, instead of hanging', async () => {
    await expect(runEspeak(['--version'], () => Promise.reject(new Error('no memory')))).rejects.toMatchObject({ name: 'EspeakRunError' });
  });
});
