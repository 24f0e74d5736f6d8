// Finds every place in a cleaned law text that LOOKS like a unit heading, with the context the selector needs
// to tell a heading ("Pasal 5" starting an article) from a reference ("sebagaimana dimaksud dalam Pasal 5").
// Headings the PDF extraction garbled ("26 Pasal", "Pasat27") are found by garbled-headings.ts.
import type { GarbledHeading } from './garbled-headings.ts';
import {
  singleArticleNumber,
  parseArticleNumber,
  parseChapterNumber,
  parseParagraphNumber,
  parsePartNumber,
  type UnitNumber,
} from './law-numbers.ts';

/** A structural heading kind the scanner looks for. */
export type HeadingKind = 'bab' | 'bagian' | 'paragraf' | 'pasal';

/** Where a candidate sits, strongest evidence first. */
export type Placement = 'alone' | 'line-start' | 'after-sentence' | 'mid-sentence';

/** One place that looks like a heading. */
export interface HeadingCandidate {
  kind: HeadingKind;
  /** Offset of the keyword. */
  start: number;
  /** Offset just after the number and any "." or ":" printed after it. */
  labelEnd: number;
  /** "Pasal 28H", "BAB VI", "Bagian Kedua Belas" (whitespace normalised, as printed otherwise). */
  label: string;
  number: UnitNumber;
  placement: Placement;
  /**
   * How strongly the words after the number read as a reference: 'strong' for "Pasal 5 ayat (2)", "Pasal 5 dan
   * Pasal 6"; 'weak' for "Pasal 1 Undang-undang Darurat ..." (a reference, or the first words of an article).
   */
  reference: 'none' | 'weak' | 'strong';
  /** Set on a garbled article heading (garbled-headings.ts), taken only as the very next article. */
  garbled?: GarbledHeading;
}

