// The reading session's view of a document: its blocks (checked once), each block's sentences segmented the
// first time the reader goes there, and positions (block, sentence, offset) found by binary search. Opening a
// law of a million characters segments one block, so the first sentence is ready at once. The sentence memo is
// the only mutable part: it caches a pure function of the document, so sessions sharing it stay pure.
import type { ReadableBlock, ReadableDocument, ReadableUnit } from './readable-document.ts';
import type { ReaderPosition } from './reader-vocabulary.ts';
import { segmentRange, type Sentence } from './segment.ts';

/** A document prepared for reading; create it with `createIndex`. */
export interface ReaderIndex {
  readonly doc: ReadableDocument;
  /** Sorted, disjoint, inside the text. */
  readonly blocks: readonly ReadableBlock[];
  /** Block index → its sentences (filled lazily). */
  readonly sentenceMemo: Map<number, Sentence[]>;
  /** Indices of heading blocks, built on the first heading command. */
  headingMemo?: number[];
  /** The law's own Pasal and the Pasal quoted by amendments, built on the first Pasal command. */
  pasalMemo?: { own: ReadableUnit[]; quoted: ReadableUnit[] };
}

/** Prepares a document: checks its blocks (or makes one per line when it has none). */
export function createIndex(doc: ReadableDocument): ReaderIndex {
  return { doc, blocks: usableBlocks(doc), sentenceMemo: new Map() };
}

/** The sentences of a block, segmented on first use. */
export function sentencesOf(index: ReaderIndex, block: number): Sentence[] {
  let sentences = index.sentenceMemo.get(block);
  if (sentences === undefined) {
    const range = index.blocks[block];
    sentences = range ? segmentRange(index.doc.text, range.start, range.end, range.lang ?? index.doc.lang).flatMap((paragraph) => paragraph.sentences) : [];
    index.sentenceMemo.set(block, sentences);
  }
  return sentences;
}

/** The sentence at a position. */
export function sentenceAt(index: ReaderIndex, position: ReaderPosition): Sentence | undefined {
  return sentencesOf(index, position.block)[position.sentence];
}

/** The first sentence of the first block that has one at or after `block`. */
export function firstSentenceFrom(index: ReaderIndex, block: number): ReaderPosition | undefined {
  for (let current = Math.max(block, 0); current < index.blocks.length; current += 1) {
    const first = sentencesOf(index, current)[0];
    if (first) return { block: current, sentence: 0, offset: first.start };
  }
  return undefined;
}

/** The first sentence of the last block that has one at or before `block`. */
export function blockStartBefore(index: ReaderIndex, block: number): ReaderPosition | undefined {
  for (let current = Math.min(block, index.blocks.length - 1); current >= 0; current -= 1) {
    const first = sentencesOf(index, current)[0];
    if (first) return { block: current, sentence: 0, offset: first.start };
  }
  return undefined;
}

/** The next sentence, across blocks. */
export function nextSentence(index: ReaderIndex, position: ReaderPosition): ReaderPosition | undefined {
  const next = sentencesOf(index, position.block)[position.sentence + 1];
  if (next) return { block: position.block, sentence: position.sentence + 1, offset: next.start };
  return firstSentenceFrom(index, position.block + 1);
}

/** The previous sentence, across blocks. */
export function previousSentence(index: ReaderIndex, position: ReaderPosition): ReaderPosition | undefined {
  if (position.sentence > 0) {
    const previous = sentencesOf(index, position.block)[position.sentence - 1]!;
    return { block: position.block, sentence: position.sentence - 1, offset: previous.start };
  }
  for (let block = position.block - 1; block >= 0; block -= 1) {
    const sentences = sentencesOf(index, block);
    const last = sentences[sentences.length - 1];
    if (last) return { block, sentence: sentences.length - 1, offset: last.start };
  }
  return undefined;
}

/** The sentence containing `offset` (or the next one after it, or the last one before the end). */
export function locate(index: ReaderIndex, offset: number): ReaderPosition | undefined {
  const { blocks } = index;
  let block = lastStartingAtOrBefore(blocks, offset);
  if (block < 0) block = 0;
  else if (offset >= blocks[block]!.end) block += 1;
  const found = firstSentenceFrom(index, block);
  if (!found) return lastPosition(index);
  const sentences = sentencesOf(index, found.block);
  const sentence = Math.max(0, lastStartingAtOrBefore(sentences, offset));
  return { block: found.block, sentence, offset: sentences[sentence]!.start };
}

/** The first sentence of the document, or undefined when there is nothing to read. */
export function firstPosition(index: ReaderIndex): ReaderPosition | undefined {
  return firstSentenceFrom(index, 0);
}

/** The last sentence of the document. */
export function lastPosition(index: ReaderIndex): ReaderPosition | undefined {
  for (let block = index.blocks.length - 1; block >= 0; block -= 1) {
    const sentences = sentencesOf(index, block);
    const last = sentences[sentences.length - 1];
    if (last) return { block, sentence: sentences.length - 1, offset: last.start };
  }
  return undefined;
}

/** Indices of the heading blocks, in order. */
export function headingBlocks(index: ReaderIndex): number[] {
  index.headingMemo ??= index.blocks.flatMap((block, at) => (block.kind === 'heading' ? [at] : []));
  return index.headingMemo;
}

/** The first heading block after `block`. */
export function headingBlockAfter(index: ReaderIndex, block: number): number | undefined {
  const headings = headingBlocks(index);
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headings[middle]! <= block) low = middle + 1;
    else high = middle;
  }
  return headings[low];
}

/** The last heading block before `block`. */
export function headingBlockBefore(index: ReaderIndex, block: number): number | undefined {
  const headings = headingBlocks(index);
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headings[middle]! < block) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? headings[low - 1] : undefined;
}

/** The index of the last item whose start is at or before `offset`, or -1 (items sorted by start). */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The document's blocks if they are sorted, disjoint and inside the text (the builders' are); otherwise a
 * repaired copy. A document without blocks (a caller's plain text) gets one block per line.
 */
function usableBlocks(doc: ReadableDocument): ReadableBlock[] {
  const { text, blocks } = doc;
  if (blocks.length === 0) return lineBlocks(text);
  const isUsable = blocks.every((block, at) => 0 <= block.start && block.start < block.end && block.end <= text.length && (at === 0 || blocks[at - 1]!.end <= block.start));
  if (isUsable) return [...blocks];
  const repaired: ReadableBlock[] = [];
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(block.start, repaired[repaired.length - 1]?.end ?? 0, 0);
    const end = Math.min(block.end, text.length);
    if (start < end) repaired.push({ ...block, start, end });
  }
  return repaired;
}

function lineBlocks(text: string): ReadableBlock[] {
  const blocks: ReadableBlock[] = [];
  let position = 0;
  while (position < text.length) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(position, end).trim() !== '') blocks.push({ kind: 'paragraph', start: position, end });
    position = end + 1;
  }
  return blocks;
}
