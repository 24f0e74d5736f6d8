// The voice grammar: a recogniser's transcript ("Baca pasal 24, ayat 2.") to a Command, in Indonesian or
// English. Pure and table-driven: phrases live in phrases-id.ts / phrases-en.ts, numbers in spoken-numbers.ts.
//
// Order of matching, on the normalised words:
// 1. the whole utterance as a fixed phrase ("tolong" alone is help, before "tolong" is dropped as a filler);
// 2. after dropping hesitations anywhere and fillers at both ends: fixed phrase, go to Pasal, open item n,
//    search with a prefix ("cari ..."), search by topic ("program untuk ...");
// 3. the same in the other language (a visitor may say "stop" or "help" whatever the screen language), without
//    topic searches, which would take almost anything;
// 4. otherwise unknown, with up to three phrases that can be said, nearest first.
import { LANGUAGES, type Language } from '../../content/model/language.ts';
import type { Command } from './command.ts';
import type { PhraseTable } from './phrase-table.ts';
import { PHRASES_EN } from './phrases-en.ts';
import { PHRASES_ID } from './phrases-id.ts';
import { numberizeTokens } from './spoken-numbers.ts';

/** What the grammar made of a transcript. */
export type ParseResult = { command: Command } | { unknown: true; suggestions: string[] };

/** How many suggestions an unknown phrase gets. */
const SUGGESTION_COUNT = 3;

/** The phrase table of each language. */
export const PHRASE_TABLES: Readonly<Record<Language, PhraseTable>> = { id: PHRASES_ID, en: PHRASES_EN };

/** Compiled lookups per table (built once). */
interface CompiledTable {
  table: PhraseTable;
  fixed: ReadonlyMap<string, Command>;
  fillers: readonly string[][];
  hesitations: ReadonlySet<string>;
}

const COMPILED = new Map<Language, CompiledTable>(LANGUAGES.map((lang) => [lang, compile(PHRASE_TABLES[lang])]));

/** Parses a transcript said while the kiosk is in `lang`. */
export function parseCommand(transcript: string, lang: Language): ParseResult {
  const words = normalizeTranscript(transcript);
  const own = compiled(lang);
  const other = compiled(lang === 'id' ? 'en' : 'id');
  const command = matchUtterance(own, words, true) ?? matchUtterance(other, words, false);
  if (command) return { command };
  return { unknown: true, suggestions: suggest(own, words) };
}

