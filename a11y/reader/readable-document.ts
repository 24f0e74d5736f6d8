// A document the reader can read aloud: plain text with blocks (for paragraph/heading navigation) and
// optional legal units (for "Pasal 24 ayat 2"). Programs, regulations, notices and (later) scanned letters
// are all turned into this one shape.
import type { Language } from '../../content/model/language.ts';

/** What a block is: headings are where "next heading" stops; list items read their position. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/** A block of the document: a range of its text. */
export interface ReadableBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level (1–6) for headings. */
  level?: number;
  /** The block's language when it differs from the document's (an English card showing an Indonesian fallback), so the voice matches. */
  lang?: Language;
  /** A short name for "where am I" when the spoken text frames it ("Siapa yang berhak" for "Siapa yang berhak: empat butir."). */
  label?: string;
}

/** A legal unit (BAB, Bagian, Pasal, ayat, ...) as a range of the document text, for navigation and "where am I". */
export interface ReadableUnit {
  kind: 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'huruf' | 'angka' | 'pembukaan' | 'penutup' | 'penjelasan';
  /** As printed: "Pasal 5", "(2)". */
  label: string;
  /** "5", "28H", "2". */
  number: string;
  start: number;
  end: number;
  children: ReadableUnit[];
}

/** A document to read aloud. Offsets are character offsets into `text`. */
export interface ReadableDocument {
  id: string;
  title: string;
  lang: Language;
  text: string;
  blocks: ReadableBlock[];
  /** Legal structure, for regulations; empty otherwise. */
  units: ReadableUnit[];
}
