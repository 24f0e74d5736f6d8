// Splits text into paragraphs (lines), sentences and words, as character ranges into the text, so the reader
// can move by sentence and the screen can highlight what is spoken. Linear in the text: one pass per line,
// and the look-behind at a full stop is bounded by the word before it. The reading session segments one
// block at a time, so a law of a million characters is never segmented whole before its first sentence.
import type { Language } from '../../content/model/language.ts';
import { abbreviationsFor, LEGAL_REFERENCE_WORDS, LIST_JOINERS, REFERENCE_CONTINUATIONS } from './abbreviations.ts';
import { isSpace, skipSpaces, trimEndAt, trimmedLines } from './text-lines.ts';

export { isSpace, skipSpaces, trimEndAt } from './text-lines.ts';

export { chunkSentence } from './chunk-sentence.ts';

/** A range of a text: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** A sentence, trimmed, with its words (for word highlighting estimated from timing or boundary events). */
export interface Sentence extends TextRange {
  words: TextRange[];
}

/** A paragraph (one non-blank line), trimmed, with its sentences. */
export interface Paragraph extends TextRange {
  sentences: Sentence[];
}

/** Segments a whole text into paragraphs, sentences and words. */
export function segmentText(text: string, lang: Language): Paragraph[] {
  return segmentRange(text, 0, text.length, lang);
}

/** Segments [from, to) of a text; offsets stay offsets into the whole text. */
export function segmentRange(text: string, from: number, to: number, lang: Language): Paragraph[] {
  return trimmedLines(text, from, to).map((line) => ({ ...line, sentences: splitSentences(text, line.start, line.end, lang) }));
}

/** Splits one line [start, end) (already trimmed, no line breaks) into sentences. */
export function splitSentences(text: string, start: number, end: number, lang: Language): Sentence[] {
  const abbreviations = abbreviationsFor(lang);
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  for (let index = start; index < end; index += 1) {
    if (!isTerminator(text.charCodeAt(index))) continue;
    let last = index;
    while (last + 1 < end && isTerminator(text.charCodeAt(last + 1))) last += 1;
    let after = last + 1;
    while (after < end && CLOSERS.has(text[after]!)) after += 1;
    // A full stop inside a token ("1.000.000", "go.id", "S.H") is never an end: an end is followed by a space.
    if (after < end && isSpace(text.charCodeAt(after))) {
      const next = skipSpaces(text, after, end);
      if (next < end && isSentenceEnd(text, { lineStart: start, sentenceStart, first: index, last, next }, abbreviations)) {
        sentences.push({ start: sentenceStart, end: after, words: findWords(text, sentenceStart, after) });
        sentenceStart = next;
      }
    }
    index = last;
  }
  if (sentenceStart < end) sentences.push({ start: sentenceStart, end, words: findWords(text, sentenceStart, end) });
  return sentences;
}

/** Where a terminator run sits: its first and last character, and the first character after the spaces. */
interface EndCandidate {
  lineStart: number;
  sentenceStart: number;
  first: number;
  last: number;
  next: number;
}

