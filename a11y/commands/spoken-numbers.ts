// Numbers as a speech recogniser writes them: digits ("24", "3rd", "ke-3") or words, in Indonesian ("dua puluh
// empat", "seratus lima puluh tiga", "ketiga", "pertama") and English ("twenty four", "a hundred and fifty
// three", "third"). numberizeTokens() replaces each run of number words with its digits, so the grammar's
// patterns only ever see digits. Up to 999 999: enough for Pasal, ayat and list positions.
import type { Language } from '../../content/model/language.ts';

const ID_UNITS: Readonly<Record<string, number>> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};

const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const EN_TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** English ordinal words as their cardinal word ("third" → "three"); an ordinal ends a number. */
const EN_ORDINALS: Readonly<Record<string, string>> = {
  first: 'one', second: 'two', third: 'three', fourth: 'four', fifth: 'five', sixth: 'six', seventh: 'seven',
  eighth: 'eight', ninth: 'nine', tenth: 'ten', eleventh: 'eleven', twelfth: 'twelve', thirteenth: 'thirteen',
  fourteenth: 'fourteen', fifteenth: 'fifteen', sixteenth: 'sixteen', seventeenth: 'seventeen', eighteenth: 'eighteen',
  nineteenth: 'nineteen', twentieth: 'twenty', thirtieth: 'thirty', fortieth: 'forty', fiftieth: 'fifty',
  sixtieth: 'sixty', seventieth: 'seventy', eightieth: 'eighty', ninetieth: 'ninety', hundredth: 'hundred',
};

/** A number read at a token position: its value and the index after its last token. */
interface NumberRead {
  value: number;
  end: number;
  isOrdinal: boolean;
}

/** Replaces number words and ordinals with digit tokens ("buka nomor tiga" → "buka nomor 3"). */
export function numberizeTokens(tokens: readonly string[], lang: Language): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Indonesian "ke 3" / "ke tiga" (the recogniser's "ke-3" after hyphens become spaces): the ordinal marker goes.
    const skipKe = lang === 'id' && tokens[i] === 'ke' && i + 1 < tokens.length && readNumber(tokens, i + 1, lang) ? 1 : 0;
    const read = readNumber(tokens, i + skipKe, lang);
    if (!read) {
      out.push(tokens[i] ?? '');
      i += 1;
      continue;
    }
    out.push(String(read.value));
    i = read.end;
    // "the third one": the pronoun after an English ordinal is not a number.
    if (lang === 'en' && read.isOrdinal && tokens[i] === 'one') i += 1;
  }
  return out;
}

/** Reads one number starting at `start`, or undefined. */
export function readNumber(tokens: readonly string[], start: number, lang: Language): NumberRead | undefined {
  const token = tokens[start];
  if (token === undefined) return undefined;
  const digits = /^(?:ke)?(\d+)(?:st|nd|rd|th)?$/.exec(token);
  if (digits?.[1] !== undefined) return { value: Number(digits[1]), end: start + 1, isOrdinal: digits[0] !== digits[1] };
  return lang === 'id' ? readIndonesian(tokens, start) : readEnglish(tokens, start);
}

function readIndonesian(tokens: readonly string[], start: number): NumberRead | undefined {
  const first = tokens[start] ?? '';
  if (first === 'pertama') return { value: 1, end: start + 1, isOrdinal: true };
  // "ketiga", "kedua belas", "keseratus": the prefix "ke" on the first word makes an ordinal.
  const isOrdinal = first.startsWith('ke') && first.length > 2 && isIndonesianStart(first.slice(2));
  const words = isOrdinal ? [first.slice(2), ...tokens.slice(start + 1)] : tokens.slice(start);
  const read = readIndonesianWords(words);
  return read && { value: read.value, end: start + read.end, isOrdinal };
}

function isIndonesianStart(word: string): boolean {
  return word in ID_UNITS || ['sepuluh', 'sebelas', 'seratus', 'seribu'].includes(word);
}

/** [below-1000 "ribu" | "seribu"] [below-1000]. */
function readIndonesianWords(words: readonly string[]): { value: number; end: number } | undefined {
  let i = 0;
  let thousands = 0;
  if (words[0] === 'seribu') {
    thousands = 1000;
    i = 1;
  } else {
    const group = readIndonesianGroup(words, 0);
    if (group && words[group.end] === 'ribu') {
      thousands = group.value * 1000;
      i = group.end + 1;
    }
  }
  const rest = readIndonesianGroup(words, i);
  if (rest) return { value: thousands + rest.value, end: rest.end };
  return thousands > 0 ? { value: thousands, end: i } : undefined;
}

