// The reader's speed on real laws (Node): how long the largest law of the corpus (the 2020 omnibus law, 1.3
// million characters) takes from its text to the first sentence queued for the voice (build the document,
// open a session, reduce 'play' until the first speak effect), with and without parsing it first; and the
// segmenter's throughput over the whole corpus. Medians of repeated runs: the machines are shared and noisy,
// which is also why unit tests never assert speed.
// Run: npx tsx scripts/bench/reader-bench.ts [path]   (default ../shared/corpus/uu.jsonl.gz from the repo root)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Regulation } from '../../content/model/regulation.ts';
import { countNodes } from '../../content/regulation/find-in-structure.ts';
import { parseRegulation } from '../../content/regulation/parse-regulation.ts';
import { regulationDocument } from '../../a11y/reader/document-builders.ts';
import { createSession, reduceSession } from '../../a11y/reader/reading-session.ts';
import { segmentText } from '../../a11y/reader/segment.ts';
import { corpusLawAsRegulation, type CorpusLaw } from '../../tests/support/corpus-law.ts';

/** One law of the corpus, as stored in the JSONL file. */

/** What the reader benchmark reports (times in ms, medians). */
export interface ReaderBenchResult {
  largestLaw: { id: string; chars: number; ownPasal: number };
  /** From the parsed regulation to the first speak effect: build the document, open the session, play (median of 5). */
  msToFirstSentence: number;
  /** The same, parsing the raw text first (median of 5). */
  msToFirstSentenceWithParse: number;
  /** segmentText over every law of the corpus (median of 3). */
  segmentation: { laws: number; chars: number; sentences: number; msMedian: number; charsPerSecond: number };
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The corpus location used when no path is given. */
export const DEFAULT_READER_CORPUS_PATH = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'uu.jsonl.gz');

/** Runs the reader benchmark; `{ skipped }` when the corpus file is absent. */
export function runReaderBench(corpusPath: string = DEFAULT_READER_CORPUS_PATH): ReaderBenchResult | { skipped: string } {
  if (!existsSync(corpusPath)) return { skipped: `Corpus not found at ${corpusPath}: the reader benchmark was skipped.` };
  const laws = gunzipSync(readFileSync(corpusPath))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusLaw);
  const largest = laws.reduce((best, law) => (law.text.length > best.text.length ? law : best));
  const regulation = asRegulation(largest);
  const ownPasal = openToFirstSentence(regulation).ownPasal;

  const withoutParse = repeat(5, () => openToFirstSentence(regulation));
  const withParse = repeat(5, () => openToFirstSentence(asRegulation(largest)));

  let sentences = 0;
  const chars = laws.reduce((sum, law) => sum + law.text.length, 0);
  const segmentation = repeat(3, () => {
    sentences = 0;
    for (const law of laws) for (const paragraph of segmentText(law.text, 'id')) sentences += paragraph.sentences.length;
  });
  return {
    largestLaw: { id: largest.id, chars: largest.text.length, ownPasal },
    msToFirstSentence: round(withoutParse),
    msToFirstSentenceWithParse: round(withParse),
    segmentation: { laws: laws.length, chars, sentences, msMedian: round(segmentation), charsPerSecond: Math.round(chars / (segmentation / 1000)) },
  };
}

/** Builds the document, opens a session and reduces 'play' until the voice is given its first sentence. */
function openToFirstSentence(regulation: Regulation): { ownPasal: number } {
  const { document } = regulationDocument(regulation);
  let state = createSession(document);
  for (let steps = 0; steps < 3; steps += 1) {
    const step = reduceSession(state, { type: 'play' });
    state = step.state;
    if (step.effects.some((effect) => effect.type === 'speak')) break;
    if (steps === 2) throw new Error(`${regulation.id}: 'play' gave no speak effect; the document may be empty.`);
  }
  return { ownPasal: countNodes(regulation.structure, 'pasal') };
}

/** Parses a corpus law into a Regulation item, as a content pack would carry it. */
function asRegulation(law: CorpusLaw): Regulation {
  const parsed = parseRegulation(law.text);
  return corpusLawAsRegulation(law, parsed.text, parsed.structure);
}

/** Median wall time of `runs` calls, in ms. */
function repeat(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(runReaderBench(process.argv[2] ?? DEFAULT_READER_CORPUS_PATH), null, 2));
}
