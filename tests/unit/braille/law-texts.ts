// Real Indonesian laws for the braille tests: the kiosk's sample laws and the law fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** One law's id and its full text (field `text`). */
export interface LawText {
  id: string;
  text: string;
}

/** Every law in one folder of the repository, by file name. */
export function loadLaws(folder: string): LawText[] {
  return readdirSync(resolve(ROOT, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.json$/, ''),
      text: (JSON.parse(readFileSync(resolve(ROOT, folder, name), 'utf8')) as { text: string }).text,
    }));
}

/** The sample laws shipped with the kiosk (content/sample/laws). */
export const SAMPLE_LAWS: LawText[] = loadLaws('content/sample/laws');
/** Sample laws and the older law fixtures together. */
export const ALL_LAWS: LawText[] = [...SAMPLE_LAWS, ...loadLaws('tests/fixtures/laws')];