/** Below 1000: ["seratus" | unit "ratus"] ["sepuluh" | "sebelas" | unit "belas" | unit "puluh" [unit] | unit]. */
function readIndonesianGroup(words: readonly string[], start: number): { value: number; end: number } | undefined {
  let i = start;
  let value = 0;
  const unitAt = (k: number): number | undefined => ID_UNITS[words[k] ?? ''];
  if (words[i] === 'seratus') {
    value = 100;
    i += 1;
  } else if (unitAt(i) !== undefined && words[i + 1] === 'ratus') {
    value = (unitAt(i) ?? 0) * 100;
    i += 2;
  }
  const unit = unitAt(i);
  if (words[i] === 'sepuluh') return { value: value + 10, end: i + 1 };
  if (words[i] === 'sebelas') return { value: value + 11, end: i + 1 };
  if (unit !== undefined && words[i + 1] === 'belas') return { value: value + 10 + unit, end: i + 2 };
  if (unit !== undefined && words[i + 1] === 'puluh') {
    const ones = unitAt(i + 2);
    return ones === undefined ? { value: value + unit * 10, end: i + 2 } : { value: value + unit * 10 + ones, end: i + 3 };
  }
  if (unit !== undefined) return { value: value + unit, end: i + 1 };
  return i > start ? { value, end: i } : undefined;
}

function readEnglish(tokens: readonly string[], start: number): NumberRead | undefined {
  // Map each ordinal word to its cardinal and stop after it.
  const words: string[] = [];
  let ordinalAt = -1;
  for (let k = start; k < tokens.length; k += 1) {
    const word = tokens[k] ?? '';
    const cardinal = EN_ORDINALS[word];
    if (cardinal) {
      words.push(cardinal);
      ordinalAt = words.length;
      break;
    }
    words.push(word);
  }
  const read = readEnglishWords(words);
  if (!read) return undefined;
  // An ordinal counts only when the number ends on it ("twenty fourth"); "first" after a complete number is not ours.
  const isOrdinal = read.end === ordinalAt;
  return { value: read.value, end: start + read.end, isOrdinal };
}

/** [below-1000 "thousand" ["and"]] [below-1000]. */
function readEnglishWords(words: readonly string[]): { value: number; end: number } | undefined {
  let i = 0;
  let thousands = 0;
  const group = readEnglishGroup(words, 0);
  if (group && words[group.end] === 'thousand') {
    thousands = group.value * 1000;
    i = group.end + 1;
    if (words[i] === 'and' && readEnglishGroup(words, i + 1)) i += 1;
  } else if (words[0] === 'a' && words[1] === 'thousand') {
    thousands = 1000;
    i = 2;
  }
  const rest = readEnglishGroup(words, i);
  if (rest) return { value: thousands + rest.value, end: rest.end };
  if (thousands > 0) return { value: thousands, end: i };
  return group;
}

/** Below 1000: [("a" | unit) "hundred" ["and"]] [tens [unit] | teen | unit]. */
function readEnglishGroup(words: readonly string[], start: number): { value: number; end: number } | undefined {
  let i = start;
  let value = 0;
  const head = words[i] ?? '';
  if ((head === 'a' || EN_UNITS[head] !== undefined) && words[i + 1] === 'hundred') {
    value = (head === 'a' ? 1 : (EN_UNITS[head] ?? 0)) * 100;
    i += 2;
    const afterAnd = words[i + 1] ?? '';
    if (words[i] === 'and' && (afterAnd in EN_UNITS || afterAnd in EN_TEENS || afterAnd in EN_TENS)) i += 1;
  }
  const word = words[i] ?? '';
  const tens = EN_TENS[word];
  if (tens !== undefined) {
    const ones = EN_UNITS[words[i + 1] ?? ''];
    return ones !== undefined && ones > 0 ? { value: value + tens + ones, end: i + 2 } : { value: value + tens, end: i + 1 };
  }
  const small = EN_TEENS[word] ?? EN_UNITS[word];
  if (small !== undefined) return { value: value + small, end: i + 1 };
  return i > start ? { value, end: i } : undefined;
}
