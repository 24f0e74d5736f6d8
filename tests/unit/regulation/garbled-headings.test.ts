// Article headings garbled by the source's PDF extraction ("26 Pasal", "8 12 Pasal", "Pasat27", "Pasal, 147") or
// joined to the sentence before them are recovered only as the very next article of the law, where a heading
// can stand, with the article's text after them; references and stray numbers stay text.
import { describe, expect, it } from 'vitest';
import type { RegulationNode } from '../../../content/model/regulation.ts';
import { cleanLawText } from '../../../content/regulation/clean-law-text.ts';
import { findPasal } from '../../../content/regulation/find-in-structure.ts';
import { parseRegulation } from '../../../content/regulation/parse-regulation.ts';
import { allNodes, loadLaw, ownArticles, textOf, validateAsRegulation } from './law-fixtures.ts';

/** A small law: Pasal 1 to `count` printed well, then `body` (which should hold the next article), then `after`. */
function law(body: string, after = 'Pasal 12\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.', count = 10): string {
  const articles = Array.from({ length: count }, (_, index) => `Pasal ${index + 1}\nIsi pasal ${index + 1} berlaku.`);
  return [
    'UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 1 TAHUN 2030 TENTANG CONTOH',
    'MEMUTUSKAN: Menetapkan: UNDANG-UNDANG TENTANG CONTOH.',
    'BAB I KETENTUAN UMUM',
    ...articles,
    body,
    after,
    'Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini.',
  ].join('\n');
}

function articleNumbers(structure: readonly RegulationNode[]): string[] {
  return ownArticles(structure).map((node) => node.number);
}

const ONE_TO_TWELVE = Array.from({ length: 12 }, (_, index) => String(index + 1));

// [how the heading is garbled, Pasal 10's last words and the garbled heading, what Pasal 11's text starts with]
const RECOVERED: Array<[string, string, string]> = [
  ['number before the keyword, after a sentence', 'Selesai. 11 Pasal Setiap orang berhak.', 'Pasal 11\nSetiap orang berhak.'],
  ['number before the keyword, after a Bagian title', 'Bagian Kesatu Hak Warga 11 Pasal Setiap orang berhak.', 'Pasal 11\nSetiap orang berhak.'],
  ['digits split before the keyword', 'Selesai. 1 1 Pasal (1) Setiap orang berhak.', 'Pasal 11 \n(1) Setiap orang berhak.'],
  ['misread keyword "Pasat"', 'Selesai. Pasat11 (1) Setiap orang berhak.', 'Pasat11\n(1) Setiap orang berhak.'],
  ['misread keyword "Pasa]"', 'Selesai. Pasa] 11 Agen wajib terdaftar.', 'Pasa] 11\nAgen wajib terdaftar.'],
  ['keyword split "P asal"', 'Selesai. P asal 11 Setiap orang berhak.', 'P asal 11\nSetiap orang berhak.'],
  ['full stop between keyword and number', 'Selesai. Pasal.11.\n(1) Untuk tiap golongan.', 'Pasal.11.\n(1) Untuk tiap golongan.'],
  ['comma between keyword and number', 'Selesai. Pasal, 11 Tanda bukti hak.', 'Pasal, 11\nTanda bukti hak.'],
  ['caret before the number', 'Selesai. Pasal ^11 Sumber daya manusia.', 'Pasal ^11\nSumber daya manusia.'],
  ['number in OCR letters "l l"', 'Selesai. Pasal l l (1) Perusahaan wajib.', 'Pasal l l\n(1) Perusahaan wajib.'],
  ['number in OCR letters "I 1"', 'Selesai. Pasal I 1 Penyusunan rencana.', 'Pasal I 1\nPenyusunan rencana.'],
  ['behind the scraper\'s empty emphasis (which the cleaner drops)', 'Selesai. __ Pasal 11 __ (1) Setiap orang berhak.', 'Pasal 11\n(1) Setiap orang berhak.'],
  ['behind a page number', 'Selesai. - 31 - Pasal 11 Setiap orang berhak.', 'Pasal 11\nSetiap orang berhak.'],
  ['behind ayat numbers OCR moved', 'Selesai.\n(1) (2) Pasal 11 Setiap orang berhak.', 'Pasal 11\nSetiap orang berhak.'],
  ['joined to a sentence without its full stop, "(1)" next', 'Diatur oleh Menteri Pasal 11.\n(1) Setiap orang berhak.', 'Pasal 11.\n(1) Setiap orang berhak.'],
  ['joined to a sentence without its full stop, after a plain word', 'Ketua mengatur tugas para hakim Pasal 11 Ketua membagikan berkas.', 'Pasal 11\nKetua membagikan berkas.'],
];

