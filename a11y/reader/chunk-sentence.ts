// Splits a long sentence into pieces a voice can take: the speech owner gives a voice at most ~200 characters
// at a time (long utterances stall or get cut off in Chromium's Web Speech), and real law sentences run past
// 1,000 characters ("Penyandang Disabilitas berhak: a. ...; b. ...;"). Pieces end where a listener expects a
// pause: after ";" or ":", then after ",", then before "dan", "atau", "yang"; only then at any space.
import type { TextRange } from './segment.ts';

/** Boundaries by preference: after ";"/":", after ",", before a conjunction. */
const AFTER_STRONG = /[;:]\s/g;
const AFTER_COMMA = /,\s/g;
const BEFORE_CONJUNCTION = /\s(?:dan|atau|yang|serta|and|or|which)\s/g;

/** A piece shorter than this share of the limit is too choppy when a better-placed, weaker boundary exists. */
const MIN_SHARE = 0.4;

/**
 * Splits `sentence` (a range of `text`) into trimmed chunks of at most `maxChars` characters that together
 * cover it. A chunk never splits a word: a single word longer than `maxChars` (a long address) is one chunk.
 */
export function chunkSentence(text: string, sentence: TextRange, maxChars = 200): TextRange[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const chunks: TextRange[] = [];
  let start = skip(text, sentence.start, sentence.end);
  const end = trimEnd(text, sentence.end, start);
  while (end - start > limit) {
    const cut = findCut(text, start, start + limit, end);
    const chunkEnd = trimEnd(text, cut, start);
    chunks.push({ start, end: chunkEnd });
    start = skip(text, cut, end);
  }
  if (start < end) chunks.push({ start, end });
  return chunks;
}

/** Where to end the chunk that starts at `start` and may not end after `limit`. */
function findCut(text: string, start: number, limit: number, end: number): number {
  // The window includes one character after the limit: a boundary's space may sit just past it.
  const window = text.slice(start, Math.min(limit + 1, end));
  const floor = Math.floor((limit - start) * MIN_SHARE);
  for (const pattern of [AFTER_STRONG, AFTER_COMMA, BEFORE_CONJUNCTION]) {
    const cut = lastMatchEnd(window, pattern, floor, limit - start);
    if (cut !== undefined) return start + cut;
  }
  const space = lastSpace(window, limit - start);
  if (space > 0) return start + space;
  // One word longer than the limit: keep it whole.
  let wordEnd = limit;
  while (wordEnd < end && !/\s/.test(text[wordEnd]!)) wordEnd += 1;
  return wordEnd;
}

/** The offset (in `window`) where the last match's punctuation ends, if the chunk before it fits and is not tiny. */
function lastMatchEnd(window: string, pattern: RegExp, floor: number, maxLength: number): number | undefined {
  let best: number | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    // After ";"/"," the chunk keeps the punctuation; before a conjunction it stops at the space.
    const cut = /^\s/.test(match[0]) ? match.index : match.index + 1;
    if (cut <= maxLength && cut >= floor) best = cut;
    pattern.lastIndex = match.index + 1;
  }
  return best;
}

/** The offset of the last whitespace in window[1..maxLength], or -1. */
function lastSpace(window: string, maxLength: number): number {
  for (let index = Math.min(maxLength, window.length - 1); index > 0; index -= 1) {
    if (/\s/.test(window[index]!)) return index;
  }
  return -1;
}

function skip(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && /\s/.test(text[index]!)) index += 1;
  return index;
}

function trimEnd(text: string, end: number, floor: number): number {
  let index = end;
  while (index > floor && /\s/.test(text[index - 1]!)) index -= 1;
  return index;
}
