import { describe, expect, it } from 'vitest';
import { toBraille } from '../../../a11y/braille/to-braille.ts';
import { brf } from './braille-helpers.ts';

// The six-dot alphabet written out as Unicode cells, independent of the engine's own dot table.
const ALPHABET: [string, string][] = Array.from('abcdefghijklmnopqrstuvwxyz', (letter, i) => [
  letter,
  '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵'.charAt(i),
]);

describe('toBraille: letters a-z (same six-dot alphabet in Braille Indonesia and UEB)', () => {
  it.each(ALPHABET)('[id] %s is %s', (letter, expected) => {
    expect(toBraille(letter, 'id')).toBe(expected);
  });

  it('[en] writes the same alphabet', () => {
    expect(toBraille('abcdefghijklmnopqrstuvwxyz', 'en')).toBe(ALPHABET.map(([, c]) => c).join(''));
  });

  it('[id] a capital letter is the capital sign (dot 6) and the letter', () => {
    expect(toBraille('A', 'id')).toBe('⠠⠁');
  });
});

describe('toBraille (id): capital sign and capital-word sign', () => {
  it.each([
    ['Jakarta', ',JAKARTA'],
    ['Pasal', ',PASAL'],
    ['PENJELASAN', ',,PENJELASAN'],
    ['UU', ',,UU'],
    ['KTP', ',,KTP'],
    ['DKI Jakarta', ',,DKI ,JAKARTA'],
    ['e-KTP', 'E-,,KTP'],
    ['UNDANG-UNDANG', ',,UNDANG-,,UNDANG'],
    ['Undang-Undang', ',UNDANG-,UNDANG'],
    ['BAB I', ',,BAB ,I'],
    ['BAB III', ',,BAB ,,III'],
    ['Bagian Kesatu', ',BAGIAN ,KESATU'],
    ['M E M U T U S K A N', ',M ,E ,M ,U ,T ,U ,S ,K ,A ,N'],
    // Mixed case: Braille Indonesia has no capitals terminator in our sources, so each capital is marked.
    ['KTPnya', ',K,T,PNYA'],
    ['McDonald', ',MC,DONALD'],
    ['iPhone', 'I,PHONE'],
    ["Jum'at", ",JUM'AT"],
    ['Jum\u2019at', ",JUM'AT"],
    ["JUM'AT", ",,JUM'AT"],
  ])('%s is %s', (text, expected) => {
    expect(brf(text, 'id')).toBe(expected);
  });
});

describe('toBraille (en): UEB capitals', () => {
  it.each([
    ['I am', ',I AM'],
    ['USA', ',,USA'],
    ['London', ',LONDON'],
    ['KTPs', ",,KTP,'S"],
    ['iPhone', 'I,PHONE'],
    ['McDonald', ',MC,DONALD'],
    ["DON'T", ",,DON'T"],
    ["don't", "DON'T"],
    ['BPJS Kesehatan', ',,BPJS ,KESEHATAN'],
  ])('%s is %s', (text, expected) => {
    expect(brf(text, 'en')).toBe(expected);
  });
});
