// Cleaning a published law text: noise goes, law content stays. The key property is checked on every fixture:
// each letter and digit of the raw text survives, in order, except inside pieces the cleaner reports removing
// (a repeated heading, a page header, a watermark, a page-end catchword), and those pieces are all noise.
import { describe, expect, it } from 'vitest';
import { cleanLawText, type RemovedPiece } from '../../../content/regulation/clean-law-text.ts';
import { parseRegulation } from '../../../content/regulation/parse-regulation.ts';
import { FIXTURE_LAW_IDS, SAMPLE_LAW_IDS, allNodes, loadLaw } from './law-fixtures.ts';

const ALL_IDS = [...SAMPLE_LAW_IDS, ...FIXTURE_LAW_IDS];

function lettersAndDigits(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Walks the letters and digits of `raw` and `cleaned` side by side; where they differ, one reported piece must
 * start in `raw` (found by trying the last few matched characters too, since a piece may begin with the same
 * letters as the text after it). Returns a description of the first unexplained loss, or undefined.
 */
function findUnexplainedLoss(raw: string, cleaned: string, removed: readonly RemovedPiece[]): string | undefined {
  const a = lettersAndDigits(raw);
  const b = lettersAndDigits(cleaned);
  const pieces = new Map<string, number>();
  for (const piece of removed) {
    const key = lettersAndDigits(piece.text);
    if (key) pieces.set(key, (pieces.get(key) ?? 0) + 1);
  }
  // True when `a` from `i` continues like `b` from `j`, possibly after a few more removed pieces in a row.
  const aligns = (from: number, to: number, depth: number): boolean => {
    if (a.slice(from, from + 24) === b.slice(to, to + 24)) return true;
    if (depth === 0) return false;
    for (const [piece, count] of pieces) if (count > 0 && a.startsWith(piece, from) && aligns(from + piece.length, to, depth - 1)) return true;
    return false;
  };
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    let skipped = false;
    for (let back = 0; back <= Math.min(40, j) && !skipped; back += 1) {
      for (const [piece, count] of pieces) {
        if (count === 0 || !a.startsWith(piece, i - back)) continue;
        const resume = i - back + piece.length;
        if (!aligns(resume, j - back, 3)) continue;
        pieces.set(piece, count - 1);
        i = resume;
        j -= back;
        skipped = true;
        break;
      }
    }
    if (!skipped) return `lost "${a.slice(i, i + 40)}" before "${b.slice(j, j + 40)}"`;
  }
  let rest = a.slice(i);
  for (const [piece, count] of pieces) for (let n = 0; n < count; n += 1) rest = rest.replace(piece, '');
  return rest === '' ? undefined : `lost the end "${rest.slice(0, 40)}"`;
}

/** The [start, end) ranges where two texts of the same length differ (a range ends before 8 equal characters). */
function differingRanges(a: string, b: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let index = 0;
  while (index < a.length) {
    if (a[index] === b[index]) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < a.length && a.slice(end, end + 8) !== b.slice(end, end + 8)) end += 1;
    ranges.push([index, end]);
    index = end;
  }
  return ranges;
}

