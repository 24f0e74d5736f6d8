import { describe, expect, it } from 'vitest';
import { isBrf, unicodeToBrf } from '../../../a11y/braille/ascii-braille.ts';
import { BrfLayoutError } from '../../../a11y/braille/braille-error.ts';
import { toBraille } from '../../../a11y/braille/to-braille.ts';
import { brfPageNumber, splitLongWord, toBrf, type BrfOptions } from '../../../a11y/braille/to-brf.ts';
import { SAMPLE_LAWS } from './law-texts.ts';

/** A BRF file as pages of lines (CR LF line ends, FF between pages). */
function pagesOf(brf: string): string[][] {
  return brf.split('\f').map((page) => {
    expect(page.endsWith('\r\n')).toBe(true);
    return page.slice(0, -2).split('\r\n');
  });
}

describe('toBrf: small texts', () => {
  it.each<[string, BrfOptions, string]>([
    ['Halo dunia', { pageNumbers: false }, ',HALO DUNIA\r\n'],
    ['Hello world', { lang: 'en', pageNumbers: false }, ',HELLO WORLD\r\n'],
    ['Rp600.000,00', { pageNumbers: false }, ",RP#FJJ'JJJ1JJ\r\n"],
    ['a\nb', { pageNumbers: false }, 'A\r\nB\r\n'],
    ['a\n\nb', { pageNumbers: false }, 'A\r\n\r\nB\r\n'],
    ['\n\na', { pageNumbers: false }, 'A\r\n'],
    ['  a   b  ', { pageNumbers: false }, 'A B\r\n'],
    ['', {}, ''],
    ['\n \n', {}, ''],
  ])('%j with %j is %j', (text, options, expected) => {
    expect(toBrf(text, options)).toBe(expected);
  });

  it('[page numbers] pads the page to 25 lines and puts "#A" at the right end of line 25', () => {
    const [page] = pagesOf(toBrf('Halo'));
    expect(page).toHaveLength(25);
    expect(page?.[0]).toBe(',HALO');
    expect(page?.[24]).toBe(' '.repeat(38) + '#A');
  });

  it('wraps at word boundaries: a line holds exactly 40 cells, never 41', () => {
    const word = 'abcdefghi'; // 9 cells; four words and three spaces are 39 cells
    const text = [word, word, word, word + 'j', word].join(' ');
    expect(toBrf(text, { pageNumbers: false })).toBe(
      `ABCDEFGHI ABCDEFGHI ABCDEFGHI ABCDEFGHIJ\r\nABCDEFGHI\r\n`,
    );
  });

  it('keeps the last line of a page short enough for three blank cells and the page number', () => {
    const text = Array.from({ length: 30 }, () => 'kata '.repeat(8).trim()).join('\n');
    const pages = pagesOf(toBrf(text));
    for (const [index, page] of pages.entries()) {
      const number = brfPageNumber(index + 1);
      const last = page.at(-1) ?? '';
      expect(last.endsWith(number)).toBe(true);
      expect(last.slice(0, -number.length)).toMatch(/ {3}$/);
    }
  });

  it('uses the options: 20 cells, 5 lines, no page numbers', () => {
    const brf = toBrf('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas', {
      cellsPerLine: 20,
      linesPerPage: 5,
      pageNumbers: false,
    });
    expect(pagesOf(brf)).toEqual([['SATU DUA TIGA EMPAT', 'LIMA ENAM TUJUH', 'DELAPAN SEMBILAN', 'SEPULUH SEBELAS DUA', 'BELAS']]);
  });

  it('separates pages with one form feed and no form feed after the last page', () => {
    const text = Array.from({ length: 60 }, (_, i) => `baris ${i + 1}`).join('\n');
    const brf = toBrf(text);
    expect(brf.split('\f')).toHaveLength(3);
    expect(brf.endsWith('\f')).toBe(false);
  });

  it.each<[BrfOptions]>([[{ cellsPerLine: 11 }], [{ cellsPerLine: 40.5 }], [{ linesPerPage: 1 }], [{ linesPerPage: 0, pageNumbers: false }]])(
    'refuses the layout %j with a BrfLayoutError',
    (options) => {
      expect(() => toBrf('a', options)).toThrow(BrfLayoutError);
    },
  );

  it('accepts one line per page without page numbers', () => {
    expect(toBrf('a\nb', { linesPerPage: 1, pageNumbers: false })).toBe('A\r\n\fB\r\n');
  });
});

