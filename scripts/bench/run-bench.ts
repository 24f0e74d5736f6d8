// `npm run bench [-- --corpus PATH] [--runs N]`: the project's benchmarks, written to docs/benchmarks.md.
// Machines are shared and noisy (2 cores): repeated measurements are reported as medians.
import { cpus, totalmem } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundleBench } from './bundle-bench.ts';
import { DEFAULT_CORPUS_PATH, runParseCorpusBench } from './parse-corpus.ts';
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
    `| loaded after first paint (content loader with zod validation) | ${kb(bundle.lazyGzipBytes)} | |`,
    '',
    'Measured in Chromium: every JS/CSS response while the home screen opens, gzip-compressed; "initial" is what `dist/index.html` references. Search (minisearch, stemmer) loads only when a visitor searches.',
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
