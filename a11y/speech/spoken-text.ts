// What a voice is given to say, and how it maps back to the text on screen. The display keeps the
// original text; the voice gets a normalised text ("Rp600.000,00" → "enam ratus ribu rupiah"), and every
// boundary event the voice reports in the spoken text is mapped back to the original for highlighting.

/** One piece of spoken text and the range of source text it stands for. */
export interface SpokenPiece {
  /** Offset of this piece in the spoken text. */
  spokenStart: number;
  /** The source range it was made from: [sourceStart, sourceEnd). */
  sourceStart: number;
  sourceEnd: number;
}

/** Normalised text for a voice, with its map back to the source. Pieces are in order and cover the spoken text. */
export interface SpokenText {
  text: string;
  pieces: SpokenPiece[];
}

/** The source offset that a spoken offset (e.g. from a boundary event) stands for. */
export function sourceOffsetAt(spoken: SpokenText, spokenOffset: number): number {
  let low = 0;
  let high = spoken.pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spoken.pieces[middle]!.spokenStart <= spokenOffset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (found < 0) return spoken.pieces[0]?.sourceStart ?? 0;
  const piece = spoken.pieces[found]!;
  const nextStart = spoken.pieces[found + 1]?.spokenStart ?? spoken.text.length;
  const spokenLength = Math.max(nextStart - piece.spokenStart, 1);
  const sourceLength = piece.sourceEnd - piece.sourceStart;
  // Inside a rewritten piece ("Rp600.000" said as four words) the best guess is proportional.
  const fraction = Math.min((spokenOffset - piece.spokenStart) / spokenLength, 1);
  return piece.sourceStart + Math.round(fraction * sourceLength);
}
