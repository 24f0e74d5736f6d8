// Symbols between words and numbers: "desa/kelurahan" → "desa atau kelurahan", "5–10" → "lima sampai
// sepuluh", "KTP & KK" → "ka te pe dan ka ka". Voices read "/" as "garis miring" or "slash", which
// turns "kabupaten/kota" into noise.
import { isWordChar, single, type Rewrite, type ScanContext } from './rule.ts';

function neighbour(source: string, from: number, step: 1 | -1): string | undefined {
  let index = from;
  while (source[index] === ' ' || source[index] === '_') index += step;
  return source[index];
}

const DIGIT = /\d/;

/** Rule: "/" between words, a dash between numbers, or "&". */
export function symbolRule(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const char = source[at];
  if (char === '&' && isWordChar(neighbour(source, at - 1, -1)) && isWordChar(neighbour(source, at + 1, 1))) {
    return single(at, at + 1, lang.words.and);
  }
  const before = neighbour(source, at - 1, -1) ?? '';
  const after = neighbour(source, at + 1, 1) ?? '';
  // "(APBN)/Anggaran" counts too: a bracket closes a word as well as a letter does.
  if (char === '/' && /[\p{L})]/u.test(before) && /[\p{L}(]/u.test(after)) return single(at, at + 1, lang.words.or);
  // "_set off_": markdown emphasis in imported law text; a voice would say "underscore".
  if (char === '_' && !(isWordChar(source[at - 1]) && isWordChar(source[at + 1]))) return single(at, at + 1, '');
  // A dash between two numbers is a range ("Pasal 5-7", "08.00–16.00").
  if ((char === '-' || char === '–' || char === '—') && DIGIT.test(before) && DIGIT.test(after)) {
    return single(at, at + 1, lang.words.to);
  }
  return null;
}
