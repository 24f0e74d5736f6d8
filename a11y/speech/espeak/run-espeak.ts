/// <reference path="./espeak-ng.d.ts" />
// Runs the eSpeak NG program once and collects what it wrote. Used by the worker (with a WebAssembly module
// compiled once, so each utterance only instantiates it) and by Node tests and benchmarks (where the glue
// reads espeak-ng.wasm from node_modules itself). No DOM and no Node API: it runs in both.
import ESpeakNg from 'espeak-ng';
import { ESPEAK_WAV_PATH } from './espeak-arguments.ts';

/** Instantiates the espeak-ng WebAssembly module with the glue's imports (resolves with the instance). */
export type EspeakInstantiate = (imports: object) => Promise<object>;

/** What one run of the program produced. */
export interface EspeakRun {
  /** The WAV file at `wavPath`, or undefined when the program wrote none (see stderr). */
  wav: Uint8Array | undefined;
  stdout: string[];
  stderr: string[];
}

/**
 * Runs `espeak-ng <args>` and reads `wavPath` back from its in-memory file system. A fresh instance per run:
 * the program keeps global state between calls of main(), so it is never re-entered. Stdin is closed (with no
 * text the program would read stdin, which in a page is window.prompt()).
 * In Node a failing program (exit status ≠ 0) also sets process.exitCode: the Emscripten glue does that.
 */
export async function runEspeak(args: readonly string[], instantiate?: EspeakInstantiate, wavPath: string = ESPEAK_WAV_PATH): Promise<EspeakRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  // The glue never settles its promise when a custom instantiation fails: this one does.
  let failInstantiation: (error: unknown) => void = () => {};
  const instantiationFailed = new Promise<never>((_, reject) => {
    failInstantiation = reject;
  });
  const running = ESpeakNg({
    arguments: [...args],
    print: (line) => stdout.push(line),
    printErr: (line) => stderr.push(line),
    stdin: () => null,
    ...(instantiate
      ? {
          instantiateWasm(imports, receiveInstance) {
            // receiveInstance runs main(); an abort inside it is already in stderr, so it is not rethrown.
            instantiate(imports).then(
              (instance) => {
                try {
                  receiveInstance(instance);
                } catch (error) {
                  stderr.push(String(error));
                }
              },
              (error: unknown) => failInstantiation(new EspeakRunError(`could not instantiate espeak-ng.wasm: ${String(error)}`)),
            );
            return {};
          },
        }
      : {}),
  });
  const espeak = await Promise.race([running, instantiationFailed]);
  let wav: Uint8Array | undefined;
  try {
    wav = espeak.FS.readFile(wavPath);
  } catch {
    wav = undefined;
  }
  return { wav, stdout, stderr };
}

/** The espeak-ng program could not be started. */
export class EspeakRunError extends Error {
  override name = 'EspeakRunError';
}