describe('garbled article headings are recovered as the next article', () => {
  it.each(RECOVERED)('%s', (_how, body, start) => {
    const input = law(body);
    const result = parseRegulation(input);
    expect(articleNumbers(result.structure)).toEqual(ONE_TO_TWELVE);
    const article = findPasal(result.structure, '11');
    expect(article && textOf(result.text, article).startsWith(start), article && textOf(result.text, article)).toBe(true);
    expect(validateAsRegulation({ id: 'uu-2030-1', jenis: 'UU', nomor: '1', tahun: 2030, judul: 'CONTOH', text: input }, result).success).toBe(true);
  });

  it('reads split digits in the order that gives the next number: "2 1 Pasal" after Pasal 11 is Pasal 12 (UU 8/2016\'s "8 12 Pasal")', () => {
    const { text, structure } = parseRegulation(law('Selesai. 2 1 Pasal (1) Setiap orang berhak.', 'Pasal 13\nIsi.', 11));
    expect(articleNumbers(structure)).toEqual([...ONE_TO_TWELVE, '13']);
    const article = findPasal(structure, '12');
    expect(article && textOf(text, article)).toBe('Pasal 12 \n(1) Setiap orang berhak.');
  });

  it('takes a letter-suffixed number as next in sequence: "Pasat10A" after Pasal 10', () => {
    const { structure } = parseRegulation(law('Selesai. Pasat10A Setiap orang berhak.', 'Pasal 11\nIsi.\nPasal 12\nIsi.'));
    expect(articleNumbers(structure)).toEqual([...ONE_TO_TWELVE.slice(0, 10), '10A', '11', '12']);
  });

  it('labels the recovered article with its number, and rewrites an inverted heading in place (same length)', () => {
    const input = law('Selesai. 1 1 Pasal (1) Setiap orang berhak.');
    const { text, structure, warnings } = parseRegulation(input);
    const article = findPasal(structure, '11');
    expect(article?.label).toBe('Pasal 11');
    // "1 1 Pasal" is one character longer than "Pasal 11": the padding space ends the heading's line.
    expect(article && text.slice(article.start, article.bodyStart)).toBe('Pasal 11 \n');
    expect(warnings).toContain('The heading printed "1 1 Pasal" was read as "Pasal 11".');
  });
});

