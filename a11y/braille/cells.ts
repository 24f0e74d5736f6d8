// Braille cells as Unicode characters (U+2800 block): dot n sets bit n-1, so a cell is 0x2800 + bits.

/** The first code point of the Unicode braille block: the empty cell. */
export const BRAILLE_BLANK = '\u2800';
/** Dots 1-6 all raised: the placeholder for a character the engine cannot write (see README). */
export const UNKNOWN_CELL = cell('123456');

/**
 * One Unicode braille cell from its dot numbers, e.g. `cell('1345')` is ⠝ (n). Only dots 1-6: the kiosk
 * writes six-dot literary braille; an embosser's BRF has no place for dots 7 and 8.
 */
export function cell(dots: string): string {
  let bits = 0;
  for (const dot of dots) {
    const n = Number(dot);
    if (!Number.isInteger(n) || n < 1 || n > 6) throw new RangeError(`cell("${dots}"): dots are 1 to 6`);
    bits |= 1 << (n - 1);
  }
  return String.fromCharCode(0x2800 + bits);
}

/** Several cells, written as dot groups separated by spaces: `cells('6 1235 1234')` is ⠠⠗⠏. */
export function cells(dotGroups: string): string {
  return dotGroups.split(' ').map(cell).join('');
}

/** The dot numbers of one Unicode braille cell ("" for the blank cell), e.g. `dotsOf('⠝')` is "1345". */
export function dotsOf(brailleCell: string): string {
  const bits = (brailleCell.codePointAt(0) ?? 0) - 0x2800;
  let dots = '';
  for (let n = 1; n <= 8; n++) if (bits & (1 << (n - 1))) dots += String(n);
  return dots;
}

/** True for a six-dot Unicode braille cell (U+2800 to U+283F). */
export function isSixDotCell(char: string): boolean {
  const code = char.codePointAt(0) ?? -1;
  return char.length === 1 && code >= 0x2800 && code <= 0x283f;
}
