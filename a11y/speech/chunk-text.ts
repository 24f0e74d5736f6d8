// Splits text into sentence-sized chunks for a voice. Chromium's voices fail on long utterances (speech
// stops after ~15 s: https://crbug.com/679437, https://stackoverflow.com/questions/42875726; and `end`
// sometimes never fires: https://stackoverflow.com/questions/21947730), so the speech owner never gives a
// voice more than one sentence of at most MAX_CHUNK_LENGTH characters.
//
// Rules: a line break always ends a chunk (headings, list items, ayat); a sentence ends at . ! ? … (with
// closing quotes/brackets) before white space, except after an abbreviation ("No.", "Jl.", "Prof."), an
// initial ("M. Hatta"), a list marker at the start of a line ("1.", "a.", "IV.") or before a lower-case
// letter. A sentence longer than the limit is split at its last clause mark (, ; : – —) inside the limit,
// else at its last space, else (one enormous "word") at the limit. Chunks never start or end with spaces.

/** A range of text: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** The most characters one utterance gets (source characters; see the owner for normalised text). */
export const MAX_CHUNK_LENGTH = 200;

/** Abbreviations that end with a period inside a sentence (lower case, without the period). */
const ABBREVIATIONS = new Set([
  'no', 'nos', 'hlm', 'hal', 'jl', 'jln', 'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'st', 'kab', 'kec', 'kel',
  'tbk', 'pt', 'cv', 'sdr', 'sdri', 'bpk', 'yth', 'tgl', 'tsb', 'rp', 'vol', 'ttd', 'mr', 'mrs', 'ms', 'e.g', 'i.e',
]);
/** Characters that end a sentence. */
const TERMINATORS = '.!?…';
/** Characters that may follow a terminator and still belong to the sentence. */
const CLOSERS = '"\'”’)]»';
/** Clause marks a long sentence may be split after. */
const CLAUSE_MARKS = ',;:–—';

/** Options for chunkText. */
export interface ChunkOptions {
  /** Where to start (default 0). */
  from?: number;
  /** Where to stop (default the end of the text). */
  to?: number;
  /** Most characters per chunk (default MAX_CHUNK_LENGTH). */
  maxLength?: number;
}

/** Splits text[from, to) into sentence-sized chunks of at most `maxLength` characters (see the file note). */
export function chunkText(text: string, options: ChunkOptions = {}): TextRange[] {
  const from = Math.max(0, Math.min(options.from ?? 0, text.length));
  const to = Math.max(from, Math.min(options.to ?? text.length, text.length));
  const maxLength = Math.max(1, Math.floor(options.maxLength ?? MAX_CHUNK_LENGTH));
  const chunks: TextRange[] = [];
  for (const sentence of sentences(text, from, to)) chunks.push(...splitLongRange(text, sentence, maxLength));
  return chunks;
}

/** Splits one range that is longer than `maxLength` at clause marks, then spaces (see the file note). */
export function splitLongRange(text: string, range: TextRange, maxLength: number): TextRange[] {
  const parts: TextRange[] = [];
  let rest = trimRange(text, range);
  while (rest && rest.end - rest.start > maxLength) {
    const cut = findCut(text, rest.start, rest.start + maxLength);
    const head = trimRange(text, { start: rest.start, end: cut });
    if (head) parts.push(head);
    rest = trimRange(text, { start: cut, end: rest.end });
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The sentences of text[from, to), trimmed, without empty ones. */
function sentences(text: string, from: number, to: number): TextRange[] {
  const found: TextRange[] = [];
  let start = from;
  const close = (end: number) => {
    const range = trimRange(text, { start, end });
    if (range) found.push(range);
    start = end;
  };
  for (let index = from; index < to; index += 1) {
    const char = text[index]!;
    if (char === '\n' || char === '\r') {
      close(index);
      continue;
    }
    if (!TERMINATORS.includes(char)) continue;
    let end = index + 1;
    while (end < to && (TERMINATORS.includes(text[end]!) || CLOSERS.includes(text[end]!))) end += 1;
    if (end < to && !/\s/.test(text[end]!)) continue;
    if (char === '.' && !isSentenceEnd(text, index, end, to)) continue;
    close(end);
    index = end - 1;
  }
  close(to);
  return found;
}

/** Whether the period at `index` (followed by space at `after`) ends a sentence. */
function isSentenceEnd(text: string, index: number, after: number, to: number): boolean {
  let next = after;
  while (next < to && /[ \t]/.test(text[next]!)) next += 1;
  if (next < to && /\p{Ll}/u.test(text[next]!)) return false;
  let wordStart = index;
  while (wordStart > 0 && !/\s/.test(text[wordStart - 1]!)) wordStart -= 1;
  const word = text.slice(wordStart, index).replace(/^[("'“‘[]+/, '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  let lineStart = wordStart;
  while (lineStart > 0 && /[ \t]/.test(text[lineStart - 1]!)) lineStart -= 1;
  const isFirstOnLine = lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r';
  return !(isFirstOnLine && /^(\d{1,3}|[a-z]|[IVXLC]+)$/.test(word));
}

/** Where to cut a long range that starts at `start` so the head ends at or before `limit`. */
function findCut(text: string, start: number, limit: number): number {
  // A clause mark late enough that the head is not a stub (a third of the limit).
  const earliest = start + Math.floor((limit - start) / 3);
  for (let index = limit - 1; index >= earliest; index -= 1) {
    if (CLAUSE_MARKS.includes(text[index]!) && /\s/.test(text[index + 1] ?? ' ')) return index + 1;
  }
  for (let index = limit; index > start; index -= 1) if (/\s/.test(text[index]!)) return index;
  // One "word" longer than the limit (a URL, a table row without spaces): cut, but not inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff && limit - 1 > start ? limit - 1 : limit;
}

/** The range without leading and trailing white space, or undefined when nothing is left. */
function trimRange(text: string, range: TextRange): TextRange | undefined {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : undefined;
}
