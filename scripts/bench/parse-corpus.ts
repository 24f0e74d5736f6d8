// Parses every law of the shared corpus (1,535 Indonesian laws, /work/shared/corpus/uu.jsonl.gz), checks each
// result against `regulationSchema` and prints counts and timings as JSON, with linearity figures: how the
// parse time grows when a mid-sized law's body, or a run of bare articles, is 8 times as long. (Speed and
// linearity are measured here, never asserted in unit tests: the machines are shared and noisy.)
// Run: npx tsx scripts/bench/parse-corpus.ts [path]   (default ../shared/corpus/uu.jsonl.gz from the repo root)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { regulationSchema, type RegulationNode } from '../../content/model/regulation.ts';
import { countNodes } from '../../content/regulation/find-in-structure.ts';
import { parseRegulation, type ParsedRegulation } from '../../content/regulation/parse-regulation.ts';
import { corpusLawAsRegulation, type CorpusLaw } from '../../tests/support/corpus-law.ts';

export type { CorpusLaw } from '../../tests/support/corpus-law.ts';

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
  /** Laws whose own articles skip a number (1 to the highest found, "5A" counting as 5), and the numbers skipped. */
  lawsMissingArticle: number;
  missingArticles: number;
  linearity: {
    /** A mid-sized law against its body repeated 8 times. */
    law: LinearityResult;
    /** 600 bare articles ("Pasal 1\nIsi 1.") against 4,800: no list anywhere, the case a search past a unit's end would show. */
    bareArticles: LinearityResult;
  };
}

/**
 * Parse time of a text against a text `copies` times as large (median of several runs each). When the parser is
 * linear, `perCharRatio` (time per character of the large text over time per character of the small one) is
 * about 1; a quadratic step would push it towards `copies`.
 */
export interface LinearityResult {
  subject: string;
  copies: number;
  charsOne: number;
  charsMany: number;
  msMedianOne: number;
  msMedianMany: number;
  /** msMedianMany / msMedianOne. */
  timeRatio: number;
  /** (msMedianMany / charsMany) / (msMedianOne / charsOne). */
  perCharRatio: number;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The corpus location used when no path is given. */
export const DEFAULT_CORPUS_PATH = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'uu.jsonl.gz');

/** Reads the gzipped JSONL corpus. */
export function readCorpus(path: string): CorpusLaw[] {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  return lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as CorpusLaw);
}


/** Parses every law at `path`; undefined when the corpus file is absent. */
export function runParseCorpusBench(path: string = DEFAULT_CORPUS_PATH): ParseCorpusResult | undefined {
  if (!existsSync(path)) return undefined;
  const laws = readCorpus(path);
  const failures: Array<{ id: string; error: string }> = [];
  const times: number[] = [];
  let withoutPasal = 0;
  let totalPasal = 0;
  let lawsMissingArticle = 0;
  let missingArticles = 0;
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
    const check = regulationSchema.safeParse(corpusLawAsRegulation(law, parsed.text, parsed.structure));
    if (!check.success) failures.push({ id: law.id, error: check.error.issues.map((issue) => issue.message).join('; ') });
    const pasal = countNodes(parsed.structure, 'pasal');
    totalPasal += pasal;
    if (pasal === 0) withoutPasal += 1;
    const skipped = skippedArticleNumbers(parsed.structure);
    if (skipped > 0) lawsMissingArticle += 1;
    missingArticles += skipped;
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
    lawsMissingArticle,
    missingArticles,
    linearity: { law: measureLawLinearity(laws), bareArticles: measureBareArticleLinearity() },
  };
}

/** How many whole numbers from 1 to the law's highest own article number no own article has ("5A" is 5, "II" 2). */
function skippedArticleNumbers(structure: readonly RegulationNode[]): number {
  const numbers = new Set<number>();
  const visit = (nodes: readonly RegulationNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'penjelasan') continue;
      // An article's children are its units and the articles it quotes: not the law's own.
      if (node.kind === 'pasal') numbers.add(articleValue(node.number));
      else visit(node.children);
    }
  };
  visit(structure);
  const found = [...numbers].filter((value) => Number.isInteger(value) && value >= 1);
  const highest = Math.max(0, ...found);
  return highest - found.length;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function articleValue(number: string): number {
  if (!/^[IVXLC]+$/.test(number)) return Number.parseInt(number, 10);
  let total = 0;
  for (let index = 0; index < number.length; index += 1) {
    const value = ROMAN[number[index] ?? ''] ?? 0;
    total += value < (ROMAN[number[index + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
}

const LINEARITY_COPIES = 8;
const LINEARITY_RUNS = 15;
/** The law whose length is nearest to this is measured (the median law has 15,700 characters). */
const LINEARITY_TARGET_CHARS = 60_000;
const CLOSING_FORMULA = 'Agar setiap orang mengetahuinya';

/**
 * Times one mid-sized law (one with a closing formula) against its text up to that formula repeated
 * `LINEARITY_COPIES` times, then the closing formula and elucidation once: the body (headings, articles,
 * lists) is what grows, as in the omnibus law. Numbering restarts in each copy, so the copies after the
 * first are long article text, the case where a step that re-reads the rest of the law would show.
 */
export function measureLawLinearity(laws: readonly CorpusLaw[]): LinearityResult {
  const distance = (law: CorpusLaw): number => Math.abs(law.text.length - LINEARITY_TARGET_CHARS);
  const candidates = laws.filter((law) => law.text.includes(CLOSING_FORMULA));
  const law = candidates.reduce((best, next) => (distance(next) < distance(best) ? next : best));
  const closing = law.text.indexOf(CLOSING_FORMULA);
  const body = law.text.slice(0, closing);
  const many = `${Array.from({ length: LINEARITY_COPIES }, () => body).join('\n')}${law.text.slice(closing)}`;
  return measureLinearity(law.id, law.text, many);
}

/** 600 against 4,800 articles without any list (article numbers above 5,000 are not read, so it stays below). */
export function measureBareArticleLinearity(): LinearityResult {
  const articles = (count: number): string => Array.from({ length: count }, (_, index) => `Pasal ${index + 1}\nIsi ${index + 1}.`).join('\n');
  return measureLinearity('600 bare articles ("Pasal 1\\nIsi 1.")', articles(600), articles(600 * LINEARITY_COPIES));
}

function measureLinearity(subject: string, one: string, many: string): LinearityResult {
  const msMedianOne = medianParseTime(one);
  const msMedianMany = medianParseTime(many);
  return {
    subject,
    copies: LINEARITY_COPIES,
    charsOne: one.length,
    charsMany: many.length,
    msMedianOne: round(msMedianOne),
    msMedianMany: round(msMedianMany),
    timeRatio: round(msMedianMany / msMedianOne),
    perCharRatio: round(msMedianMany / many.length / (msMedianOne / one.length)),
  };
}

/** Median of `LINEARITY_RUNS` parses of `text`, after one to warm up. */
function medianParseTime(text: string): number {
  parseRegulation(text);
  const times: number[] = [];
  for (let run = 0; run < LINEARITY_RUNS; run += 1) {
    const started = performance.now();
    parseRegulation(text);
    times.push(performance.now() - started);
  }
  return median(times);
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
