// Whatever staff paste in, the parser returns (never throws) and its offsets satisfy regulationSchema, on large
// inputs too. Speed and linearity are not asserted here (shared machines make timings noisy): the corpus
// benchmark measures them (`npx tsx scripts/bench/parse-corpus.ts`, its `linearity` figure).
import { describe, expect, it } from 'vitest';
import type { RegulationNode } from '../../../content/model/regulation.ts';
import { parseRegulation } from '../../../content/regulation/parse-regulation.ts';
import { validateAsRegulation } from './law-fixtures.ts';

/** A small deterministic generator (mulberry32), so a failing input can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces of law text, so random input hits every rule of the parser.
const PIECES = [
  'Pasal ', 'PASAL ', 'pasal ', 'BAB ', 'B A B ', 'Bagian Kedua ', 'Paragraf ', '(1) ', '(2)', 'a. ', 'b. ', '1. ', '2) ',
  'I', 'II', 'XA', '5A', '28H', '2O', '1 1', ' ', ' ', '\n', '\n', '. ', '; ', ': ', '"', '“', '…', '...', '^', '-',
  'Undang-Undang ', 'ini ', 'ayat ', 'dan ', 'sebagaimana dimaksud dalam ', 'berbunyi sebagai berikut:', 'Ketentuan ',
  'diubah ', 'dihapus ', 'MEMUTUSKAN:', 'Menetapkan :', 'Agar setiap orang mengetahuinya', 'Disahkan di Jakarta',
  'PENJELASAN ATAS UNDANG-UNDANG', 'I. UMUM', 'II. PASAL DEMI PASAL', 'Cukup jelas.', 'www.hukumonline.com',
  'PRESIDEN REPUBLIK INDONESIA -5-', 'UNDANG-UNDANG REPUBLIK INDONESIA ', 'KETENTUAN UMUM', 'Kesatu', 'Pertama',
];

function lawLikeNoise(length: number, seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = next();
    const part = roll < 0.6 ? (PIECES[Math.floor(next() * PIECES.length)] ?? '') : roll < 0.8 ? String(Math.floor(next() * 300)) : 'kata ';
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function randomCharacters(length: number, seed: number): string {
  const next = random(seed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n\t().,;:"-…^“”\u00a0\u00ad\u200b';
  let out = '';
  for (let index = 0; index < length; index += 1) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

function checkOffsets(nodes: readonly RegulationNode[], limit: number, floor: number): void {
  let previousEnd = floor;
  for (const node of nodes) {
    expect(previousEnd <= node.start && node.start <= node.bodyStart && node.bodyStart <= node.end && node.end <= limit).toBe(true);
    checkOffsets(node.children, node.end, node.bodyStart);
    previousEnd = node.end;
  }
}

const LAW = { id: 'uu-2030-1', jenis: 'UU', nomor: '1', tahun: 2030, judul: 'CONTOH', text: '' };

// [name, input]
const INPUTS: Array<[string, string]> = [
  ['an empty text', ''],
  ['only whitespace', '  \n\t \r\n  '],
  ['one word', 'hello'],
  ['a lone keyword', 'Pasal'],
  ['a lone heading', 'Pasal 1'],
  ['a chapter without articles', 'BAB I KETENTUAN UMUM'],
  ['headings only', 'BAB I\nPasal 1\nPasal 2\nBAB II\nBagian Kesatu\nParagraf 1\nPasal 3'],
  ['an amendment without end', 'Pasal I\nBeberapa ketentuan diubah sebagai berikut:\n1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut: Pasal 5'],
  ['a penjelasan without a body', 'PENJELASAN ATAS UNDANG-UNDANG NOMOR 1\nPasal 1\nCukup jelas.'],
  ['100,000 opening parentheses', '('.repeat(100_000)],
  ['"Pasal " 100,000 times', 'Pasal '.repeat(100_000)],
  ['Pasal 1 to 20,000 in order', Array.from({ length: 20_000 }, (_, index) => `Pasal ${index + 1}\nIsi.`).join('\n')],
  ['law-like noise (200 k)', lawLikeNoise(200_000, 7)],
  ['law-like noise (200 k, another seed)', lawLikeNoise(200_000, 42)],
  ['random characters (1 MB)', randomCharacters(1_000_000, 1)],
];

describe('parseRegulation on any input', () => {
  it.each(INPUTS)('%s: returns, with valid offsets', (_name, input) => {
    const result = parseRegulation(input);
    checkOffsets(result.structure, result.text.length, 0);
    if (result.text !== '') {
      const check = validateAsRegulation({ ...LAW, text: input }, result);
      expect(check.success).toBe(true);
    }
    expect(result.warnings.every((warning) => !warning.startsWith('Structure dropped'))).toBe(true);
  });

  it('an empty text gives an empty structure and says so', () => {
    expect(parseRegulation('')).toEqual({ text: '', structure: [], warnings: ['The text is empty.'] });
  });

  it('a text without any article is one pembukaan node, with a warning', () => {
    const result = parseRegulation('hello');
    expect(result.structure.map((node) => node.kind)).toEqual(['pembukaan']);
    expect(result.warnings).toContain('No Pasal heading was found.');
  });

  it('gives a long run of well-printed articles its structure: "Pasal 1" to "Pasal 5000" (the highest number read)', () => {
    const input = Array.from({ length: 5_000 }, (_, index) => `Pasal ${index + 1}\nIsi ${index + 1}.`).join('\n');
    const { text, structure } = parseRegulation(input);
    expect(structure.map((node) => node.label)).toEqual(Array.from({ length: 5_000 }, (_, index) => `Pasal ${index + 1}`));
    const last = structure.at(-1);
    expect(last && text.slice(last.start, last.end)).toBe('Pasal 5000\nIsi 5000.');
  });
});
