// The braille engine: print text to Unicode braille (Braille Indonesia or UEB, uncontracted) and to BRF.
export { toBraille } from './to-braille.ts';
export { toBrf, brfPageNumber, splitLongWord, type BrfOptions } from './to-brf.ts';
export { unicodeToBrf, brfToUnicode, isBrf, ASCII_BRAILLE_CHARS } from './ascii-braille.ts';
export { cell, cells, dotsOf, BRAILLE_BLANK, UNKNOWN_CELL } from './cells.ts';
export { BrfEncodingError, BrfLayoutError } from './braille-error.ts';
export type { BrailleLanguage } from './braille-language.ts';
