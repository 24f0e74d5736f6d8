// Parses every law of the shared corpus (1,535 Indonesian laws, /work/shared/corpus/uu.jsonl.gz), checks each
// result against `regulationSchema` and prints counts and timings as JSON.
// Run: npx tsx scripts/bench/parse-corpus.ts [path]   (default ../shared/corpus/uu.jsonl.gz from the repo root)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { regulationSchema } from '../../content/model/regulation.ts';
import { countNodes } from '../../content/regulation/find-in-structure.ts';
import { parseRegulation, type ParsedRegulation } from '../../content/regulation/parse-regulation.ts';

/** One law of the corpus, as stored in the JSONL file. */
export interface CorpusLaw {
  id: string;
  jenis: string;
  nomor: string;
  tahun: number;
  judul: string;
  text: string;
}

/** What the benchmark reports. */
export interface ParseCorpusResult {
  laws: number;
  failures: Array<{ id: string; error: string }>;
  withoutPasal: number;
  totalPasal: number;
  msTotal: number;
  msMedianPerLaw: number;
  charsPerSecond: number;
  largestLaw: { id: string; chars: number; ms: number };
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The corpus location used when no path is given. */
export const DEFAULT_CORPUS_PATH = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'uu.jsonl.gz');

/** Reads the gzipped JSONL corpus. */
export function readCorpus(path: string): CorpusLaw[] {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  return lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as CorpusLaw);
}

/** Wraps a parse result as a regulation so the schema's offset check (its superRefine) can validate it. */
export function asRegulation(law: CorpusLaw, parsed: ParsedRegulation): unknown {
  return {
    kind: 'regulation',
    id: law.id,
    type: law.jenis || 'UU',
    number: law.nomor || '0',
    year: law.tahun,
    title: { id: law.judul.trim() || law.id },
    text: parsed.text,
    structure: parsed.structure,
    sources: [{ publisher: 'Corpus', title: law.id }],
    lastReviewed: '2026-01-01',
    isSample: false,
  };
}

/** Parses every law at `path`; undefined when the corpus file is absent. */
export function runParseCorpusBench(path: string = DEFAULT_CORPUS_PATH): ParseCorpusResult | undefined {
  if (!existsSync(path)) return undefined;
  const laws = readCorpus(path);
  const failures: Array<{ id: string; error: string }> = [];
  const times: number[] = [];
  let withoutPasal = 0;
  let totalPasal = 0;
  let totalChars = 0;
  let largestLaw = { id: '', chars: -1, ms: 0 };
  for (const law of laws) {
    const started = performance.now();
    let parsed: ParsedRegulation;
    try {
      parsed = parseRegulation(law.text);
    } catch (error) {
      failures.push({ id: law.id, error: `threw: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const ms = performance.now() - started;
    times.push(ms);
    totalChars += law.text.length;
    if (law.text.length > largestLaw.chars) largestLaw = { id: law.id, chars: law.text.length, ms: round(ms) };
    const check = regulationSchema.safeParse(asRegulation(law, parsed));
    if (!check.success) failures.push({ id: law.id, error: check.error.issues.map((issue) => issue.message).join('; ') });
    const pasal = countNodes(parsed.structure, 'pasal');
    totalPasal += pasal;
    if (pasal === 0) withoutPasal += 1;
  }
  const msTotal = times.reduce((sum, ms) => sum + ms, 0);
  return {
    laws: laws.length,
    failures,
    withoutPasal,
    totalPasal,
    msTotal: round(msTotal),
    msMedianPerLaw: round(median(times)),
    charsPerSecond: Math.round(totalChars / (msTotal / 1000 || 1)),
    largestLaw,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const path = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_CORPUS_PATH;
  const result = runParseCorpusBench(path);
  if (result) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.error(`Corpus not found at ${path}: pass its path as the first argument.`);
    console.log(JSON.stringify({ skipped: true, reason: `corpus not found at ${path}` }));
  }
}
