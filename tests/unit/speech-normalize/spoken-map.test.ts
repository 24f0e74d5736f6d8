// Properties of the map from spoken text back to the source: the speech owner maps every boundary event
// through it to highlight the word on screen, so it must hold for any text, not only the examples.
import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../a11y/speech/normalize/normalize-for-speech.ts';
import { sourceOffsetAt, type SpokenText } from '../../../a11y/speech/spoken-text.ts';
import { loadContentTexts, loadLawTexts } from './source-texts.ts';

/** The spoken text of each piece. */
function pieceTexts(spoken: SpokenText): string[] {
  return spoken.pieces.map((piece, index) =>
    spoken.text.slice(piece.spokenStart, spoken.pieces[index + 1]?.spokenStart ?? spoken.text.length));
}

/** Checks every structural promise of SpokenText; returns the number of broken ones (0 when all hold). */
function brokenPromises(source: string, spoken: SpokenText): string[] {
  const broken: string[] = [];
  const texts = pieceTexts(spoken);
  if (spoken.text.length > 0 && spoken.pieces[0]?.spokenStart !== 0) broken.push('first piece does not start at 0');
  spoken.pieces.forEach((piece, index) => {
    const previous = spoken.pieces[index - 1];
    const said = texts[index]!;
    const written = source.slice(piece.sourceStart, piece.sourceEnd);
    if (said.length === 0) broken.push(`piece ${index} says nothing`);
    if (piece.sourceStart < 0 || piece.sourceEnd > source.length || piece.sourceStart > piece.sourceEnd) {
      broken.push(`piece ${index} has source range [${piece.sourceStart}, ${piece.sourceEnd}) outside the input`);
    }
    if (previous && piece.sourceStart < previous.sourceEnd) broken.push(`piece ${index} goes back in the source`);
    if (said !== written && sourceOffsetAt(spoken, piece.spokenStart) !== piece.sourceStart) {
      broken.push(`rewritten piece ${index} (${JSON.stringify(said)}) does not map back to its token`);
    }
  });
  return broken;
}

describe('the spoken map', () => {
  it('is empty for an empty string', () => {
    expect(normalizeForSpeech('', 'id')).toEqual({ text: '', pieces: [] });
    expect(normalizeForSpeech('', 'en')).toEqual({ text: '', pieces: [] });
  });

  it('is empty for whitespace only', () => {
    expect(normalizeForSpeech(' \n\t ', 'id')).toEqual({ text: '', pieces: [] });
  });

  it.each([
    ['id', 'Penerima dipilih oleh Kementerian Sosial dari data tersebut.'],
    ['id', 'Gratis. Jangan membayar siapa pun untuk didaftarkan atau untuk mengambil bantuan.'],
    ['en', 'Free. Do not pay anyone to register you or to collect the assistance.'],
  ] as const)('[%s] returns text with nothing to rewrite unchanged, as one piece: %j', (lang, text) => {
    expect(normalizeForSpeech(text, lang)).toEqual({
      text,
      pieces: [{ spokenStart: 0, sourceStart: 0, sourceEnd: text.length }],
    });
  });

  it('maps the first word of every rewritten token to the start of that token', () => {
    const source = 'Bayar Rp600.000,00 (enam ratus ribu rupiah) di kantor KTP-el pukul 08.00 WIB.';
    const spoken = normalizeForSpeech(source, 'id');
    expect(spoken.text).toBe('Bayar enam ratus ribu rupiah di kantor ka te pe el pukul delapan waktu Indonesia barat.');
    const sourceOf = (word: string): number => sourceOffsetAt(spoken, spoken.text.indexOf(word));
    expect(sourceOf('enam')).toBe(source.indexOf('Rp'));
    expect(sourceOf('ka te')).toBe(source.indexOf('KTP'));
    expect(sourceOf('delapan')).toBe(source.indexOf('08.00'));
    expect(sourceOf('waktu')).toBe(source.indexOf('WIB'));
  });

  it('maps every offset inside unchanged text exactly', () => {
    const source = 'Pasal 5 ayat (2) huruf b berlaku  sejak tanggal 17/08/2025.';
    const spoken = normalizeForSpeech(source, 'id');
    expect(spoken.text).toBe('Pasal lima ayat dua huruf b berlaku sejak tanggal tujuh belas Agustus dua ribu dua puluh lima.');
    for (const word of ['Pasal', 'ayat', 'huruf', 'berlaku', 'sejak', 'tanggal']) {
      expect(sourceOffsetAt(spoken, spoken.text.indexOf(word))).toBe(source.indexOf(word));
    }
    expect(sourceOffsetAt(spoken, spoken.text.length - 1)).toBe(source.length - 1);
  });

  it('keeps the map inside a rewritten token for words after its first', () => {
    const source = 'denda Rp5.000.000,00 (lima juta rupiah).';
    const spoken = normalizeForSpeech(source, 'id');
    const tokenEnd = source.indexOf(')') + 1;
    const offset = sourceOffsetAt(spoken, spoken.text.indexOf('juta'));
    expect(offset).toBeGreaterThan(source.indexOf('Rp'));
    expect(offset).toBeLessThan(tokenEnd);
  });

  it('inserts a space of its own where a rewrite meets a word ("28H"), mapped to an empty source range', () => {
    const spoken = normalizeForSpeech('Pasal 28H', 'id');
    expect(spoken.text).toBe('Pasal dua puluh delapan H');
    expect(spoken.pieces).toEqual([
      { spokenStart: 0, sourceStart: 0, sourceEnd: 6 },
      { spokenStart: 6, sourceStart: 6, sourceEnd: 8 },
      { spokenStart: 23, sourceStart: 8, sourceEnd: 8 },
      { spokenStart: 24, sourceStart: 8, sourceEnd: 9 },
    ]);
  });

  it.each(loadLawTexts().map((law) => [law.id, law.text] as const))('holds on the whole of %s', (_id, text) => {
    const spoken = normalizeForSpeech(text, 'id');
    expect(brokenPromises(text, spoken)).toEqual([]);
  });

  it.each(['id', 'en'] as const)('holds on every %s text of the sample programs and notices', (lang) => {
    for (const text of loadContentTexts(lang)) {
      expect(brokenPromises(text, normalizeForSpeech(text, lang)), text).toEqual([]);
    }
  });

  it.each(['id', 'en'] as const)('completes on 100 KB of mixed text in %s', (lang) => {
    const sample = [
      'Pasal 5 ayat (2) huruf b: denda Rp50.000.000,00 (lima puluh juta rupiah) dan/atau 5% (lima persen).',
      '• Hubungi 0812-3456-7890 atau Care Center 165, buka 08.00–16.00 WIB, 17/08/2025.',
      '1. KTP-el, KK, NIK di cekbansos.kemensos.go.id atau info@perpus.go.id; ke-3, 2,5 kg, dll.',
      'BAB XIV KETENTUAN PENUTUP   UU No. 8/2016 & Perpres Nomor 82 Tahun 2018, RT/RW 003/005.',
    ].join('\n');
    const text = sample.repeat(Math.ceil(100_000 / sample.length));
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const spoken = normalizeForSpeech(text, lang);
    expect(brokenPromises(text, spoken)).toEqual([]);
    expect(spoken.text.length).toBeGreaterThan(100_000);
  });
});