describe('splitLongWord: a word longer than a line', () => {
  it.each([
    ['A'.repeat(100), 40, ['A'.repeat(39) + '-', 'A'.repeat(39) + '-', 'A'.repeat(22)]],
    ['A'.repeat(40), 40, ['A'.repeat(40)]],
    // Cut after one of its own hyphens when there is one in reach.
    [`${'A'.repeat(30)}-${'B'.repeat(30)}`, 40, [`${'A'.repeat(30)}-`, 'B'.repeat(30)]],
    // Never end a line on a prefix cell: the capital sign moves down with its letter.
    [`${'A'.repeat(38)},B${'C'.repeat(10)}`, 40, [`${'A'.repeat(38)}-`, `,B${'C'.repeat(10)}`]],
    ['AAAAAAAAAA#BC', 12, ['AAAAAAAAAA-', '#BC']],
    ['AAAAAAAAA,,BC', 12, ['AAAAAAAAA-', ',,BC']],
  ])('%s in %i cells', (word, cellsPerLine, expected) => {
    const pieces = splitLongWord(word, cellsPerLine);
    expect(pieces).toEqual(expected);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(cellsPerLine);
  });

  it('lays a long URL out over lines that each fit', () => {
    const url = 'https://peraturan.go.id/files/uu-nomor-8-tahun-2016-tentang-penyandang-disabilitas.pdf';
    const lines = pagesOf(toBrf(url, { lang: 'en', pageNumbers: false }))[0] ?? [];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.join('')).toBe(unicodeToBrf(toBraille(url, 'en')));
  });
});

describe.each<[string, BrfOptions]>([
  ['default layout (40 × 25, page numbers)', {}],
  ['32 cells × 20 lines', { cellsPerLine: 32, linesPerPage: 20 }],
  ['no page numbers', { pageNumbers: false }],
])('toBrf over whole real laws: %s', (_name, options) => {
  const cellsPerLine = options.cellsPerLine ?? 40;
  const linesPerPage = options.linesPerPage ?? 25;
  const hasPageNumbers = options.pageNumbers ?? true;

  it.each(SAMPLE_LAWS.map((law) => [law.id, law.text] as const))('[%s]', (_id, text) => {
    const brf = toBrf(text, options);
    // Only ASCII braille cells, CR LF line ends and form feeds.
    expect(isBrf(brf)).toBe(true);
    expect(brf.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const pages = pagesOf(brf);
    expect(pages.length).toBeGreaterThan(1);
    const body: string[] = [];
    pages.forEach((page, index) => {
      if (hasPageNumbers) expect(page).toHaveLength(linesPerPage);
      else expect(page.length).toBeLessThanOrEqual(linesPerPage);
      for (const line of page) expect(line.length).toBeLessThanOrEqual(cellsPerLine);
      if (hasPageNumbers) {
        // Page numbers present and increasing: 1, 2, 3 ... at the right end of the last line.
        const number = brfPageNumber(index + 1);
        const last = page.at(-1) ?? '';
        expect(last.endsWith(number)).toBe(true);
        expect(last.length).toBe(cellsPerLine);
        body.push(...page.slice(0, -1), last.slice(0, -number.length));
      } else body.push(...page);
    });
    // No word split: the words of the BRF are exactly the words of the braille text, in order.
    const words = unicodeToBrf(toBraille(text, 'id')).split(/\s+/).filter(Boolean);
    expect(words.every((word) => word.length <= cellsPerLine)).toBe(true);
    expect(body.join('\n').split(/\s+/).filter(Boolean)).toEqual(words);
  });
});