// Keyword and number of each kind. Kept as separate scans (each linear) because their case rules differ.
const PATTERNS: ReadonlyArray<{ kind: HeadingKind; pattern: RegExp; parse: (token: string) => UnitNumber | undefined }> = [
  {
    kind: 'pasal',
    // OCR readings of "Pasal" in the corpus: "Pasa1" (112 times), "Pasai" (34), "PasaI" (8). "Pasal 1 1" and
    // "Pasal 1 10A" are OCR splits of 11 and 110A (taken only where an article's text starts: "(1)", a capital).
    pattern: /\b(?:Pasal|PASAL|Pasai|Pasa1|PasaI|pasal) ([1-9](?: ?[0-9]){1,2}[A-Z]?(?= \(| \p{Lu}|\n|$)|[0-9]{1,3} [A-H](?= \(|\n|$)|[0-9OIlT]*[0-9][0-9OIlT]*[A-Z]{0,2}|[IVX]{1,7})(?![\p{L}\p{N}_-])/gu,
    parse: (token) => parseArticleNumber(token.replace(/ /g, '')),
  },
  {
    // Laws with one article print no number: "Pasal tunggal", "Satu-satunya pasal".
    kind: 'pasal',
    pattern: /\b(?:Pasal [Tt]unggal|PASAL TUNGGAL|Satu-satunya [Pp]asal|SATU-SATUNYA PASAL)()(?![\p{L}\p{N}_-])/gu,
    parse: singleArticleNumber,
  },
  {
    kind: 'bab',
    pattern: /\b(?:BAB|B A B) ([IVXLC]{1,7}[A-F]?|[1-9][0-9]?(?= \p{Lu}{2}))(?![\p{L}\p{N}_-])/gu,
    parse: parseChapterNumber,
  },
  {
    kind: 'bagian',
    pattern:
      /\b(?:Bagian|BAGIAN) ((?:[Kk][Ee] ?)?(?:[Ss]atu|[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[Tt]ujuh|[Dd]elapan|[Ss]embilan|[Ss]epuluh|[Ss]ebelas)(?: ?(?:[Bb]elas|[Pp]uluh(?: ?(?:[Ss]atu|[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[Tt]ujuh|[Dd]elapan|[Ss]embilan)(?![\p{L}]))?))?|Pertama|PERTAMA|[IVXLC]{1,7}[A-F]?)(?![\p{L}\p{N}_-])/gu,
    parse: parsePartNumber,
  },
  {
    kind: 'paragraf',
    pattern: /\b(?:Paragraf|PARAGRAF) (\d{1,3}[A-Z]?|Ke[a-z]+)(?![\p{L}\p{N}_-])/gu,
    parse: parseParagraphNumber,
  },
];

// Words that, right after "Pasal 5", show a reference rather than a heading (case-sensitive: an article's
// own text starts with a capital, "Pasal 5 Dalam hal ...").
const STRONG_REFERENCE =
  /^(?:[,;)]|ayat|huruf|angka|dan\b|atau\b|serta|sampai|hingga|s\.? ?d\b|s\/d|jo\b|jo\.|juncto|dari\b|tersebut|di atas|diatas|ini\b|itu\b|yang\b|sebagaimana|bis\b|ter\b|dalam\b|pada\b|mengenai|tentang|untuk|menjadi|diubah|dihapus|disisipkan|ditambah|tetap\b|KUHP|UUD|BAB\b|Bab\b)/;
// Names of other laws: "Pasal 96 Undang-undang Dasar Sementara" is a reference, but "Pasal 1 Undang-undang
// Darurat No. 3 ... ditetapkan sebagai undang-undang" is how many 1950s articles begin.
const WEAK_REFERENCE =
  /^(?:UU\b|HIR\b|IBW\b|ICW\b|Konstitusi|Kitab|Reglemen|Ordonan|Indische|Wetboek|Staatsblad|Aturan (?:Peralihan|Tambahan|Bea)|Peraturan (?:Pemerintah|Presiden|Menteri|Daerah|Dasar)|Undang-[Uu]ndang(?! ini))/;

/** Scans `text` between `from` and `to` for heading candidates, in text order. */
export function scanHeadingCandidates(text: string, from: number, to: number): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  const region = text.slice(0, to);
  for (const { kind, pattern, parse } of PATTERNS) {
    pattern.lastIndex = from;
    for (let match = pattern.exec(region); match; match = pattern.exec(region)) {
      const number = parse((match[1] ?? '').replace(/ +/g, ' '));
      // (The single-article pattern captures an empty number; its parser ignores it.)
      if (!number) continue;
      found.push(describeCandidate(text, kind, match.index, match.index + match[0].length, match[0], number));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Describes a heading found at `start` whose keyword and number (`matched`) end at `numberEnd`. */
export function describeCandidate(
  text: string,
  kind: HeadingKind,
  start: number,
  numberEnd: number,
  matched: string,
  number: UnitNumber,
): HeadingCandidate {
  let labelEnd = numberEnd;
  // "Pasal 5." and "Pasal 359:" (older laws) print punctuation after the number.
  if (text[labelEnd] === '.' || text[labelEnd] === ':') labelEnd += 1;
  else if (text[labelEnd] === ' ' && (text[labelEnd + 1] === '.' || text[labelEnd + 1] === ':')) labelEnd += 2;
  const lineEnd = indexOrEnd(text, '\n', labelEnd);
  const after = text.slice(labelEnd, Math.min(lineEnd, labelEnd + 60)).trimStart();
  const isLineStart = start === 0 || text[start - 1] === '\n';
  let placement: Placement;
  if (isLineStart) placement = after === '' ? 'alone' : 'line-start';
  else placement = endsSentence(text, start) ? 'after-sentence' : 'mid-sentence';
  return {
    kind,
    start,
    labelEnd,
    label: labelOf(kind, matched, number),
    number,
    placement,
    reference: referenceStrength(matched, after),
  };
}

/** Articles and chapters are labelled with their looked-up number: OCR forms ("Pasal 2O", "BAB 1") are not read aloud. */
function labelOf(kind: HeadingKind, matched: string, number: UnitNumber): string {
  if (kind === 'pasal' && /^(?:Pasa|PASAL|pasal)\S* \S/.test(matched) && !/tunggal/i.test(matched)) return `Pasal ${number.normalized}`;
  if (kind === 'bab') return `BAB ${number.normalized}`;
  return matched.replace(/ +/g, ' ');
}

/** True when the words after an article number name another law ("Pasal 96 Undang-undang Dasar Sementara"). */
export function namesAnotherLaw(after: string): boolean {
  return WEAK_REFERENCE.test(after);
}

function referenceStrength(matched: string, after: string): HeadingCandidate['reference'] {
  // A page-end catchword ("Pasal 9..." repeating the next page's first words) is never a heading.
  if (STRONG_REFERENCE.test(after) || /^(?:\.{2,}|…)/.test(after)) return 'strong';
  // Small "pasal" is how references are written; as a heading it is an OCR slip, so only trusted when in sequence.
  return WEAK_REFERENCE.test(after) || matched.startsWith('pasal') ? 'weak' : 'none';
}

/**
 * True when the text before `position` ends a sentence or clause: ". ", "; ", ": ", ".” ", or an amendment
 * instruction printed without its full stop ("10. Pasal 56 dihapus Paragraf 3 ...", 2020 omnibus law).
 */
export function endsSentence(text: string, position: number): boolean {
  let index = position - 1;
  while (index >= 0 && /[ "“”'‘’)]/.test(text[index] ?? '')) index -= 1;
  if (index < 0 || /[.;:…\n]/.test(text[index] ?? '')) return true;
  return /\b[Dd]ihapus$/.test(text.slice(Math.max(0, index - 7), index + 1));
}

/** Index of `needle` at or after `from`, or the text length. */
export function indexOrEnd(text: string, needle: string, from: number): number {
  const index = text.indexOf(needle, from);
  return index < 0 ? text.length : index;
}
