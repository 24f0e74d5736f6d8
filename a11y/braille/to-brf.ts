// toBrf: print text to a BRF file for an embosser: North American ASCII braille cells, lines of at most
// `cellsPerLine` cells ending in CR LF, pages of `linesPerPage` lines separated by a form feed, words
// kept whole, and the braille page number at the right end of each page's last line. The layout rules and
// their sources are in README.md.
import type { BrailleLanguage } from './braille-language.ts';
import { unicodeToBrf } from './ascii-braille.ts';
import { BrfLayoutError } from './braille-error.ts';
import { toBraille } from './to-braille.ts';

/** Layout of a BRF file. */
export interface BrfOptions {
  /** Braille code of the text: 'id' (Braille Indonesia, the default) or 'en' (UEB grade 1). */
  lang?: BrailleLanguage;
  /** Cells per line: 40 fits A4 / 11.5 inch paper on common embossers. */
  cellsPerLine?: number;
  /** Lines per page: 25 fits an 11 inch page (A4 takes 27 to 28; 25 is the safe common value). */
  linesPerPage?: number;
  /** Whether each page ends with its braille page number, right-aligned on its last line. */
  pageNumbers?: boolean;
}

/** Line end: CR LF, which embossers and their drivers (Index, ViewPlus, Braillo) all accept. */
const LINE_END = '\r\n';
/** Page break between pages (not after the last one). */
const PAGE_BREAK = '\f';
/** Blank cells kept between text and the page number on the same line (BANA Braille Formats: at least three). */
const PAGE_NUMBER_GAP = 3;
/** Fewest cells per line we accept: room for a word, the gap and a four-digit page number. */
const MIN_CELLS_PER_LINE = 12;
/** BRF cells that only change the meaning of the next cell: a line should not end on one when a word is cut. */
const PREFIX_CELLS = new Set([',', '#', ';', '@', '^', '_', '"', '.']);
/** The continuation mark at the end of a line where a too-long word is cut: the hyphen cell (dots 3-6). */
const CONTINUATION = '-';

/** Print text to BRF (see BrfOptions for the defaults); "" for text with nothing to emboss. */
export function toBrf(text: string, options: BrfOptions = {}): string {
  const layout = checkLayout(options);
  const brf = unicodeToBrf(toBraille(text, options.lang ?? 'id'));
  const pages = paginate(brf.split('\n'), layout);
  return pages.map((page) => page.map((line) => line + LINE_END).join('')).join(PAGE_BREAK);
}

interface Layout {
  cellsPerLine: number;
  linesPerPage: number;
  hasPageNumbers: boolean;
}

function checkLayout(options: BrfOptions): Layout {
  const layout: Layout = {
    cellsPerLine: options.cellsPerLine ?? 40,
    linesPerPage: options.linesPerPage ?? 25,
    hasPageNumbers: options.pageNumbers ?? true,
  };
  if (!Number.isInteger(layout.cellsPerLine) || layout.cellsPerLine < MIN_CELLS_PER_LINE) {
    throw new BrfLayoutError(
      `toBrf: cellsPerLine must be a whole number of at least ${MIN_CELLS_PER_LINE}, got ${layout.cellsPerLine}`,
    );
  }
  const minLines = layout.hasPageNumbers ? 2 : 1;
  if (!Number.isInteger(layout.linesPerPage) || layout.linesPerPage < minLines) {
    throw new BrfLayoutError(
      `toBrf: linesPerPage must be a whole number of at least ${minLines} ` +
        `(2 with page numbers: the page-number line is short), got ${layout.linesPerPage}`,
    );
  }
  return layout;
}

/** The braille page number in BRF: number sign and digits, e.g. "#AB" for page 12. */
export function brfPageNumber(page: number): string {
  return unicodeToBrf(toBraille(String(page), 'en'));
}

/** Fills pages line by line, each paragraph (source line) starting on a new line. */
function paginate(paragraphs: readonly string[], layout: Layout): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let current = '';

  const widthOfThisLine = (): number =>
    layout.hasPageNumbers && page.length === layout.linesPerPage - 1
      ? layout.cellsPerLine - PAGE_NUMBER_GAP - brfPageNumber(pages.length + 1).length
      : layout.cellsPerLine;
  const finishPage = (): void => {
    if (layout.hasPageNumbers) {
      while (page.length < layout.linesPerPage) page.push('');
      const number = brfPageNumber(pages.length + 1);
      const last = page.length - 1;
      page[last] = (page[last] ?? '').padEnd(layout.cellsPerLine - number.length) + number;
    }
    pages.push(page);
    page = [];
  };
  const pushLine = (line: string): void => {
    page.push(line);
    current = '';
    if (page.length === layout.linesPerPage) finishPage();
  };
  const place = (word: string): void => {
    for (;;) {
      const width = widthOfThisLine();
      if (current === '' && word.length <= width) return void (current = word);
      if (current !== '' && current.length + 1 + word.length <= width) return void (current += ' ' + word);
      pushLine(current); // the word goes to the next line; a short page-number line may stay blank
    }
  };

  for (const paragraph of paragraphs) {
    const words = paragraph.split(' ').filter((word) => word !== '');
    if (words.length === 0) {
      if (page.length > 0) pushLine(''); // keep a blank line, but never at the top of a page
      continue;
    }
    for (const word of words) {
      splitLongWord(word, layout.cellsPerLine).forEach((piece, index) => {
        if (index > 0 && current !== '') pushLine(current);
        place(piece);
      });
    }
    if (current !== '') pushLine(current);
  }
  if (page.length > 0) finishPage();
  return pages;
}

/**
 * A word longer than a line, cut into pieces that fit: after one of its own hyphens where possible (as in
 * print), otherwise one cell short of the line and marked with the hyphen cell, never right after a
 * capital, number, letter or other prefix cell (it moves to the next line with its letter).
 */
export function splitLongWord(word: string, cellsPerLine: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > cellsPerLine) {
    const hyphen = rest.lastIndexOf('-', cellsPerLine - 1);
    if (hyphen > 0) {
      pieces.push(rest.slice(0, hyphen + 1));
      rest = rest.slice(hyphen + 1);
      continue;
    }
    let cut = cellsPerLine - CONTINUATION.length;
    while (cut > 1 && PREFIX_CELLS.has(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut) + CONTINUATION);
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}
