// Messages between the page (EspeakWorkerSynthesizer) and the eSpeak NG worker. Pure.

/** Page → worker. `load` fetches and compiles espeak-ng.wasm; `synthesize` runs the program once. */
export type EspeakRequest = { id: number; type: 'load' } | { id: number; type: 'synthesize'; args: string[] };

/** Worker → page, answering the request with the same id. */
export type EspeakResponse =
  | { id: number; type: 'loaded'; fetchAndCompileMs: number }
  /** `wav` is transferred. `ms` is the time in the worker: instantiate + run + read the file. */
  | { id: number; type: 'wav'; wav: ArrayBuffer; ms: number }
  | { id: number; type: 'error'; message: string };
