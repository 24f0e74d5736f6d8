// Types for the untyped `espeak-ng` npm package (1.0.2): an Emscripten build (MODULARIZE, EXPORT_ES6) of the
// eSpeak NG command-line program. Calling the default export runs `main()` once with `arguments`, then
// resolves with the module; what the program wrote is read back from its in-memory file system.
// Only the parts Jurubaca uses are declared; see node_modules/espeak-ng/dist/espeak-ng.js.
declare module 'espeak-ng' {
  /** The Emscripten in-memory file system (MEMFS); espeak-ng-data is embedded in it. */
  export interface EspeakNgFileSystem {
    /** Throws an ErrnoError when the file does not exist. */
    readFile(path: string): Uint8Array;
    writeFile(path: string, data: string | Uint8Array): void;
  }

  /** The module once `main()` has run. */
  export interface EspeakNgModule {
    FS: EspeakNgFileSystem;
  }

  /** Emscripten `Module` settings the glue reads. */
  export interface EspeakNgOptions {
    /** argv[1..]: each element is one argument, passed as is (no shell, no quote removal). */
    arguments?: string[];
    /** stdout, one line per call (the default is console.log). */
    print?(line: string): void;
    /** stderr, one line per call (the default is console.error). */
    printErr?(line: string): void;
    /** Reads stdin one character code at a time; null is end of input (the default in a page is window.prompt). */
    stdin?(): number | null;
    /**
     * Replaces the glue's own fetch + compile of espeak-ng.wasm: instantiate with `imports` and hand the
     * instance to `receiveInstance`, returning `{}` at once (Emscripten's asynchronous pattern).
     */
    instantiateWasm?(imports: object, receiveInstance: (instance: object) => void): object;
  }

  /** Runs the espeak-ng program once. */
  export default function ESpeakNg(options?: EspeakNgOptions): Promise<EspeakNgModule>;
}
