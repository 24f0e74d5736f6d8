// Builds the spoken text and its pieces. Unchanged source is copied in runs (one piece per run, so a
// boundary event inside it maps back exactly); each rewrite is one piece whose source range is the token.
import type { SpokenPiece, SpokenText } from '../spoken-text.ts';
import { isWordChar } from './rule.ts';

/** Marks after which a word needs a space. */
const CLOSING = ')]},;:!?';

/** Accumulates spoken text and pieces in source order. */
export class SpokenBuilder {
  private text = '';
  /** The last spoken character, kept apart: reading `text.at(-1)` flattens V8's concatenated string each time. */
  private lastChar: string | undefined;
  private readonly pieces: SpokenPiece[] = [];
  private runStart = -1;
  private runEnd = -1;

  constructor(private readonly source: string) {}

  /** True when nothing has been said yet (leading whitespace is dropped). */
  get isEmpty(): boolean {
    return this.text.length === 0 && this.runStart < 0;
  }

  /** Copies source [start, end) unchanged, joining it to the current run when they touch. */
  keep(start: number, end: number): void {
    if (start >= end) return;
    if (this.runStart >= 0 && this.runEnd === start) {
      this.runEnd = end;
      return;
    }
    this.flushRun();
    this.runStart = start;
    this.runEnd = end;
  }

  /** Says `spoken` for source [start, end); an empty `spoken` drops the source. */
  say(start: number, end: number, spoken: string): void {
    if (spoken === this.source.slice(start, end)) {
      this.keep(start, end);
      return;
    }
    if (spoken.length === 0) return;
    this.flushRun();
    this.push(start, end, spoken);
  }

  /** The spoken text and its pieces. */
  finish(): SpokenText {
    this.flushRun();
    return { text: this.text, pieces: this.pieces };
  }

  private flushRun(): void {
    if (this.runStart < 0) return;
    const start = this.runStart;
    const end = this.runEnd;
    this.runStart = -1;
    this.push(start, end, this.source.slice(start, end));
  }

  private push(start: number, end: number, spoken: string): void {
    // A rewrite next to a word ("28H" → "dua puluh delapan" + "H") or after a closing mark ("(APBN)/Anggaran"
    // → ")" + "atau") needs a space, or the voice runs them together. The space is its own piece with an
    // empty source range, so neither neighbour's mapping shifts.
    if ((isWordChar(this.lastChar) || CLOSING.includes(this.lastChar ?? ' ')) && isWordChar(spoken[0])) {
      this.pieces.push({ spokenStart: this.text.length, sourceStart: start, sourceEnd: start });
      this.text += ' ';
    }
    this.pieces.push({ spokenStart: this.text.length, sourceStart: start, sourceEnd: end });
    this.text += spoken;
    this.lastChar = spoken.at(-1);
  }
}
