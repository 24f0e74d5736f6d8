// Where a unit's line starts when the law quotes it: the opening quote stays on the unit's own line.

/** Where a heading's line starts: a quoted article keeps its opening quote ('... berikut : "Pasal 7'). */
export function headingLineStart(text: string, start: number): number {
  let quoteStart = start;
  while (quoteStart > start - 2 && /["“”'‘’]/.test(text[quoteStart - 1] ?? '')) quoteStart -= 1;
  return quoteStart < start && (quoteStart === 0 || /\s/.test(text[quoteStart - 1] ?? '')) ? quoteStart : start;
}
