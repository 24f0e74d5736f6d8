// Abbreviations that a full stop does not end a sentence after. Only the ones that are always followed by
// more of the same sentence belong here (titles, addresses, "No. 8"): "dll.", "dsb.", "dst.", "tsb.", "etc."
// and degrees ("S.H.", "M.Si.") may end a sentence, and the segmenter already keeps them inside one when the
// next word starts with a small letter ("dll. yang ...", "S.H., M.Si. dan ..."), which is how they are used
// inside a sentence. Entries are lower case, without the final full stop, inner full stops kept ("a.n").
import type { Language } from '../../content/model/language.ts';

/** Indonesian: titles, names, addresses, letters and legal references. */
const INDONESIAN: readonly string[] = [
  // titles and forms of address ("H." for haji is a single capital: an initial)
  'prof', 'dr', 'drs', 'dra', 'ir', 'hj', 'kh', 'k.h', 'tn', 'ny', 'nn', 'sdr', 'sdri', 'bpk', 'bp', 'yth', 'ytc',
  // names
  'moh', 'muh', 'mhd', 'moch', 'abd',
  // addresses
  'jl', 'jln', 'gg', 'kab', 'kec', 'kel', 'ds', 'kp', 'prov', 'rt', 'rw', 'no', 'blk', 'lt',
  // letters, forms, references
  'a.n', 'u.p', 'u.b', 'hlm', 'hal', 'lamp', 'telp', 'tlp', 'fax', 'tgl', 'th', 'thn', 'ttd', 's.d', 'a.l', 'nmr', 'rp', 'jo',
  // older laws: Staatsblad, Lembaran Negara, casu quo, ad interim, "ps." for pasal
  'stbl', 'ln', 'tln', 'cq', 'q.q', 'a.i', 'ps',
];

/** English: titles, references, months. */
const ENGLISH: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'no', 'nos', 'vs', 'e.g', 'i.e', 'cf', 'fig', 'vol', 'p', 'pp', 'ch', 'approx',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'col', 'lt', 'sgt', 'rev', 'hon',
];

// English text on this kiosk still names Indonesian places and people ("Jl. Merdeka", "Hj. Siti"), so English
// gets both lists; Indonesian text gets its own list only.
const BY_LANGUAGE: Record<Language, ReadonlySet<string>> = {
  id: new Set(INDONESIAN),
  en: new Set([...ENGLISH, ...INDONESIAN]),
};

/** The abbreviations (lower case, no final full stop) after which a full stop never ends a sentence. */
export function abbreviationsFor(lang: Language): ReadonlySet<string> {
  return BY_LANGUAGE[lang];
}

/** Words that name a legal unit before its number: "Pasal 5.", "ayat (1).", "Nomor 8.". */
export const LEGAL_REFERENCE_WORDS: ReadonlySet<string> = new Set(['pasal', 'ayat', 'huruf', 'angka', 'nomor', 'no', 'no.', 'bab', 'butir', 'article', 'section']);

/** Words that continue a legal reference after its number: "Pasal 5. ayat (2)", "Nomor 8. Tahun 2016". */
export const REFERENCE_CONTINUATIONS: ReadonlySet<string> = new Set([
  'ayat', 'huruf', 'angka', 'tahun', 'jo', 'jo.', 'juncto', 'sampai', 's.d.', 'dan', 'atau', 'serta', 'tentang',
]);

/** Words after which a short number or letter is a list item marker: "...; dan v. ...". */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['dan', 'atau', 'dan/atau', 'serta', 'and', 'or']);
