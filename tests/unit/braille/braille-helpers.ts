// Expected braille in the tests is written in ASCII braille (BRF letters), one character per cell:
// "," capital sign, "#" number sign, ";" letter sign, "'" dot 3, "1" dot 2, "4" dots 2-5-6, "7" dots 2-3-5-6...
import { unicodeToBrf } from '../../../a11y/braille/ascii-braille.ts';
import type { BrailleLanguage } from '../../../a11y/braille/braille-language.ts';
import { toBraille } from '../../../a11y/braille/to-braille.ts';

/** toBraille, shown as ASCII braille. */
export function brf(text: string, lang: BrailleLanguage): string {
  return unicodeToBrf(toBraille(text, lang));
}
