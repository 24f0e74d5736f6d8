// Words of spoken text and their ranges in the source, for highlighting what is being said.
import type { TextRange } from './chunk-text.ts';
import { sourceOffsetAt, type SpokenText } from './spoken-text.ts';

/** The words (runs of non-space characters) of a text. */
export function wordRanges(text: string): TextRange[] {
  const words: TextRange[] = [];
  for (const match of text.matchAll(/\S+/g)) words.push({ start: match.index, end: match.index + match[0].length });
  return words;
}

/** The end of the word starting at `offset` (for boundary events without a length). */
export function wordEndAt(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !/\s/.test(text[end]!)) end += 1;
  return Math.max(end, Math.min(offset + 1, text.length));
}

/**
 * The source range of the spoken range [spokenStart, spokenEnd). A word inside a rewritten piece
 * ("enam ratus ribu rupiah" for "Rp600.000,00") maps to the whole piece, so the highlight covers what is
 * on screen instead of a guessed slice of it; unchanged pieces map character for character.
 */
export function sourceRangeOf(spoken: SpokenText, spokenStart: number, spokenEnd: number): TextRange {
  const piece = pieceAt(spoken, spokenStart);
  if (piece) {
    const pieceSpokenEnd = spoken.pieces[piece.index + 1]?.spokenStart ?? spoken.text.length;
    const isRewritten = pieceSpokenEnd - piece.spokenStart !== piece.sourceEnd - piece.sourceStart;
    if (isRewritten && spokenEnd <= pieceSpokenEnd) return { start: piece.sourceStart, end: piece.sourceEnd };
  }
  const start = sourceOffsetAt(spoken, spokenStart);
  const end = Math.max(start + 1, sourceOffsetAt(spoken, spokenEnd));
  return { start, end };
}

/** The piece that contains a spoken offset, with its index. */
function pieceAt(spoken: SpokenText, offset: number): (SpokenText['pieces'][number] & { index: number }) | undefined {
  let found: number | undefined;
  for (let index = 0; index < spoken.pieces.length && spoken.pieces[index]!.spokenStart <= offset; index += 1) found = index;
  return found === undefined ? undefined : { ...spoken.pieces[found]!, index: found };
}
