// The frame of a law around its articles: where the preamble's decision ends (MEMUTUSKAN), where the closing
// formula starts (penutup) and where the official elucidation starts (penjelasan).
import type { LineBreaks } from './line-breaks.ts';
import { endsSentence } from './scan-headings.ts';

/** Offset just after the first "MEMUTUSKAN" / "Menetapkan :", or 0: no article heading can come before it. */
export function findDecisionEnd(text: string): number {
  const match = /\b(?:MEMUTUSKAN|Memutuskan|MENETAPKAN)\b|\bMenetapkan ?:/.exec(text);
  return match ? match.index + match[0].length : 0;
}

/** Start of the elucidation heading ("PENJELASAN ATAS UNDANG-UNDANG ...", "MEMORI PENJELASAN"), if any. */
export function findPenjelasanStart(text: string, from: number): number | undefined {
  // Upper case only: "Penjelasan Pasal 5" in an amendment is a reference, not the heading.
  const pattern = /(?:\bMEMORI )?\bPENJELASAN(?=[ \n]?(?:[.:]|$|(?:ATAS|A TAS|MENGENAI|UNDANG|TENTANG|RANCANGAN|UMUM|PASAL)\b))/gm;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : undefined;
}

// "Agar setiap orang mengetahuinya ..." (and its older wordings) opens the enactment formula.
const PROMULGATION = /Agar (?:supaya )?(?:setiap|tiap-tiap|tiap) orang (?:dapat )?mengetahuinya|Agar [Uu]ndang-[Uu]ndang ini diketahui/g;
// Without that formula, the signature block starts the penutup.
const SIGNATURE = /\b(?:Disahkan|Ditetapkan|Diundangkan|Diumumkan) (?:di|pada)\b/g;

/** Start of the closing formula: the last "Agar setiap orang mengetahuinya" between `from` and `to`. */
export function findPromulgation(text: string, from: number, to: number): number | undefined {
  return lastMatch(PROMULGATION, text, from, to);
}

/** Start of the signature block, for laws without the closing formula: the first after `from`. */
export function findSignature(text: string, from: number, to: number): number | undefined {
  SIGNATURE.lastIndex = from;
  const match = SIGNATURE.exec(text);
  return match && match.index < to ? match.index : undefined;
}

function lastMatch(pattern: RegExp, text: string, from: number, to: number): number | undefined {
  let found: number | undefined;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) found = match.index;
  return found;
}

/** Puts each part of the preamble on its own line: "... (...); Dengan Persetujuan Bersama DEWAN ...". */
export function breakPreamble(text: string, to: number, breaks: LineBreaks): void {
  const pattern =
    /\b(?:DENGAN RAHMAT TUHAN|Menimbang ?:|Mengingat ?:|Menetapkan ?:|MEMUTUSKAN|Memutuskan ?:|Dengan (?:[Pp]ersetujuan|PERSETUJUAN))/g;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const isClause = match[0].startsWith('Dengan ');
    if (!isClause || endsSentence(text, match.index) || text[match.index - 2] === ',') breaks.before(match.index);
  }
}

/** Puts the signature lines of the penutup on their own lines. */
export function breakPenutup(text: string, from: number, to: number, breaks: LineBreaks): void {
  breaks.before(from);
  SIGNATURE.lastIndex = from;
  for (let match = SIGNATURE.exec(text); match && match.index < to; match = SIGNATURE.exec(text)) {
    breaks.before(match.index);
  }
}

/** The law's title from its first line ("... TENTANG PENANGANAN FAKIR MISKIN"), and where that line ends. */
export function findLawTitle(text: string, to: number): { title?: string; headingEnd: number } {
  const firstLineEnd = Math.min(to, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const opening = /\bDENGAN RAHMAT\b|\bMenimbang\b/.exec(text.slice(0, firstLineEnd));
  const headingEnd = opening ? opening.index : firstLineEnd;
  const line = text.slice(0, headingEnd).trim();
  if (!/^UNDANG/i.test(line)) return { headingEnd: 0 };
  const about = /\bTENTANG\b:? ?/.exec(line);
  const title = about ? line.slice(about.index + about[0].length).trim() : line;
  return title ? { title, headingEnd } : { headingEnd };
}
