// Article headings garbled by the PDF extraction of the source, which the ordinary scan cannot read:
//   "... dan Eksploitasi 26 Pasal Hak bebas ..."       the number printed before the keyword (UU 8/2016 Pasal 26),
//   "... dan Eksploitasi 8 12 Pasal (1) Pemerintah"    and split, its pieces swapped (UU 8/2016 Pasal 128),
//   "Pasat27", "Pasa] 31", "PasalSO", "Pasal.16", "Pasal, 147", "Pasal ^58", "Pasal l l", "Pasal I 12", "P asal 14",
//   "Pasa722" (the l read as 7) ...                    the keyword or the number misread (about 30 articles).
// Such a candidate may have several readings ("8 12" is 812 or 128). The selector takes one only as the very next
// article of the law, where a heading can stand, and when no better heading for that number follows (see
// HeadingSelector.recoveredNumber): a stray "26 Pasal" or "Pasal, 5" in running text never becomes a heading.
//
// An inverted heading is also rewritten, so the reader sees and hears "Pasal 26", not "26 Pasal": the rewrite
// keeps the text's length (and so every offset): "26 Pasal" becomes "Pasal 26"; "8 12 Pasal" (one character
// more than "Pasal 128") becomes "Pasal 128" and a space, which the line break after the heading leaves at the
// end of the heading's line, invisible and silent. Misread keywords are not rewritten: like "Pasal 2O", the
// node's label carries the number as it should be read.
import { parseArticleNumber, type UnitNumber } from './law-numbers.ts';
import { describeCandidate, type HeadingCandidate } from './scan-headings.ts';

/** How a garbled article heading may be read, and how its text is repaired once it is taken. */
export interface GarbledHeading {
  /** The numbers the garbled text may stand for, most likely first. */
  readings: UnitNumber[];
  /** Characters from the candidate's start that read "Pasal N" once taken (inverted headings); 0: none. */
  rewriteLength: number;
}

// Digits (up to three pieces, four digits in all) printed before the keyword, which is followed by the
// article's first words: "(1) ...", a capital, or the end of the line.
const INVERTED = /(?<![\p{L}\p{N}.,/-])(\d{1,3}(?: \d{1,3}){0,2})[ \n](?:Pasal|PASAL)(?=[ \n](?:\(\d|\p{Lu})|\n|$)/gu;

// A misread keyword ("Pasat", "Pasa]", "Pasl", "Paal", "P asal", "Pasqal", "Pasa" glued to its number), or the
// right keyword with stray punctuation before the number ("Pasal.7.", "Pasal, 147", "Pasal ^58", "Pasal · 1 1"),
// or a number with OCR letters ("l l", "I 12", "i4", "SO", "ll0"). The number is followed by the article's text.
const MISREAD =
  /(?<![\p{L}\p{N}])(Pasal|PASAL|Pasa[1iI\]t]|Pasl|Paal|Pasqal|P asal|Pasa(?=7\d))([ .,·:^]{0,3})([0-9OIlSi](?: ?[0-9OIlSi]){0,3}[A-HJ-NP-RT-Z]?)(?=[.:]?(?: \(\d| \(l\)| \p{Lu}|\n|$))/gu;

/** Finds the garbled article headings between `from` and `to`, in text order. */
export function scanGarbledArticles(text: string, from: number, to: number): HeadingCandidate[] {
  const region = text.slice(0, to);
  const found: HeadingCandidate[] = [];
  INVERTED.lastIndex = from;
  for (let match = INVERTED.exec(region); match; match = INVERTED.exec(region)) {
    const pieces = (match[1] ?? '').split(' ');
    if (pieces.join('').length > 4) continue;
    const readings = unique(orders(pieces).map((order) => parseArticleNumber(order.join(''))));
    const first = readings[0];
    if (first) found.push(garbled(text, match.index, match[0], first, { readings, rewriteLength: match[0].length }));
  }
  MISREAD.lastIndex = from;
  for (let match = MISREAD.exec(region); match; match = MISREAD.exec(region)) {
    const [whole, keyword = '', separator = '', token = ''] = match;
    // "Pasal 5", "Pasa1 5" and "Pasal 1 1" are the ordinary scan's (see scan-headings.ts).
    if (/^(?:Pasal|PASAL|Pasa[1iI])$/.test(keyword) && separator === ' ' && /^[0-9](?: ?[0-9])*$/.test(token)) continue;
    const readings = misreadNumbers(keyword, separator, token);
    const first = readings[0];
    if (first) found.push(garbled(text, match.index, whole, first, { readings, rewriteLength: 0 }));
  }
  return found;
}

/** "Pasal 26" for "26 Pasal", padded with spaces to the length of the garbled text; undefined when not inverted. */
export function repairedHeading(candidate: HeadingCandidate, number: UnitNumber): string | undefined {
  const length = candidate.garbled?.rewriteLength ?? 0;
  const label = `Pasal ${number.normalized}`;
  return length >= label.length ? label.padEnd(length, ' ') : undefined;
}

function garbled(text: string, start: number, matched: string, number: UnitNumber, how: GarbledHeading): HeadingCandidate {
  const candidate = describeCandidate(text, 'pasal', start, start + matched.length, 'Pasal', number);
  return { ...candidate, label: `Pasal ${number.normalized}`, garbled: how };
}

/** The numbers a misread token may stand for: O is 0, I, l and i are 1, S is 5. */
function misreadNumbers(keyword: string, separator: string, token: string): UnitNumber[] {
  const squeezed = token.replace(/ /g, '');
  const digits = squeezed.replace(/O/g, '0').replace(/[Ili]/g, '1').replace(/S/g, '5');
  // Letters alone are a number only with a small letter, which roman numerals never have ("l l" is 11, "II" is not).
  if (!/[0-9]/.test(squeezed) && !/[li]/.test(squeezed)) return [];
  const readings = [parseArticleNumber(digits), parseArticleNumber(squeezed)];
  // "Pasa722": the keyword's l read as 7 and glued to the number (22).
  if (keyword === 'Pasa') readings.unshift(parseArticleNumber(digits.slice(1)));
  // "Pasa127", "Pasal27": 27, or 127 with the keyword's own l lost.
  if (separator === '' && /^Pasa[1l]$/.test(keyword) && /^[0-9]/.test(token)) readings.push(parseArticleNumber(`1${digits}`));
  return unique(readings);
}

/** Every order of up to three pieces, the printed order first. */
function orders(pieces: readonly string[]): string[][] {
  if (pieces.length <= 1) return [[...pieces]];
  return pieces.flatMap((piece, index) => orders([...pieces.slice(0, index), ...pieces.slice(index + 1)]).map((rest) => [piece, ...rest]));
}

function unique(numbers: ReadonlyArray<UnitNumber | undefined>): UnitNumber[] {
  const out: UnitNumber[] = [];
  for (const number of numbers) if (number && !out.some((other) => other.key === number.key)) out.push(number);
  return out;
}
