// `npm run bench [-- --corpus PATH] [--runs N]`: the project's benchmarks, written to docs/benchmarks.md.
// Machines are shared and noisy (2 cores): repeated measurements are reported as medians.
import { cpus, totalmem } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundleBench } from './bundle-bench.ts';
import { DEFAULT_CORPUS_PATH, runParseCorpusBench } from './parse-corpus.ts';
import { runEspeakBench } from './espeak-bench.ts';
import { runListenBench, type ListenBenchResult } from './listen-bench.ts';
import { runReaderBench } from './reader-bench.ts';
import { runSearchBench, type SearchBenchResult } from './search-bench.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const corpus = argument('--corpus', DEFAULT_CORPUS_PATH);
  const runs = Number(argument('--runs', '3'));
  const lines: string[] = [];
  const date = new Date().toISOString().slice(0, 10);
  lines.push('# Benchmarks', '', `Measured ${date} by \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian Chromium (headless). Shared, noisy machine: repeated figures are medians of ${runs} runs.`, '');

  console.log('bench: home screen bundle…');
  const bundle = await runBundleBench();
  lines.push(
    '## Home screen: JS and CSS (gzip -9)',
    '',
    '| what | size | goal |',
    '|---|---|---|',
    `| initial JS (entry chunk, needed for first paint) | ${kb(bundle.jsGzipBytes)} | |`,
    `| initial CSS | ${kb(bundle.cssGzipBytes)} | |`,
    `| **initial JS + CSS** | **${kb(bundle.totalGzipBytes)}** | ≤ 60 KB |`,
    `| loaded right after first paint (pack validation with zod, speech normaliser) | ${kb(bundle.lazyGzipBytes)} | |`,
    '',
    'Measured in Chromium: every JS/CSS response while the home screen opens, gzip-compressed; "initial" is what `dist/index.html` references. Search (minisearch, stemmer), the reading engine and the offline voice load only when a visitor uses them.',
    '',
  );

  const listens: ListenBenchResult[] = [];
  for (let run = 1; run <= runs; run += 1) {
    console.log(`bench: key press to speech in Chromium (4× CPU throttling), run ${run} of ${runs}…`);
    listens.push(await runListenBench());
  }
  const listen = (key: keyof ListenBenchResult) => median(listens.map((result) => result[key]));
  lines.push(
    '## Listen: key press to speech (Chromium, 4× CPU throttling)',
    '',
    `Enter on “Kalimat berikutnya” in the reader of UU 8/2016 until the kiosk calls speechSynthesis.speak() (the speech fake records the call; headless Chromium has no voices). ${listens[0]?.presses ?? 0} presses per run after 10 warm-up presses; medians of ${runs} runs.`,
    '',
    '| figure | value | goal |',
    '|---|---|---|',
    `| key press → speak() p50 | ${ms(listen('p50Ms'))} | |`,
    `| **key press → speak() p95** | **${ms(listen('p95Ms'))}** | ≤ 50 ms |`,
    `| key press → speak() max | ${ms(listen('maxMs'))} | |`,
    `| first Listen on the just-opened law → first speak() | ${ms(listen('firstPlayToSpeakMs'))} | |`,
    '',
  );

  console.log('bench: offline eSpeak NG voice…');
  const espeak = await runEspeakBench();
  lines.push(
    '## Offline fallback voice (eSpeak NG, WebAssembly, in Chromium)',
    '',
    '| figure | value |',
    '|---|---|',
    `| first load (worker, fetch, compile), median of ${espeak.loadMs.runs.length} fresh profiles | ${ms(espeak.loadMs.median)} |`,
    `| synthesis of a ${espeak.sentenceChars}-character sentence (median) | ${ms(espeak.synthesisMs.median)} for ${espeak.audioSeconds.toFixed(1)} s of audio (real-time factor ${espeak.realTimeFactor.toFixed(3)}) |`,
    `| speak() → sound starts, warm | ${ms(espeak.timeToFirstSoundMs.warm)} |`,
    `| download size (wasm + JS, gzip) | ${(espeak.sizes.totalGzipBytes / 1024 / 1024).toFixed(2)} MB |`,
    '',
  );

  if (!existsSync(corpus)) {
    const message = `Corpus not found at ${corpus}: the corpus benchmarks were skipped (pass --corpus PATH).`;
    console.log(message);
    lines.push('## Corpus benchmarks', '', message, '');
  } else {
    console.log('bench: parsing every law of the corpus…');
    const parse = runParseCorpusBench(corpus);
    if (parse) {
      lines.push(
        '## Regulation parser over the corpus (Node)',
        '',
        '| laws | failures | laws without any Pasal | laws missing an article number | Pasal found | total | median per law | throughput | largest law |',
        '|---|---|---|---|---|---|---|---|---|',
        `| ${parse.laws} | ${parse.failures.length} | ${parse.withoutPasal} | ${parse.lawsMissingArticle} (${parse.missingArticles} numbers) | ${parse.totalPasal} | ${(parse.msTotal / 1000).toFixed(1)} s | ${ms(parse.msMedianPerLaw)} | ${(parse.charsPerSecond / 1e6).toFixed(1)} M chars/s | ${parse.largestLaw.id}: ${(parse.largestLaw.chars / 1e6).toFixed(2)} M chars in ${ms(parse.largestLaw.ms)} |`,
        '',
        'Linearity (time per character for 8 copies against 1 copy; 1.0 is linear):',
        '',
        ...[parse.linearity.law, parse.linearity.bareArticles].map(
          (figure) => `- ${figure.subject}: ${ms(figure.msMedianOne)} for ${figure.charsOne} chars, ${ms(figure.msMedianMany)} for ${figure.copies}× — per-character ratio ${figure.perCharRatio.toFixed(2)}`,
        ),
        '',
      );
    }
    console.log('bench: reader on the largest law…');
    const reader = runReaderBench(corpus);
    if (!('skipped' in reader)) {
      lines.push(
        '## Reader on the largest law of the corpus (Node)',
        '',
        `${reader.largestLaw.id}: ${(reader.largestLaw.chars / 1e6).toFixed(2)} M characters, ${reader.largestLaw.ownPasal} Pasal.`,
        '',
        '| figure | value | goal |',
        '|---|---|---|',
        `| parsed law → document, session, first sentence queued (median of 5) | ${ms(reader.msToFirstSentence)} | ≤ 300 ms |`,
        `| raw text → parse → first sentence queued (median of 5) | ${ms(reader.msToFirstSentenceWithParse)} | ≤ 300 ms |`,
        `| segmentation of the whole corpus (${reader.segmentation.laws} laws, ${reader.segmentation.sentences} sentences) | ${(reader.segmentation.charsPerSecond / 1e6).toFixed(1)} M chars/s | |`,
        '',
      );
    }
    const results: SearchBenchResult[] = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`bench: search index over all laws in Chromium, run ${run} of ${runs}…`);
      const result = await runSearchBench(corpus);
      if ('skipped' in result) break;
      results.push(result);
    }
    if (results.length > 0) {
      const pick = (key: keyof SearchBenchResult) => median(results.map((result) => result[key] as number));
      const first = results[0]!;
      lines.push(
        '## Search: all laws of the corpus indexed in Chromium',
        '',
        `${first.laws} laws, ${(first.corpusChars / 1e6).toFixed(1)} M characters, ${first.units} units (one per Pasal), ${first.queries} queries × ${first.runsPerQuery} runs each. The kiosk does not ship all laws; this shows it could.`,
        '',
        '| figure | median of runs | goal |',
        '|---|---|---|',
        `| parse all laws in the page | ${ms(pick('parseMs'))} | |`,
        `| build the index | ${ms(pick('buildMs'))} | |`,
        `| JS heap held by the index | ${pick('indexHeapMB').toFixed(0)} MB | |`,
        `| query p50 | ${ms(pick('queryP50Ms'))} | |`,
        `| **query p95** | **${ms(pick('queryP95Ms'))}** | ≤ 20 ms |`,
        `| query max | ${ms(pick('queryMaxMs'))} | |`,
        `| first-run query p95 (cold caches) | ${ms(pick('firstRunP95Ms'))} | |`,
        `| anchor, same page: plain substring scan of every law, p50 / p95 | ${ms(pick('anchorScanP50Ms'))} / ${ms(pick('anchorScanP95Ms'))} | |`,
        `| **indexed p95 vs scan p95** | **${(pick('queryP95Ms') / pick('anchorScanP95Ms')).toFixed(3)}×** | |`,
        `| search bundle (gzip) | ${kb(pick('bundleGzipBytes'))} | |`,
        '',
        `Slowest queries (first run): ${first.details.slowest.map((slow) => `“${slow.query}” ${ms(slow.medianMs)}`).join(', ')}.`,
        '',
      );
    }
  }
  writeFileSync(`${root}docs/benchmarks.md`, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
