// Real texts for the normaliser's tests: the kiosk's sample laws, the law fixtures and the sample content.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const LAW_FOLDERS = ['content/sample/laws', 'tests/fixtures/laws'];

/** One law's id and raw text. */
export interface LawText {
  id: string;
  text: string;
}

/** Every law in content/sample/laws and tests/fixtures/laws. */
export function loadLawTexts(): LawText[] {
  return LAW_FOLDERS.flatMap((folder) =>
    readdirSync(resolve(ROOT, folder))
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const law = JSON.parse(readFileSync(resolve(ROOT, folder, name), 'utf8')) as { text: string };
        return { id: name.replace(/\.json$/, ''), text: law.text };
      }),
  );
}

function collectStrings(value: unknown, lang: 'id' | 'en', into: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, lang, into);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === lang && typeof item === 'string') into.push(item);
      else collectStrings(item, lang, into);
    }
  }
}

/** Every text of one language in the sample programs and notices. */
export function loadContentTexts(lang: 'id' | 'en'): string[] {
  const texts: string[] = [];
  for (const file of ['programs.json', 'notices.json']) {
    collectStrings(JSON.parse(readFileSync(resolve(ROOT, 'content/sample', file), 'utf8')), lang, texts);
  }
  return texts;
}
