import { describe, expect, it } from 'vitest';
import type { Language } from '../../../content/model/language.ts';
import { numberizeTokens } from '../../../a11y/commands/spoken-numbers.ts';

describe('numberizeTokens', () => {
  it.each<[Language, string, string]>([
    ['id', 'satu', '1'],
    ['id', 'sembilan', '9'],
    ['id', 'sepuluh', '10'],
    ['id', 'sebelas', '11'],
    ['id', 'dua belas', '12'],
    ['id', 'sembilan belas', '19'],
    ['id', 'dua puluh', '20'],
    ['id', 'dua puluh empat', '24'],
    ['id', 'seratus', '100'],
    ['id', 'seratus lima puluh tiga', '153'],
    ['id', 'dua ratus sebelas', '211'],
    ['id', 'seribu', '1000'],
    ['id', 'tiga ribu empat ratus lima', '3405'],
    ['id', 'ke 3', '3'],
    ['id', 'ketiga', '3'],
    ['id', 'kedua belas', '12'],
    ['id', 'pertama', '1'],
    ['id', 'ke3', '3'],
    ['id', 'pasal dua puluh empat ayat dua', 'pasal 24 ayat 2'],
    ['id', 'ke beranda', 'ke beranda'],
    ['id', 'kembali', 'kembali'],
    ['id', 'satu dua', '1 2'],
    ['en', 'one', '1'],
    ['en', 'eleven', '11'],
    ['en', 'twenty four', '24'],
    ['en', 'ninety', '90'],
    ['en', 'a hundred and fifty three', '153'],
    ['en', 'one hundred fifty three', '153'],
    ['en', 'two thousand and five', '2005'],
    ['en', 'third', '3'],
    ['en', 'the third one', 'the 3'],
    ['en', 'twenty fourth', '24'],
    ['en', '3rd', '3'],
    ['en', 'a cat', 'a cat'],
    ['en', 'and one', 'and 1'],
  ])('%s: "%s" → "%s"', (lang, words, expected) => {
    expect(numberizeTokens(words.split(' '), lang).join(' ')).toBe(expected);
  });
});
