// What the reading session takes (commands and speech events), what it asks others to do (effects: plain
// data the kiosk and the speech owner carry out in order), and what it says (messages as keys with
// parameters: the kiosk turns them into Indonesian or English sentences from its catalogue).
import type { Language } from '../../content/model/language.ts';
import type { ReadableUnit } from './readable-document.ts';
import type { TextRange } from './segment.ts';

/** A visitor's command to the reader. */
export type ReaderCommand =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  /** Speak the current sentence again. */
  | { type: 'repeat' }
  | { type: 'next-sentence' }
  | { type: 'previous-sentence' }
  | { type: 'next-paragraph' }
  | { type: 'previous-paragraph' }
  | { type: 'next-heading' }
  | { type: 'previous-heading' }
  | { type: 'next-pasal' }
  | { type: 'previous-pasal' }
  /** "Pasal 28H ayat 2": `pasal` as printed ("28H", "I"; "Pasal 5" is accepted too), `ayat` the number ("2" or "(2)"). */
  | { type: 'go-to'; pasal: string; ayat?: string }
  | { type: 'where-am-i' };

/** What the speech owner reports about the speech it was asked for. */
export type ReaderEvent =
  /** The speak effect with this id was spoken to its end (report it on a voice error too, or reading stalls). */
  | { type: 'sentence-finished'; speechId: number }
  /** The voice reached this offset of the document text (a boundary event or a timing estimate). */
  | { type: 'word-reached'; offset: number };

/** Anything the session reduces. */
export type ReaderInput = ReaderCommand | ReaderEvent;

/** Sounds that mark what happened without words. */
export type EarconName = 'start' | 'stop' | 'end' | 'boundary';

/** Something the session asks for; effects of one reduction run in order. */
export type ReaderEffect =
  /**
   * Speak [start, end) of the document text (one sentence), in `lang`, chunk by chunk (`chunks`, each at most
   * ~200 characters, never splitting a word), then report `sentence-finished` with `id`. `words` are the
   * sentence's words, for highlighting by timing when the voice gives no boundary events.
   */
  | { type: 'speak'; id: number; start: number; end: number; lang: Language; chunks: TextRange[]; words: TextRange[] }
  /** Stop speaking at once and drop anything queued (the owner's Speaker.cancel()). */
  | { type: 'stop-speech' }
  | { type: 'announce'; message: ReaderMessage }
  | { type: 'earcon'; name: EarconName };

/** The legal parts a position can be in outside any Pasal. */
export type PartKind = ReadableUnit['kind'];

/** What the reader says, as a catalogue key and its parameters. */
export type ReaderMessage =
  /** The document has nothing to read. */
  | { key: 'empty-document' }
  | { key: 'start-of-document' }
  | { key: 'end-of-document' }
  | { key: 'no-next-heading' }
  | { key: 'no-previous-heading' }
  | { key: 'no-next-pasal' }
  | { key: 'no-previous-pasal' }
  /** A Pasal command on a document that is not a regulation (or whose structure was not recognised). */
  | { key: 'no-legal-structure' }
  | { key: 'no-such-pasal'; pasal: string }
  | { key: 'no-such-ayat'; pasal: string; ayat: string }
  | WhereAmIMessage;

/**
 * "Where am I". In a regulation's own Pasal: `unit` "Pasal 5", `index` 5 (its place among the law's own Pasal),
 * `total` 153 and, inside an ayat, `ayat` "2". Elsewhere in a regulation: `part` (pembukaan, penutup,
 * penjelasan, ...) with its printed `unit` label and the nearest `heading`. In other documents: the nearest
 * `heading`. Always: `percent` of the text before the current sentence (0–100).
 */
export interface WhereAmIMessage {
  key: 'where-am-i';
  percent: number;
  unit?: string;
  index?: number;
  total?: number;
  ayat?: string;
  part?: PartKind;
  heading?: string;
}

/** Where the reader is: a block, a sentence in it, and a character offset (the sentence start or the current word). */
export interface ReaderPosition {
  block: number;
  /** Index of the sentence within its block. */
  sentence: number;
  offset: number;
}

/** What the screen highlights: the current sentence and, while speaking, the current word. */
export interface ReaderHighlight {
  sentence?: TextRange;
  word?: TextRange;
}
