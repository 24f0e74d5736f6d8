// What an amendment says around a heading: whether the heading starts a quotation ("... berbunyi sebagai
// berikut: Pasal 5 ...") and whether the instruction being carried out names it ("2. Judul BAB II, ketentuan
// Pasal 2, Pasal 3, dan Pasal 4 menjadi berbunyi ..."). A heading that is named is quoted, not the law's own.
import { INSTRUCTION_PATTERN } from './amendment-items.ts';
import type { HeadingCandidate } from './scan-headings.ts';
import { endsSentence } from './scan-headings.ts';

// The end of an amendment instruction, just before the quoted text: "... sehingga berbunyi sebagai berikut:".
const QUOTE_INTRO = /(?:berikut|berbunyi|menjadi|dibaca|sebagai|sbb\.?)\s*:?\s*["“”'‘’]?\s*$/i;
const QUOTE_VERB = /berikut|berbunyi|diubah|disisipkan|ditambah|menjadi|dibaca/i;

/** Amendment context of a law's body, queried by the heading selector. */
export class QuotationContext {
  /** Starts of everything that reads like a numbered amendment instruction, in text order. */
  private readonly instructions: number[] = [];
  /** Where the current amending article's text begins, and where its first quotation began. */
  containerStart = 0;
  quoteStart = 0;
  /** Per instruction (by start; the intro of an article without instructions by -1 - its start): names quoted so far. */
  private readonly quoted = new Map<number, Set<string>>();

  constructor(
    private readonly text: string,
    from: number,
    to: number,
  ) {
    const pattern = new RegExp(INSTRUCTION_PATTERN.source, 'g');
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
      const start = match.index;
      if (start > 0 && /[\p{L}\p{N}.,/-]/u.test(text[start - 1] ?? '')) continue;
      if (start === 0 || text[start - 1] === '\n' || endsSentence(text, start)) this.instructions.push(start);
    }
  }

  /** True when the text just before `position` introduces a quotation. */
  introducesQuote(position: number): boolean {
    const tail = this.text.slice(Math.max(0, position - 160), position).trimEnd();
    if (QUOTE_INTRO.test(tail)) return true;
    return /:\s*["“”'‘’]?$/.test(tail) && QUOTE_VERB.test(tail);
  }

  /**
   * True when the instruction in force at the candidate (or the text just before it) names the candidate, and
   * the article it names has not been quoted yet ("15. Ketentuan Pasal 75 diubah ...: Pasal 75 ... Pasal 75"
   * in the 2020 omnibus law: the second is that law's own Pasal 75).
   */
  isNamed(candidate: HeadingCandidate, lastHeadingEnd: number): boolean {
    const name = nameOf(candidate);
    const nearby = this.text.slice(Math.max(lastHeadingEnd, candidate.start - 400), candidate.start);
    if (name.test(nearby)) return true;
    const { key, text } = this.instructionAt(candidate.start);
    return name.test(text) && !this.quoted.get(key)?.has(name.source);
  }

  /** Records that a heading was taken as quoted, so its instruction's name for it is used up. */
  markQuoted(candidate: HeadingCandidate): void {
    const { key } = this.instructionAt(candidate.start);
    const names = this.quoted.get(key) ?? new Set<string>();
    names.add(nameOf(candidate).source);
    this.quoted.set(key, names);
  }

  /** The instruction before `position` inside the current amending article, up to "berikut"; else its intro. */
  private instructionAt(position: number): { key: number; text: string } {
    const index = lastIndexBelow(this.instructions, position);
    const start = index >= 0 ? (this.instructions[index] ?? -1) : -1;
    if (start >= this.containerStart) {
      const text = this.text.slice(start, Math.min(position, start + 600));
      const end = text.search(/berikut|berbunyi/i);
      return { key: start, text: end < 0 ? text : text.slice(0, end) };
    }
    const text = this.text.slice(Math.max(this.containerStart, this.quoteStart - 600), this.quoteStart);
    return { key: -1 - this.containerStart, text };
  }
}

/** A pattern for how an amendment names the candidate: "Pasal 5A", "BAB XA", "Bagian Kedua". */
function nameOf(candidate: HeadingCandidate): RegExp {
  const token = candidate.kind === 'pasal' ? candidate.number.normalized : candidate.label.slice(candidate.label.indexOf(' ') + 1);
  const keyword = candidate.label.slice(0, candidate.label.indexOf(' '));
  return new RegExp(`${keyword}\\s+${escapeRegExp(token)}(?![0-9A-Za-z])`, 'i');
}

/** Index of the last value below `limit` in an ascending array, or -1. */
function lastIndexBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? Infinity) < limit) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
