// How the text a voice reads maps back to what the screen shows. A document's text is what is spoken; for a
// program card that includes spoken framings the screen does not show ("Siapa yang berhak: empat butir.",
// "Satu, "). The builders record, for each piece of document text, the on-screen element it stands for and,
// when the piece is that element's text verbatim, where in the element's text it starts. The kiosk turns a
// highlight range of the document (current sentence, current word) into element ranges with `displayRangesFor`.
import type { Language } from '../../content/model/language.ts';
import type { BlockKind, ReadableBlock, ReadableDocument } from './readable-document.ts';

/** A range of document text shown by one on-screen element. */
export interface DisplaySpan {
  start: number;
  end: number;
  /** The id of the element on screen. */
  elementId: string;
  /** Where the range starts in the element's text content; absent when the range stands for the whole element (a spoken framing of a heading). */
  elementOffset?: number;
}

/** A part of an element to highlight: characters [start, end) of its text content, or the whole element. */
export interface DisplayRange {
  elementId: string;
  start?: number;
  end?: number;
}

/** A document together with its map to the screen. */
export interface BuiltDocument {
  document: ReadableDocument;
  /** Sorted by start, not overlapping. Document text outside every span is spoken only. */
  display: DisplaySpan[];
}

/** Maps a range of document text (a sentence or a word being spoken) to the element ranges to highlight. */
export function displayRangesFor(display: readonly DisplaySpan[], start: number, end: number): DisplayRange[] {
  const ranges: DisplayRange[] = [];
  // First span that ends after `start` (binary search: spans are sorted and disjoint).
  let low = 0;
  let high = display.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (display[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < display.length; index += 1) {
    const span = display[index]!;
    if (span.start >= end) break;
    if (span.elementOffset === undefined) {
      ranges.push({ elementId: span.elementId });
      continue;
    }
    const from = Math.max(start, span.start) - span.start + span.elementOffset;
    const to = Math.min(end, span.end) - span.start + span.elementOffset;
    ranges.push({ elementId: span.elementId, start: from, end: to });
  }
  return ranges;
}

/** One piece of a block's text: shown verbatim in an element, standing for a whole element, or spoken only. */
export interface TextPiece {
  text: string;
  elementId?: string;
  /** Set (usually 0) when `text` is the element's text verbatim from this offset. */
  elementOffset?: number;
}

/** What a block is, besides its text. */
export interface BlockOptions {
  kind: BlockKind;
  level?: number;
  lang?: Language;
  label?: string;
}

/** Builds a document's text block by block (one block per line), recording blocks and display spans. */
export class DocumentWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly blocks: ReadableBlock[] = [];
  readonly display: DisplaySpan[] = [];

  /** Adds a block made of pieces; blocks are separated by a line break, so each block is its own paragraph. */
  add(pieces: readonly TextPiece[], options: BlockOptions): void {
    const text = pieces.map((piece) => piece.text).join('');
    if (text.trim() === '') return;
    if (this.length > 0) this.push('\n');
    const blockStart = this.length;
    for (const piece of pieces) {
      const start = this.length;
      this.push(piece.text);
      if (piece.elementId === undefined || piece.text === '') continue;
      const span: DisplaySpan = { start, end: this.length, elementId: piece.elementId };
      if (piece.elementOffset !== undefined) span.elementOffset = piece.elementOffset;
      this.display.push(span);
    }
    const leading = text.length - text.trimStart().length;
    const trailing = text.length - text.trimEnd().length;
    const block: ReadableBlock = { kind: options.kind, start: blockStart + leading, end: this.length - trailing };
    if (options.level !== undefined) block.level = options.level;
    if (options.lang !== undefined) block.lang = options.lang;
    if (options.label !== undefined) block.label = options.label;
    this.blocks.push(block);
  }

  /** The text written so far. */
  text(): string {
    return this.parts.join('');
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}
