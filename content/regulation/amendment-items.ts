// The numbered instructions of an amendment article: "1. Ketentuan Pasal 1 diubah sehingga berbunyi sebagai
// berikut: Pasal 1 ...  2. Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) pasal, yakni Pasal 5A ...".
// They bound the quoted articles: a quoted article ends where the next instruction begins.
import { endsSentence } from './scan-headings.ts';

/** One numbered amendment instruction. */
export interface InstructionItem {
  start: number;
  labelEnd: number;
  number: number;
}

/** How a numbered instruction begins (corpus counts: "Ketentuan Pasal" 1,650 times, "Di antara" 306, ...). */
export const INSTRUCTION_PATTERN =
  // The omnibus law's OCR drops some dots ("2 Ketentuan Pasal ..."): allowed before the two commonest openings.
  /(\d{1,3})(?: ?\. | (?=Ketentuan |Di ?antara ))(?=(?:Ketentuan|Di ?antara|Diantara|Judul|Penjelasan|Lampiran|Setelah|Sesudah|Sebelum|Pada|Dalam|Menambah|Mengubah|Menghapus|Menyisipkan|BAB|Bab|Bagian|Paragraf|Pasal|Ayat|Huruf|Angka|Kata|Istilah|Frasa|Rumusan|Seluruh|Penambahan|Perubahan)\b)/;

/** Finds the instructions of an amendment article between `from` and `to`, numbered 1, 2, 3 ... */
export function findInstructionItems(text: string, from: number, to: number, isLineStart: (at: number) => boolean): InstructionItem[] {
  const items: InstructionItem[] = [];
  const pattern = new RegExp(INSTRUCTION_PATTERN.source, 'g');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const start = match.index;
    if (start > 0 && /[\p{L}\p{N}.,/-]/u.test(text[start - 1] ?? '')) continue;
    if (!isLineStart(start) && !endsSentence(text, start)) continue;
    const number = Number(match[1]);
    const expected = (items[items.length - 1]?.number ?? 0) + 1;
    // An instruction lost to OCR may leave a gap of one or two (the text after the number must read as an
    // instruction anyway), but never a step back.
    if (number < expected || number > expected + 2) continue;
    items.push({ start, labelEnd: start + match[0].length, number });
  }
  return items;
}
