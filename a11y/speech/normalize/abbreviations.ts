// Expands abbreviations from the tables in abbreviation-table.ts ("dll." → "dan lain-lain").
import {
  ENGLISH_ABBREVIATIONS, INDONESIAN_ABBREVIATIONS, type Abbreviation,
} from './abbreviation-table.ts';
import { isWordChar, matchAt, single, type Rewrite, type ScanContext } from './rule.ts';

/** Entries by their lower-cased first character, longest first so "Telp." wins over "Telp". */
function indexByFirstChar(table: readonly Abbreviation[]): Map<string, Abbreviation[]> {
  const index = new Map<string, Abbreviation[]>();
  for (const entry of [...table].sort((a, b) => b.written.length - a.written.length)) {
    const key = entry.written[0]!.toLowerCase();
    index.set(key, [...(index.get(key) ?? []), entry]);
  }
  return index;
}

const INDEX = { id: indexByFirstChar(INDONESIAN_ABBREVIATIONS), en: indexByFirstChar(ENGLISH_ABBREVIATIONS) };
const NUMBER_AHEAD = /\s*(?:\d|[IVXLC]+\b)/y;
/** After a sentence-ending abbreviation: the end of the text or line, or a new sentence. */
const SENTENCE_END_AHEAD = /[ \t]*(?:[\r\n]|$)|\s+[A-Z]/y;
/** "St. Mary" is a saint; "Main St." or "St. 5" is a street. */
const SAINT_AHEAD = /\s+[A-Z][a-z]/y;

function matches(entry: Abbreviation, source: string, at: number): boolean {
  const written = source.slice(at, at + entry.written.length);
  const isSame = entry.isCaseSensitive
    ? written === entry.written
    : written.toLowerCase() === entry.written.toLowerCase();
  if (!isSame) return false;
  const end = at + entry.written.length;
  // "dll." ends on its dot; "s/d" must end where its word ends ("s/dari" is not an abbreviation).
  if (isWordChar(entry.written.at(-1)) && isWordChar(source[end])) return false;
  return !entry.needsNumber || matchAt(NUMBER_AHEAD, source, end) !== null;
}

/** Rule: a known abbreviation at `at`, said in full. */
export function abbreviationRule(context: ScanContext, at: number): Rewrite | null {
  const { source } = context;
  const candidates = INDEX[context.lang.code].get(source[at]?.toLowerCase() ?? '');
  if (candidates) {
    for (const entry of candidates) {
      if (!matches(entry, source, at)) continue;
      const end = at + entry.written.length;
      const keepsDot = entry.canEndSentence && matchAt(SENTENCE_END_AHEAD, source, end) !== null;
      return single(at, end, keepsDot ? `${entry.spoken}.` : entry.spoken);
    }
  }
  if (context.lang.code === 'en' && source.startsWith('St.', at)) {
    return single(at, at + 3, matchAt(SAINT_AHEAD, source, at + 3) ? 'Saint' : 'street');
  }
  return null;
}
