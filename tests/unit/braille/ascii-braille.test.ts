import { describe, expect, it } from 'vitest';
import {
  ASCII_BRAILLE_CHARS,
  brfToUnicode,
  isBrf,
  unicodeToBrf,
} from '../../../a11y/braille/ascii-braille.ts';
import { BrfEncodingError } from '../../../a11y/braille/braille-error.ts';
import { cell, dotsOf } from '../../../a11y/braille/cells.ts';
import { toBraille } from '../../../a11y/braille/to-braille.ts';
import { SAMPLE_LAWS } from './law-texts.ts';

// North American ASCII braille for U+2800..U+283F, in Unicode order: the well-known 64-character string.
const NABCC_IN_UNICODE_ORDER = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";
const ALL_CELLS = Array.from({ length: 64 }, (_, bits) => String.fromCharCode(0x2800 + bits));

describe('unicodeToBrf / brfToUnicode', () => {
  it('matches the standard ASCII braille string for all 64 cells', () => {
    expect(unicodeToBrf(ALL_CELLS.join(''))).toBe(NABCC_IN_UNICODE_ORDER);
    expect([...ASCII_BRAILLE_CHARS].sort().join('')).toBe([...NABCC_IN_UNICODE_ORDER].sort().join(''));
  });

  it.each(ALL_CELLS.map((unicode, bits) => [bits, unicode] as const))(
    'cell %i round-trips Unicode → BRF → Unicode',
    (_bits, unicode) => {
      const ascii = unicodeToBrf(unicode);
      expect(ascii).toHaveLength(1);
      expect(brfToUnicode(ascii)).toBe(unicode);
    },
  );

  it.each([
    ['1345', '⠝'],
    ['6', '⠠'],
    ['3456', '⠼'],
    ['', '⠀'],
  ])('cell("%s") is %s and dotsOf reads it back', (dots, unicode) => {
    expect(cell(dots)).toBe(unicode);
    expect(dotsOf(unicode)).toBe(dots);
  });

  it('reads lower-case BRF and ` { | } ~ like their upper-case partners', () => {
    expect(brfToUnicode('abc`{|}~')).toBe(brfToUnicode('ABC@[\\]^'));
  });

  it('passes CR, LF and FF through, and reads the space as the blank cell', () => {
    expect(brfToUnicode('A B\r\n\f')).toBe('⠁⠀⠃\r\n\f');
    expect(unicodeToBrf('⠁ ⠃\r\n\f⠀')).toBe('A B\r\n\f ');
  });

  it.each([['a'], ['é'], ['⡀ (dot 7)'], ['\t']])('unicodeToBrf refuses %j', (text) => {
    expect(() => unicodeToBrf(text)).toThrow(BrfEncodingError);
  });

  it.each([['é'], ['\t'], ['\u2800']])('brfToUnicode refuses %j', (text) => {
    expect(() => brfToUnicode(text)).toThrow(BrfEncodingError);
  });

  it('names its error class', () => {
    expect(() => unicodeToBrf('x')).toThrow(/not a six-dot braille cell/);
    try {
      unicodeToBrf('x');
    } catch (error) {
      expect((error as Error).name).toBe('BrfEncodingError');
    }
  });

  it.each(SAMPLE_LAWS.map((law) => [law.id, law.text] as const))(
    '[%s] the whole law round-trips Unicode ↔ BRF',
    (_id, text) => {
      const braille = toBraille(text, 'id');
      const ascii = unicodeToBrf(braille);
      expect(isBrf(ascii)).toBe(true);
      expect(brfToUnicode(ascii)).toBe(braille.replaceAll(' ', '\u2800'));
    },
  );
});
