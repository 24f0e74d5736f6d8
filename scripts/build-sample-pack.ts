// Builds the bundled sample pack (public/packs/sample.pack.json) from the sources in content/sample/:
// programs, notices and finder questions as written, and the five laws parsed from their raw text.
// Run `npm run pack:sample` after changing content/sample/ or the regulation parser; a unit test fails
// when the committed pack differs from what this script builds.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack } from '../content/model/pack.ts';
import { validatePack } from '../content/pack/validate-pack.ts';
import { parseRegulation } from '../content/regulation/parse-regulation.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string): any => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

/** The date the sample content was last reviewed and the pack version built from it. */
export const SAMPLE_PACK_VERSION = '2026.11.23-1';
export const SAMPLE_PACK_DATE = '2026-11-23';

/** The output path of the bundled pack. */
export const SAMPLE_PACK_PATH = `${root}public/packs/sample.pack.json`;

/** Assembles and validates the sample pack (throws with every problem if it is invalid). */
export function buildSamplePack(): Pack {
  const meta = readJson('content/sample/pack-meta.json');
  const regulations = (readJson('content/sample/regulations.json') as any[]).map((regulation) => {
    const raw = readJson(`content/sample/laws/${regulation.id}.json`);
    const parsed = parseRegulation(raw.text as string);
    return {
      kind: 'regulation',
      ...regulation,
      text: parsed.text,
      structure: parsed.structure,
      lastReviewed: regulation.lastReviewed ?? SAMPLE_PACK_DATE,
      isSample: regulation.isSample ?? true,
    };
  });
  const pack = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    packVersion: SAMPLE_PACK_VERSION,
    createdAt: SAMPLE_PACK_DATE,
    title: meta.title,
    library: meta.library,
    items: [
      ...(readJson('content/sample/programs.json') as any[]).map((program) => ({ kind: 'program', ...program })),
      ...regulations,
      ...(readJson('content/sample/notices.json') as any[]).map((notice) => ({ kind: 'notice', ...notice })),
    ],
    finder: readJson('content/sample/finder.json'),
  };
  const result = validatePack(pack);
  if (!result.ok) throw new Error(`The sample pack is invalid:\n${result.problems.map((p) => `- ${p.itemId ?? p.itemIndex ?? ''} ${p.field ?? ''}: ${p.detail}`).join('\n')}`);
  return result.pack;
}

/** The pack as it is written to disk (stable formatting, so the drift test compares text). */
export function serializePack(pack: Pack): string {
  return `${JSON.stringify(pack)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pack = buildSamplePack();
  writeFileSync(SAMPLE_PACK_PATH, serializePack(pack));
  const count = (kind: string) => pack.items.filter((item) => item.kind === kind).length;
  console.log(`Wrote ${SAMPLE_PACK_PATH}: ${count('program')} programs, ${count('regulation')} regulations, ${count('notice')} notices.`);
}