/** Decides whether a terminator followed by a space ends the sentence. */
function isSentenceEnd(text: string, at: EndCandidate, abbreviations: ReadonlySet<string>): boolean {
  const nextChar = text[at.next]!;
  // Indonesian and English sentences start with a capital, a digit, a quote or a bracket; a small letter after
  // "dll." or "S.H." continues the sentence.
  if (LOWER.test(nextChar)) return false;
  if (text[at.first] !== '.' || at.last > at.first) return true;
  const tokenStart = wordStartBefore(text, at.first, at.lineStart);
  const raw = text.slice(tokenStart, at.first);
  const token = stripEdges(raw);
  if (token === '') return true;
  if (abbreviations.has(token.toLowerCase())) return false;
  // Initials and markers stand bare: "(Tuan B). Meskipun" and "ayat (e). Ayat" end sentences.
  const isBare = !/[)\]}"'”’»]$/u.test(raw);
  const previous = previousWord(text, tokenStart, at.lineStart);
  // "B. J. Habibie", "H. Ahmad" (haji), "R.A. Kartini": single capitals are initials; after a comma they are a
  // degree ("Andi, S.H."), which may end the sentence.
  if (isBare && INITIALS.test(token) && UPPER.test(nextChar) && !previous.endsWith(',')) return false;
  if (isBare && MARKER.test(token) && isMarkerPlace(tokenStart, at.sentenceStart, previous)) return false;
  // A single small letter and a full stop is a list marker even where line breaks were lost ("Indonesia c.
  // Anggota ..."), unless it is a reference that ends the sentence ("... huruf c. Ketentuan ...").
  if (isBare && /^[a-z]$/.test(token) && stripEdges(previous).toLowerCase() !== 'huruf') return false;
  if (REFERENCE_NUMBER.test(token) && LEGAL_REFERENCE_WORDS.has(stripEdges(previous).toLowerCase())) {
    const following = text.slice(at.next, wordEndAfter(text, at.next)).toLowerCase();
    if (REFERENCE_CONTINUATIONS.has(following) || REFERENCE_CONTINUATIONS.has(stripEdges(following))) return false;
  }
  return true;
}

/**
 * A list marker ("a.", "1.", "IV.") starts a sentence rather than ending one: at the start of a sentence, after
 * ":" or ";" ("berhak: a. hidup"), or after "dan"/"atau" ("...; dan v. bebas").
 */
function isMarkerPlace(tokenStart: number, sentenceStart: number, previous: string): boolean {
  if (tokenStart === sentenceStart) return true;
  const lastChar = previous[previous.length - 1];
  return lastChar === ':' || lastChar === ';' || LIST_JOINERS.has(previous.toLowerCase());
}

/** The words of [start, end): runs of non-space characters without surrounding punctuation. */
export function findWords(text: string, start: number, end: number): TextRange[] {
  const words: TextRange[] = [];
  let index = start;
  while (index < end) {
    while (index < end && isSpace(text.charCodeAt(index))) index += 1;
    let tokenEnd = index;
    while (tokenEnd < end && !isSpace(text.charCodeAt(tokenEnd))) tokenEnd += 1;
    let wordStart = index;
    let wordEnd = tokenEnd;
    while (wordStart < wordEnd && EDGE_PUNCTUATION.has(text[wordStart]!)) wordStart += 1;
    while (wordEnd > wordStart && EDGE_PUNCTUATION.has(text[wordEnd - 1]!)) wordEnd -= 1;
    if (wordStart < wordEnd) words.push({ start: wordStart, end: wordEnd });
    index = tokenEnd;
  }
  return words;
}

function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026; // . ! ? …
}

function wordStartBefore(text: string, index: number, floor: number): number {
  let start = index;
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

function wordEndAfter(text: string, index: number): number {
  let end = index;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
  return end;
}

/** The whitespace-delimited word before `tokenStart` on the same line, or ''. */
function previousWord(text: string, tokenStart: number, floor: number): string {
  const end = trimEndAt(text, tokenStart, floor);
  return text.slice(wordStartBefore(text, end, floor), end);
}

/** A token without opening brackets and quotes before it or closing ones after it. */
function stripEdges(token: string): string {
  return token.replace(/^[([{"'“‘«]+/u, '').replace(/[)\]}"'”’»,;:]+$/u, '');
}

const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}', '"', "'", '”', '’', '»']);
const EDGE_PUNCTUATION: ReadonlySet<string> = new Set([...'.,;:!?"\'()[]{}“”‘’«»…—–-/•*·_']);
const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const MARKER = /^(?:\d{1,3}|[a-zA-Z]|[IVXLC]{1,7}|[ivx]{1,4})$/;
const REFERENCE_NUMBER = /^(?:\d{1,4}[A-Za-z]{0,2}|[IVXLC]{1,7}|[a-z])$/;
