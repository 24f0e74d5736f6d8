// North American ASCII braille, the character set of BRF files: each of the 64 six-dot cells is one
// printable ASCII character from space (0x20) to underscore (0x5F). The table is the one in the BANA
// "ASCII braille" chart and in liblouis's tables/text_nabcc.dis (six-dot part); the test checks it against
// the well-known 64-character string in Unicode order.
import { BrfEncodingError } from './braille-error.ts';
import { cell, isSixDotCell } from './cells.ts';

/** Every ASCII braille character with its dots, in ASCII order (space, then ! to _). */
const ASCII_DOTS: readonly (readonly [string, string])[] = [
  [' ', ''], ['!', '2346'], ['"', '5'], ['#', '3456'], ['$', '1246'], ['%', '146'], ['&', '12346'],
  ["'", '3'], ['(', '12356'], [')', '23456'], ['*', '16'], ['+', '346'], [',', '6'], ['-', '36'],
  ['.', '46'], ['/', '34'], ['0', '356'], ['1', '2'], ['2', '23'], ['3', '25'], ['4', '256'], ['5', '26'],
  ['6', '235'], ['7', '2356'], ['8', '236'], ['9', '35'], [':', '156'], [';', '56'], ['<', '126'],
  ['=', '123456'], ['>', '345'], ['?', '1456'], ['@', '4'], ['A', '1'], ['B', '12'], ['C', '14'],
  ['D', '145'], ['E', '15'], ['F', '124'], ['G', '1245'], ['H', '125'], ['I', '24'], ['J', '245'],
  ['K', '13'], ['L', '123'], ['M', '134'], ['N', '1345'], ['O', '135'], ['P', '1234'], ['Q', '12345'],
  ['R', '1235'], ['S', '234'], ['T', '2345'], ['U', '136'], ['V', '1236'], ['W', '2456'], ['X', '1346'],
  ['Y', '13456'], ['Z', '1356'], ['[', '246'], ['\\', '1256'], [']', '12456'], ['^', '45'], ['_', '456'],
];

const TO_ASCII = new Map<string, string>(ASCII_DOTS.map(([ascii, dots]) => [cell(dots), ascii]));
const FROM_ASCII = new Map<string, string>(ASCII_DOTS.map(([ascii, dots]) => [ascii, cell(dots)]));

/** The 64 characters of ASCII braille, in ASCII order. */
export const ASCII_BRAILLE_CHARS: string = ASCII_DOTS.map(([ascii]) => ascii).join('');

/** Layout characters a BRF file may contain besides cells: line ends (CR LF) and the page break (FF). */
const LAYOUT_CHARS = new Set(['\r', '\n', '\f']);

/**
 * Unicode braille to ASCII braille, cell by cell. A plain space counts as the blank cell; CR, LF and FF
 * pass through. Throws BrfEncodingError for anything else (print letters, eight-dot cells).
 */
export function unicodeToBrf(braille: string): string {
  let out = '';
  for (const char of braille) {
    if (char === ' ') out += ' ';
    else if (LAYOUT_CHARS.has(char)) out += char;
    else {
      const ascii = isSixDotCell(char) ? TO_ASCII.get(char) : undefined;
      if (ascii === undefined) {
        const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
        throw new BrfEncodingError(
          `unicodeToBrf: U+${code} is not a six-dot braille cell; translate print with toBraille() first`,
        );
      }
      out += ascii;
    }
  }
  return out;
}

/**
 * ASCII braille to Unicode braille. Lower-case letters and ` { | } ~ are read like their upper-case
 * partners A-Z @ [ \ ] ^ (many BRF files and embosser drivers use either); the space becomes U+2800;
 * CR, LF and FF pass through. Throws BrfEncodingError for any other character.
 */
export function brfToUnicode(brf: string): string {
  let out = '';
  for (const char of brf) {
    if (LAYOUT_CHARS.has(char)) {
      out += char;
      continue;
    }
    const code = char.charCodeAt(0);
    const folded = code >= 0x60 && code <= 0x7e ? String.fromCharCode(code - 0x20) : char;
    const unicode = FROM_ASCII.get(folded);
    if (unicode === undefined) {
      throw new BrfEncodingError(`brfToUnicode: ${JSON.stringify(char)} is not an ASCII braille character`);
    }
    out += unicode;
  }
  return out;
}

/** True when every character is an ASCII braille cell or a BRF layout character (CR, LF, FF). */
export function isBrf(text: string): boolean {
  for (const char of text) if (!LAYOUT_CHARS.has(char) && !FROM_ASCII.has(char)) return false;
  return true;
}