/** Lower case, no punctuation, hyphens as spaces, apostrophes dropped: the words the tables are written in. */
export function normalizeTranscript(transcript: string): string[] {
  return transcript
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function compiled(lang: Language): CompiledTable {
  const table = COMPILED.get(lang);
  if (!table) throw new Error(`No phrase table for language "${lang}": add it to PHRASE_TABLES in grammar.ts.`);
  return table;
}

function compile(table: PhraseTable): CompiledTable {
  const fixed = new Map<string, Command>();
  for (const entry of table.fixed) for (const phrase of entry.phrases) if (!fixed.has(phrase)) fixed.set(phrase, entry.command);
  return {
    table,
    fixed,
    fillers: byLengthDescending(table.fillers).map(splitWords),
    hesitations: new Set(table.hesitations),
  };
}

function matchUtterance(compiledTable: CompiledTable, words: readonly string[], allowTopics: boolean): Command | undefined {
  const whole = compiledTable.fixed.get(words.join(' '));
  if (whole) return whole;
  const core = stripFillers(compiledTable, words.filter((word) => !compiledTable.hesitations.has(word)));
  if (core.length === 0) return undefined;
  const table = compiledTable.table;
  const numbered = numberizeTokens(core, table.lang);
  return (
    compiledTable.fixed.get(core.join(' ')) ??
    matchGoTo(table, numbered) ??
    matchOpen(table, numbered) ??
    matchSearch(table, core) ??
    (allowTopics ? matchTopic(table, core) : undefined)
  );
}

/** Drops filler phrases from both ends until none is left there. */
function stripFillers(compiledTable: CompiledTable, words: readonly string[]): string[] {
  let start = 0;
  let end = words.length;
  let isChanged = true;
  while (isChanged && start < end) {
    isChanged = false;
    for (const filler of compiledTable.fillers) {
      if (start + filler.length <= end && filler.every((word, k) => words[start + k] === word)) {
        start += filler.length;
        isChanged = true;
        break;
      }
      if (end - filler.length >= start && filler.every((word, k) => words[end - filler.length + k] === word)) {
        end -= filler.length;
        isChanged = true;
        break;
      }
    }
  }
  return words.slice(start, end);
}

/** "[baca | ke | ...] pasal 28 [h] [ayat 2]" (numbers already digits). */
function matchGoTo(table: PhraseTable, tokens: readonly string[]): Command | undefined {
  const { readPrefixes, prefixes, pasalWords, ayatWords } = table.goTo;
  for (const [prefix, thenRead] of [
    ...byLengthDescending(readPrefixes).map((p) => [p, true] as const),
    ...byLengthDescending(prefixes).map((p) => [p, false] as const),
  ]) {
    const rest = afterPrefix(tokens, prefix);
    if (!rest || !pasalWords.includes(rest[0] ?? '')) continue;
    const target = readPasalTarget(rest.slice(1), ayatWords);
    if (!target) continue;
    return { type: 'go-to', pasal: target.pasal, ...(target.ayat ? { ayat: target.ayat } : {}), ...(thenRead ? { thenRead } : {}) };
  }
  return undefined;
}

/** "28 h ayat 2", "28h", "5": the whole rest must be a Pasal number with an optional letter and ayat. */
function readPasalTarget(tokens: readonly string[], ayatWords: readonly string[]): { pasal: string; ayat?: string } | undefined {
  const number = /^(\d+)([a-z])?$/.exec(tokens[0] ?? '');
  if (!number) return undefined;
  let pasal = `${number[1]}${(number[2] ?? '').toUpperCase()}`;
  let i = 1;
  if (!number[2] && /^[a-z]$/.test(tokens[1] ?? '')) {
    pasal += (tokens[1] ?? '').toUpperCase();
    i = 2;
  }
  if (i === tokens.length) return { pasal };
  if (ayatWords.includes(tokens[i] ?? '') && /^\d+$/.test(tokens[i + 1] ?? '') && i + 2 === tokens.length) {
    return { pasal, ayat: String(Number(tokens[i + 1])) };
  }
  return undefined;
}

/** "[buka nomor] 3 [saja]". */
function matchOpen(table: PhraseTable, tokens: readonly string[]): Command | undefined {
  for (const prefix of byLengthDescending(table.open.prefixes)) {
    const rest = afterPrefix(tokens, prefix);
    if (!rest || !/^\d+$/.test(rest[0] ?? '')) continue;
    const isSuffixOk = rest.length === 1 || (rest.length === 2 && table.open.suffixes.includes(rest[1] ?? ''));
    const index = Number(rest[0]);
    if (isSuffixOk && index >= 1) return { type: 'open', index };
  }
  return undefined;
}

/** "cari bantuan untuk lansia" → search "bantuan untuk lansia"; "cari" alone opens the search screen. */
function matchSearch(table: PhraseTable, words: readonly string[]): Command | undefined {
  for (const prefix of byLengthDescending(table.search.prefixes)) {
    const rest = afterPrefix(words, prefix);
    if (rest) return { type: 'search', text: rest.join(' ') };
  }
  return undefined;
}

/** "program untuk penyandang disabilitas": a topic word and more, searched as said. */
function matchTopic(table: PhraseTable, words: readonly string[]): Command | undefined {
  const isTopic = table.search.topics.some((topic) => {
    const rest = afterPrefix(words, topic);
    return rest !== undefined && rest.length > 0;
  });
  return isTopic ? { type: 'search', text: words.join(' ') } : undefined;
}

/** The words after `prefix` (all of them for the empty prefix), or undefined when `words` does not start with it. */
function afterPrefix(words: readonly string[], prefix: string): string[] | undefined {
  const prefixWords = splitWords(prefix);
  if (prefixWords.length > words.length) return undefined;
  return prefixWords.every((word, k) => words[k] === word) ? words.slice(prefixWords.length) : undefined;
}

/** Up to three phrases: those sharing most words with what was said, then the table's own suggestions. */
function suggest(compiledTable: CompiledTable, words: readonly string[]): string[] {
  const table = compiledTable.table;
  const said = new Set(words);
  const candidates = [...table.suggestions, ...table.fixed.map((entry) => entry.phrases[0] ?? '')].filter(Boolean);
  const scored = candidates
    .map((phrase, order) => ({ phrase, order, score: splitWords(phrase).filter((word) => said.has(word)).length }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((candidate) => candidate.phrase);
  return [...new Set([...scored, ...table.suggestions])].slice(0, SUGGESTION_COUNT);
}

function splitWords(phrase: string): string[] {
  return phrase.split(' ').filter(Boolean);
}

function byLengthDescending(phrases: readonly string[]): string[] {
  return [...phrases].sort((a, b) => splitWords(b).length - splitWords(a).length);
}