// [why it stays text, Pasal 10's last words (holding no heading for Pasal 11), what comes after, own articles]
const NOT_HEADINGS: Array<[string, string, string, string[]]> = [
  ['a reference to the next number', 'Sebagaimana dimaksud dalam Pasal 11. Setiap orang berhak.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  ['a reference after ayat', 'Sebagaimana dimaksud pada ayat (1) Pasal 11. Setiap orang berhak.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  ['a number in running text before "Pasal"', 'Undang-Undang ini memuat 11 Pasal Yang berlaku.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  ['an inverted heading that is not the next number', 'Selesai. 30 Pasal Setiap orang berhak.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  ['an inverted heading followed by small letters', 'Selesai. 11 Pasal dari undang-undang ini.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  ['a garbled heading when the real one follows', 'Selesai. 11 Pasal Setiap orang berhak.', 'Pasal 11\nIsi.\nPasal 12\nIsi.', ONE_TO_TWELVE],
  ['a roman numeral that names another law\'s article', 'Selesai. Pasal II Aturan Peralihan tetap berlaku.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  ['a misread keyword before a law\'s name', 'Selesai. Pasat 11 Undang-Undang Nomor 9 Tahun 2000 tetap berlaku.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  ['a small "pasal" joined to a sentence', 'Ketua mengatur tugas para hakim pasal 11 Ketua membagikan berkas.', 'Pasal 12\nIsi.', [...ONE_TO_TWELVE.slice(0, 10), '12']],
  [
    'an article quoted by an amendment',
    'Ketentuan Pasal 11 Undang-Undang Nomor 9 Tahun 2000 diubah sehingga berbunyi sebagai berikut: (1) Pasal 11 Setiap orang wajib.',
    'Pasal 12\nIsi.',
    [...ONE_TO_TWELVE.slice(0, 10), '12'],
  ],
];

describe('stray numbers and references stay text', () => {
  it.each(NOT_HEADINGS)('%s', (_why, body, after, numbers) => {
    const input = law(body, after);
    const result = parseRegulation(input);
    expect(articleNumbers(result.structure)).toEqual(numbers);
    // Nothing is rewritten: the text is the cleaned text but for line breaks.
    expect(result.text.replace(/\n/g, ' ')).toBe(cleanLawText(input).text.replace(/\n/g, ' '));
    expect(result.warnings.filter((warning) => warning.startsWith('The heading printed'))).toEqual([]);
  });
});

describe('UU 8/2016: the two garbled headings of the sample law', () => {
  const { text, structure, warnings } = parseRegulation(loadLaw('uu-2016-8').text);

  // [article, its part's label, the part's title, what the article's text starts with]
  const CASES: Array<[string, string, string, string]> = [
    [
      '26',
      'Bagian Kedua Puluh Dua',
      'Hak Bebas dari Diskriminasi, Penelantaran, Penyiksaan, dan Eksploitasi',
      'Pasal 26\nHak bebas dari Diskriminasi, penelantaran, penyiksaan, dan eksploitasi untuk Penyandang Disabilitas',
    ],
    [
      '128',
      'Bagian Kesembilan Belas',
      'Pelindungan dari Tindakan Diskriminasi, Penelantaran, Penyiksaan, dan Eksploitasi',
      'Pasal 128 \n(1) Pemerintah dan Pemerintah Daerah memfasilitasi Penyandang Disabilitas untuk bersosialisasi',
    ],
  ];
  it.each(CASES)('Pasal %s opens %s ("%s"), on its own line, read "Pasal N"', (number, part, title, start) => {
    const article = findPasal(structure, number);
    expect(article?.label).toBe(`Pasal ${number}`);
    expect(article && textOf(text, article).startsWith(start), article && textOf(text, article).slice(0, 120)).toBe(true);
    expect(text[(article?.start ?? 0) - 1]).toBe('\n');
    const parent = allNodes(structure).find((node) => node.kind === 'bagian' && node.children.includes(article as RegulationNode));
    expect(parent?.label).toBe(part);
    expect(parent?.title).toBe(title);
  });

  it('names both repairs in its warnings', () => {
    expect(warnings).toEqual([
      'The heading printed "26 Pasal" was read as "Pasal 26".',
      'The heading printed "8 12 Pasal" was read as "Pasal 128".',
    ]);
  });

  it('keeps the articles before them whole: Pasal 25 and 127 end where their part or article ends', () => {
    expect(textOf(text, findPasal(structure, '25') as RegulationNode)).toMatch(/sesuai dengan ketentuan peraturan perundang-undangan\.$/);
    expect(textOf(text, findPasal(structure, '127') as RegulationNode)).toMatch(/yang menjadi korban kekerasan\.$/);
  });
});
