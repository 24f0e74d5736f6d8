// Indexes all 1,535 laws of the shared corpus in Chromium and measures build time, heap and query latency.
// Run: npx tsx scripts/bench/search-bench.ts [path] [--per-law] [--max-unit-chars=N]
// Goal from the issue: query p95 ≤ 20 ms.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchFreshChromium } from '../../tests/support/chromium.ts';
import type { BenchLaw, jurubacaSearchBench } from './search-bench-entry.ts';
import { BENCH_QUERIES, WARM_UP_QUERIES } from './search-bench-queries.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The corpus location used when no path is given. */
export const DEFAULT_CORPUS_PATH = resolve(HERE, '..', '..', '..', 'shared', 'corpus', 'uu.jsonl.gz');
/** Characters of law text sent to the page per call (playwright serialises each call's arguments at once). */
const CHUNK_CHARS = 4_000_000;
const MB = 1024 * 1024;

/** How to index. */
export interface SearchBenchOptions {
  /** Parse each law and index one unit per Pasal (default), or index each law as one unit. */
  isPerPasal?: boolean;
  /** Passed to buildSearchIndex: most characters indexed per unit. */
  maxUnitChars?: number;
  /** Runs of each query (default 5). */
  runs?: number;
}

/** What the benchmark measured (times in ms, sizes in MB unless named otherwise). */
export interface SearchBenchResult {
  laws: number;
  corpusChars: number;
  units: number;
  indexTerms: number;
  bundleGzipBytes: number;
  transferMs: number;
  parseMs: number;
  buildMs: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  indexHeapMB: number;
  queries: number;
  runsPerQuery: number;
  queryP50Ms: number;
  queryP95Ms: number;
  queryMaxMs: number;
  firstRunP95Ms: number;
  firstRunMaxMs: number;
  /** Anchor measured in the same page: a plain substring scan of every law for the same queries. */
  anchorScanP50Ms: number;
  anchorScanP95Ms: number;
  /** Not numbers: the five slowest queries (median of runs) and the first results of a few, to see it works. */
  details: { slowest: Array<{ query: string; medianMs: number }>; topHits: Record<string, string[]> };
}

type Bench = typeof jurubacaSearchBench;

/** Runs the benchmark; `{ skipped }` when the corpus file is absent. */
export async function runSearchBench(corpusPath: string = DEFAULT_CORPUS_PATH, options: SearchBenchOptions = {}): Promise<SearchBenchResult | { skipped: string }> {
  if (!existsSync(corpusPath)) return { skipped: `corpus not found at ${corpusPath}` };
  const { isPerPasal = true, maxUnitChars, runs = 5 } = options;
  const laws = readLaws(corpusPath);
  const script = await bundleEntry();
  const browser = await launchFreshChromium();
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const heapMB = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / MB;
    };
    await page.setContent('<!doctype html><title>search bench</title>');
    await page.addScriptTag({ content: script });
    const transferStarted = performance.now();
    for (const chunk of chunks(laws)) await page.evaluate((part) => (globalThis as unknown as { jurubacaSearchBench: Bench }).jurubacaSearchBench.addLaws(part), chunk);
    const transferMs = performance.now() - transferStarted;
    const prepared = await callBench(page, 'prepare', isPerPasal);
    const heapBeforeMB = await heapMB();
    const built = await callBench(page, 'build', maxUnitChars === undefined ? {} : { maxUnitChars });
    const heapAfterMB = await heapMB();
    for (const query of WARM_UP_QUERIES) await callBench(page, 'query', query, 2);
    const timings = [];
    for (const query of BENCH_QUERIES) timings.push({ query, runs: await callBench(page, 'query', query, runs) });
    const anchor: number[] = [];
    for (const query of BENCH_QUERIES) anchor.push(...(await callBench(page, 'naiveQuery', query, 1)));
    const topHits: Record<string, string[]> = {};
    for (const query of ['disabilitas', 'perpustakaan umum', 'bansos lansia', 'perpustakan', 'uu 8 2016', 'pasal 28h']) topHits[query] = await callBench(page, 'top', query, 3);
    const all = timings.flatMap((timing) => timing.runs);
    const first = timings.map((timing) => timing.runs[0] ?? 0);
    return {
      laws: laws.length,
      corpusChars: prepared.chars,
      units: built.units,
      indexTerms: built.terms,
      bundleGzipBytes: gzipSync(script).length,
      transferMs: round(transferMs),
      parseMs: round(prepared.ms),
      buildMs: round(built.ms),
      heapBeforeMB: round(heapBeforeMB),
      heapAfterMB: round(heapAfterMB),
      indexHeapMB: round(heapAfterMB - heapBeforeMB),
      queries: BENCH_QUERIES.length,
      runsPerQuery: runs,
      queryP50Ms: round(percentile(all, 0.5)),
      queryP95Ms: round(percentile(all, 0.95)),
      queryMaxMs: round(Math.max(...all)),
      firstRunP95Ms: round(percentile(first, 0.95)),
      firstRunMaxMs: round(Math.max(...first)),
      anchorScanP50Ms: round(percentile(anchor, 0.5)),
      anchorScanP95Ms: round(percentile(anchor, 0.95)),
      details: {
        slowest: timings
          .map((timing) => ({ query: timing.query, medianMs: round(percentile(timing.runs, 0.5)) }))
          .sort((a, b) => b.medianMs - a.medianMs)
          .slice(0, 5),
        topHits,
      },
    };
  } finally {
    await browser.close();
  }
}

/** Calls one method of the page's bench object. */
async function callBench<K extends keyof Bench>(page: Page, method: K, ...args: Parameters<Bench[K]>): Promise<ReturnType<Bench[K]>> {
  return page.evaluate(
    ([name, values]) => {
      const bench = (globalThis as unknown as { jurubacaSearchBench: Record<string, (...input: unknown[]) => unknown> }).jurubacaSearchBench;
      return bench[name]?.(...values);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<ReturnType<Bench[K]>>;
}

/** Reads the gzipped JSONL corpus. */
export function readLaws(path: string): BenchLaw[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BenchLaw);
}

function* chunks(laws: readonly BenchLaw[]): Generator<BenchLaw[]> {
  let chunk: BenchLaw[] = [];
  let size = 0;
  for (const law of laws) {
    chunk.push(law);
    size += law.text.length;
    if (size >= CHUNK_CHARS) {
      yield chunk;
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Bundles search-bench-entry.ts for the browser (vite library mode, one minified IIFE) and returns its code. */
async function bundleEntry(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'jurubaca-search-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: join(HERE, 'search-bench-entry.ts'), formats: ['iife'], name: 'jurubacaSearchBenchBundle', fileName: () => 'search-bench.js' },
      },
    });
    return readFileSync(join(outDir, 'search-bench.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const path = args.find((arg) => !arg.startsWith('--'));
  const maxUnitChars = args.find((arg) => arg.startsWith('--max-unit-chars='))?.split('=')[1];
  const result = await runSearchBench(path ? resolve(path) : DEFAULT_CORPUS_PATH, {
    isPerPasal: !args.includes('--per-law'),
    ...(maxUnitChars ? { maxUnitChars: Number(maxUnitChars) } : {}),
  });
  console.log(JSON.stringify(result, null, 2));
}