describe('cleanLawText keeps the law', () => {
  it.each(ALL_IDS)('%s: every letter and digit survives in order, except reported noise', (id) => {
    const raw = loadLaw(id).text;
    const { text, removed } = cleanLawText(raw);
    expect(findUnexplainedLoss(raw, text, removed)).toBeUndefined();
  });

  it('the check itself notices a lost word (so the property above is not vacuous)', () => {
    const raw = loadLaw('uu-2011-13').text;
    const { text, removed } = cleanLawText(raw);
    expect(findUnexplainedLoss(raw, text.replace('kesetiakawanan', 'kesetia'), removed)).toMatch(/^lost "kawanan/);
  });

  it.each(ALL_IDS)('%s: what was removed is noise: a repeat of kept text, a page header or a watermark', (id) => {
    const { text, removed } = cleanLawText(loadLaw(id).text);
    const kept = lettersAndDigits(text);
    for (const piece of removed) {
      if (piece.reason === 'duplicate' || piece.reason === 'catchword') expect(kept).toContain(lettersAndDigits(piece.text));
      if (piece.reason === 'page-header') expect(piece.text).toMatch(/^PRESIDEN REPUBLIK INDONESIA ?- ?\d+ ?-$/);
      if (piece.reason === 'watermark') expect(piece.text).toMatch(/hukumonline|bphn|lps\.go\.id|kemenkeu|ditjen|kumham/);
    }
  });

  it.each(ALL_IDS)('%s: one paragraph per line, single spaces, no empty lines', (id) => {
    const { text } = cleanLawText(loadLaw(id).text);
    expect(text).not.toMatch(/ {2}|^ | $|\n\n|\t|\r/m);
  });

  it.each(ALL_IDS)('%s: parsing only turns spaces into line breaks, and rewrites the inverted headings it reports', (id) => {
    const cleaned = cleanLawText(loadLaw(id).text).text;
    const { text: parsed, structure, warnings } = parseRegulation(loadLaw(id).text);
    expect(parsed.length).toBe(cleaned.length);
    // Each rewrite ("26 Pasal" → "Pasal 26") lies in the heading of an article labelled with what it now reads.
    const repairs = differingRanges(parsed.replace(/\n/g, ' '), cleaned.replace(/\n/g, ' '));
    for (const [start, end] of repairs) {
      const article = allNodes(structure).find((node) => node.kind === 'pasal' && node.start === start);
      expect(article && end <= article.bodyStart, `rewrite at ${start}`).toBe(true);
      expect(parsed.slice(start, end).trimEnd()).toBe(article?.label);
    }
    expect(repairs).toHaveLength(warnings.filter((warning) => warning.startsWith('The heading printed')).length);
    expect(repairs).toHaveLength(id === 'uu-2016-8' ? 2 : 0);
  });
});

describe('cleanLawText removes noise', () => {
  it.each(ALL_IDS)('%s: the repeated opening "UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG ..." is gone', (id) => {
    const { text } = cleanLawText(loadLaw(id).text);
    expect(text).not.toMatch(/^(\S+(?: \S+)+) \1 /);
    expect(text).not.toContain('UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG REPUBLIK INDONESIA');
  });

  it('UU 13/2011 starts with its heading, once', () => {
    expect(cleanLawText(loadLaw('uu-2011-13').text).text).toMatch(
      /^UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 13 TAHUN 2011 TENTANG PENANGANAN FAKIR MISKIN\n/,
    );
  });

  it('a first sentence printed twice is kept once (UU 69/1954)', () => {
    const { text } = cleanLawText(loadLaw('uu-1954-69').text);
    expect(text.split('pasal 113 Undang-undang Dasar Sementara').length - 1).toBe(1);
  });

  // [law, noise that must be gone, content that must stay]
  const NOISE: Array<[string, RegExp, string]> = [
    ['uu-1967-10', /hukumonline/, 'PENJELASAN'],
    ['uu-1950-16', /bphn\.go\.id/, 'Pasal 5.'],
    ['uu-2004-24', /www\.lps\.go\.id/, 'Lembaga Penjamin Simpanan'],
    ['uu-1957-11', /Pasal 2…/, 'Pasal 2\nUndang-undang ini mulai berlaku'],
    ['uu-2016-8', /perundang- undangan/, 'perundang-undangan'],
    ['uu-2019-15', /\n\(4\) Sebelum \.\n/, '(4) Sebelum men5rusun'],
  ];
  it.each(NOISE)('%s: %s is gone and "%s" stays', (id, noise, content) => {
    const { text } = cleanLawText(loadLaw(id).text);
    expect(text).not.toMatch(noise);
    expect(text).toContain(content);
  });

  it('keeps a suspended hyphen ("intra- dan antarmoda") and a caret of a power ("10 ^18")', () => {
    const { text } = cleanLawText('keterpaduan intra- dan antarmoda\n1 000 000 = 10 ^6 mega\nCukup ^jelas.');
    expect(text).toBe('keterpaduan intra- dan antarmoda\n1 000 000 = 10 ^6 mega\nCukup jelas.');
  });

  it('drops the scraper\'s markdown but keeps its words', () => {
    const { text, removed } = cleanLawText('dimaksud pada [ayat (1)](/uu/2022/29/pasal-22/ayat-1) dan _(Agreement on Trade)_ ini.');
    expect(text).toBe('dimaksud pada ayat (1) dan (Agreement on Trade) ini.');
    expect(removed).toEqual([{ text: '/uu/2022/29/pasal-22/ayat-1', reason: 'markup' }]);
  });

  it('drops the scraper\'s empty emphasis "__" between words, but keeps longer rules of underscores', () => {
    const { text, removed } = cleanLawText('kerusakan Jalan. __ Pasal 106 __ (1) Setiap orang\nJumlah ________ Rp 5');
    expect(text).toBe('kerusakan Jalan. Pasal 106 (1) Setiap orang\nJumlah ________ Rp 5');
    expect(removed).toEqual([
      { text: '__', reason: 'markup' },
      { text: '__', reason: 'markup' },
    ]);
  });

  it('unifies look-alike characters and joins a word broken at a line end', () => {
    const { text } = cleanLawText('UNDANG\u2010UNDANG\u00a0NOMOR 1\r\nperaturan perundang-\r\nundangan\u200b yang berlaku');
    expect(text).toBe('UNDANG-UNDANG NOMOR 1\nperaturan perundang-undangan yang berlaku');
  });

  it('drops a heading line printed twice in a row but keeps a short repeated list item', () => {
    const { text } = cleanLawText('Mengingat :\nMengingat :\n1. dasar;\nPasal 17\nPasal 17\nIsi.\na. ya;\na. ya;');
    expect(text).toBe('Mengingat :\n1. dasar;\nPasal 17\nIsi.\na. ya;\na. ya;');
  });
});
