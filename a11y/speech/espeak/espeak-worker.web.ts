// The eSpeak NG worker: compiles espeak-ng.wasm once (18.5 MB), then for each request instantiates it and
// runs the program, answering with the WAV file. Started by EspeakWorkerSynthesizer (espeak-speaker.web.ts).
//
// Why ".web.ts" and DOM types: the project has no tsconfig with the `webworker` lib, and a worker file
// without the suffix would be compiled as pure code (no fetch, URL or WebAssembly types). The file only
// uses APIs a dedicated worker has (fetch, WebAssembly, postMessage); the worker global is typed below.
import wasmUrl from 'espeak-ng/dist/espeak-ng.wasm?url';
import type { EspeakRequest, EspeakResponse } from './espeak-protocol.ts';
import { runEspeak } from './run-espeak.ts';

/** The parts of DedicatedWorkerGlobalScope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EspeakRequest>) => void) | null;
  postMessage(message: EspeakResponse, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
let compiled: Promise<WebAssembly.Module> | undefined;

/** Fetches and compiles the wasm (streaming when the server says application/wasm). */
async function compile(): Promise<WebAssembly.Module> {
  const url = new URL(wasmUrl, location.href).href;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}: is espeak-ng.wasm in the build's assets?`);
  const isWasmMime = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() === 'application/wasm';
  return isWasmMime ? WebAssembly.compileStreaming(response) : WebAssembly.compile(await response.arrayBuffer());
}

function loadModule(): Promise<WebAssembly.Module> {
  compiled ??= compile();
  // A failed load may be retried (e.g. after the server was restarted).
  compiled.catch(() => (compiled = undefined));
  return compiled;
}

async function handle(request: EspeakRequest): Promise<void> {
  const started = performance.now();
  const module = await loadModule();
  if (request.type === 'load') {
    scope.postMessage({ id: request.id, type: 'loaded', fetchAndCompileMs: performance.now() - started });
    return;
  }
  const synthesisStarted = performance.now();
  const run = await runEspeak(request.args, (imports) => WebAssembly.instantiate(module, imports as WebAssembly.Imports));
  if (!run.wav) throw new Error(`espeak-ng wrote no WAV file: ${run.stderr.join(' ') || 'no message'}`);
  // readFile returns a fresh array over its own buffer; slice() only if that ever changes.
  const wav = run.wav.byteOffset === 0 && run.wav.byteLength === run.wav.buffer.byteLength ? run.wav.buffer : run.wav.slice().buffer;
  scope.postMessage({ id: request.id, type: 'wav', wav: wav as ArrayBuffer, ms: performance.now() - synthesisStarted }, [wav as ArrayBuffer]);
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).catch((error: unknown) => {
    scope.postMessage({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};
