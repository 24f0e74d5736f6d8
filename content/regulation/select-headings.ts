// Decides which heading candidates of a law's body are real headings. The strongest signal is numbering:
// real articles count up (1, 2, 3, 3A, 4 ...), references jump around. Amendment laws quote the articles
// they change; those quotations are tracked so that a quoted "Pasal 18" does not end the real Pasal 17.
import { parseArticleNumber, type UnitNumber } from './law-numbers.ts';
import { QuotationContext } from './quotation-context.ts';
import type { HeadingCandidate, HeadingKind } from './scan-headings.ts';

/** A candidate accepted as a heading of the law's body. */
export interface SelectedHeading {
  kind: HeadingKind;
  start: number;
  labelEnd: number;
  label: string;
  number: UnitNumber;
  /** An article quoted by an amendment ("... diubah sehingga berbunyi sebagai berikut: Pasal 5 ..."). */
  isQuoted: boolean;
}

// How far numbering may jump (a lost or misread heading) for each kind of placement.
const MAX_JUMP = { alone: 10, 'line-start': 3, 'after-sentence': 2, 'mid-sentence': 2 } as const;
const STRUCTURE_JUMP = { alone: 3, 'line-start': 3, 'after-sentence': 1, 'mid-sentence': 1 } as const;

/** Picks the real body headings among `candidates` (all inside `from`..`to`, in text order). */
export function selectBodyHeadings(text: string, candidates: readonly HeadingCandidate[], from: number, to: number): SelectedHeading[] {
  const selector = new HeadingSelector(text, candidates, new QuotationContext(text, from, to));
  candidates.forEach((_candidate, index) => selector.consider(index));
  return selector.selected;
}

class HeadingSelector {
  readonly selected: SelectedHeading[] = [];
  private mode: 'arabic' | 'roman' | undefined;
  private isQuoting = false;
  private lastPasal: UnitNumber | undefined;
  private lastBab: UnitNumber | undefined;
  private lastBagian: UnitNumber | undefined;
  private lastParagraf: UnitNumber | undefined;
  private announcedFrom = -1;

  constructor(
    private readonly text: string,
    private readonly candidates: readonly HeadingCandidate[],
    private readonly quotation: QuotationContext,
  ) {}

  consider(index: number): void {
    const candidate = this.candidates[index];
    if (!candidate || !this.isPlausible(index)) return;
    if (candidate.kind === 'pasal') this.considerPasal(candidate, index);
    else this.considerStructure(candidate, index);
  }

  private isPlausible(index: number): boolean {
    const candidate = this.candidates[index];
    if (!candidate || (candidate.reference === 'strong' && candidate.placement !== 'alone')) return false;
    if (candidate.placement !== 'mid-sentence' || this.followsTitle(index) || this.followsCapitals(candidate)) return true;
    if (candidate.kind !== 'pasal') return false;
    // "... dan Pasal 4 (1) Pemilu ...": an article's first paragraph right after the number marks a heading;
    // so does an amendment's "... berbunyi sebagai berikut Pasal 1." without its colon.
    return /^ \(1\) \p{Lu}/u.test(this.text.slice(candidate.labelEnd, candidate.labelEnd + 6)) || this.quotation.introducesQuote(candidate.start);
  }

  /** After a weak reference ("Pasal 2 Undang-undang ...") or capitals, only the very next number counts. */
  private maxJump(index: number): number {
    const candidate = this.candidates[index];
    if (!candidate || candidate.reference === 'weak') return 1;
    return candidate.placement === 'mid-sentence' && !this.followsTitle(index) ? 1 : MAX_JUMP[candidate.placement];
  }

  private considerPasal(candidate: HeadingCandidate, index: number): void {
    const maxJump = this.maxJump(index);
    if (this.mode === undefined) this.considerFirstPasal(candidate, maxJump);
    else if (this.mode === 'roman') this.considerPasalOfRomanLaw(candidate, maxJump);
    else if (candidate.number.isRoman) this.considerRomanInArabicLaw(candidate);
    else if (!this.isQuoting) this.considerPasalOfArabicLaw(candidate, index, maxJump);
    else if (this.endsQuote(candidate, this.lastPasal, Math.min(2, maxJump))) {
      this.isQuoting = false;
      this.accept(candidate, false);
    } else {
      this.accept(candidate, true);
    }
  }

  /** The first article decides how the law numbers its own articles: "Pasal 1" or, in an amendment, "Pasal I". */
  private considerFirstPasal(candidate: HeadingCandidate, maxJump: number): void {
    const { number } = candidate;
    if (number.isRoman ? number.value !== 1 : number.value > maxJump) return;
    this.mode = number.isRoman ? 'roman' : 'arabic';
    this.accept(candidate, false);
  }

  /** In an amendment law the roman articles are the law's own; arabic ones are quoted from the amended law. */
  private considerPasalOfRomanLaw(candidate: HeadingCandidate, maxJump: number): void {
    if (candidate.number.isRoman) {
      if (isForward(this.lastPasal, candidate.number, maxJump)) this.accept(candidate, false);
    } else if (this.wasMisreadOne(candidate)) {
      this.mode = 'arabic';
      this.accept(candidate, false);
    } else {
      this.accept(candidate, true);
    }
  }

  /** "Pasal 1 ... Pasal II": the first article was an OCR misreading of "Pasal I"; the law is an amendment. */
  private considerRomanInArabicLaw(candidate: HeadingCandidate): void {
    const first = this.selected.find((heading) => heading.kind === 'pasal' && !heading.isQuoted);
    if (!first || this.lastPasal?.value !== 1 || candidate.number.value !== 2 || candidate.placement === 'after-sentence') return;
    first.label = 'Pasal I';
    first.number = { ...first.number, isRoman: true, normalized: 'I' };
    this.mode = 'roman';
    this.isQuoting = false;
    this.accept(candidate, false);
  }

  /** Outside a quotation: the next article in sequence, or the first article an instruction quotes. */
  private considerPasalOfArabicLaw(candidate: HeadingCandidate, index: number, maxJump: number): void {
    if (this.lastPasal && this.quotation.introducesQuote(candidate.start)) {
      this.startQuote(candidate.start);
      this.accept(candidate, true);
    } else if (isForward(this.lastPasal, candidate.number, maxJump) || this.startsChain(index)) {
      this.accept(candidate, false);
    }
  }

  /**
   * "Pasal I ... Pasal 2" where Pasal I amends nothing: the first article was an OCR misreading of "Pasal 1"
   * (UU 41/1999, UU 32/2014). Relabels it and reports true so the law is read with arabic numbers.
   */
  private wasMisreadOne(candidate: HeadingCandidate): boolean {
    if (candidate.number.value !== 2) return false;
    const first = this.selected.filter((heading) => heading.kind === 'pasal');
    const only = first[0];
    if (first.length !== 1 || !only || only.number.value !== 1 || candidate.number.value !== 2) return false;
    if (this.quotesSince(only.labelEnd, candidate.start)) return false;
    const one = parseArticleNumber('1');
    if (!one) return false;
    only.number = one;
    only.label = 'Pasal 1';
    this.lastPasal = one;
    return true;
  }

  /** True when the text between two offsets announces quoted text ("... berbunyi sebagai berikut"). */
  private quotesSince(from: number, to: number): boolean {
    // Once an article has announced a quotation it stays an amending article: remember, to stay linear.
    if (this.announcedFrom === from) return true;
    const found = /berikut|berbunyi/i.test(this.text.slice(from, to));
    if (found) this.announcedFrom = from;
    return found;
  }

  /**
   * Recovers after lost headings ("Pasal 2" to "Pasal 4" missing from the text): a bigger jump is taken when the
   * next article candidate continues from this one (5 then 6).
   */
  private startsChain(index: number): boolean {
    const candidate = this.candidates[index];
    if (!candidate || candidate.reference === 'weak' || !isForward(this.lastPasal, candidate.number, MAX_JUMP.alone)) return false;
    for (let other = index + 1; other < this.candidates.length; other += 1) {
      const next = this.candidates[other];
      if (!next || next.kind !== 'pasal' || !this.isPlausible(other)) continue;
      return isForward(candidate.number, next.number, 1);
    }
    return false;
  }

  private considerStructure(candidate: HeadingCandidate, index: number): void {
    // Chapters and parts inside an amendment's articles are quoted text, not this law's structure.
    if (this.mode === 'roman' && this.lastPasal && this.quotesSince(this.quotation.containerStart, candidate.start)) return;
    const previous = this.previousOfKind(candidate.kind);
    const jump = STRUCTURE_JUMP[candidate.placement];
    if (this.isQuoting) {
      if (!this.endsQuote(candidate, previous, jump) || !this.nextArticleEndsQuote(index)) return;
      this.isQuoting = false;
    } else if (this.lastPasal && this.quotation.introducesQuote(candidate.start)) {
      this.startQuote(candidate.start);
      return;
    }
    if (!isForward(previous, candidate.number, jump)) return;
    // A law's first chapter comes before its first article; "BAB I (Pengeluaran)" after one is a budget table.
    if (candidate.kind === 'bab' && candidate.number.value === 1 && this.lastPasal) return;
    this.accept(candidate, false);
  }

  private startQuote(position: number): void {
    this.isQuoting = true;
    this.quotation.quoteStart = position;
  }

  /** In a quotation, the law's own next heading: next in its numbering, neither introduced nor named. */
  private endsQuote(candidate: HeadingCandidate, previous: UnitNumber | undefined, jump: number): boolean {
    if (!isForward(previous, candidate.number, jump) || this.quotation.introducesQuote(candidate.start)) return false;
    const last = this.selected[this.selected.length - 1];
    return !this.quotation.isNamed(candidate, last ? last.labelEnd : 0);
  }

  /** A chapter or part ends a quotation only if the article after it would too ("BAB II ... Pasal 2" quoted). */
  private nextArticleEndsQuote(index: number): boolean {
    for (let other = index + 1; other < this.candidates.length; other += 1) {
      const next = this.candidates[other];
      if (!next || next.kind !== 'pasal' || !this.isPlausible(other)) continue;
      return this.endsQuote(next, this.lastPasal, Math.min(2, this.maxJump(other)));
    }
    return true;
  }

  private previousOfKind(kind: HeadingKind): UnitNumber | undefined {
    if (kind === 'bab') return this.lastBab;
    if (kind === 'bagian') return this.lastBagian;
    return kind === 'paragraf' ? this.lastParagraf : this.lastPasal;
  }

  private accept(candidate: HeadingCandidate, isQuoted: boolean): void {
    const { kind, start, labelEnd, label, number } = candidate;
    this.selected.push({ kind, start, labelEnd, label, number, isQuoted });
    if (isQuoted) {
      this.quotation.markQuoted(candidate);
      return;
    }
    if (kind === 'pasal') {
      this.lastPasal = number;
      this.quotation.containerStart = labelEnd;
    }
    if (kind === 'bab') {
      this.lastBab = number;
      this.lastBagian = undefined;
    }
    if (kind === 'bab' || kind === 'bagian') this.lastParagraf = undefined;
    if (kind === 'bagian') this.lastBagian = number;
    if (kind === 'paragraf') this.lastParagraf = number;
  }

  /**
   * "BAB I KETENTUAN UMUM Pasal 1": a heading may follow the title of the chapter, part or paragraph heading
   * just before it (a short stretch without a full stop), whether or not that heading was taken.
   */
  private followsTitle(index: number): boolean {
    const candidate = this.candidates[index];
    const previous = this.candidates[index - 1];
    if (!candidate || !previous || previous.kind === 'pasal') return false;
    const between = this.text.slice(previous.labelEnd, candidate.start);
    return between.length <= 250 && !/[.;]/.test(between) && between.split('\n').length <= 2;
  }

  /**
   * "Menetapkan : UNDANG-UNDANG TENTANG ... SEBAGAI UNDANG-UNDANG Pasal 1. ..." and "... REPUBLIK INDONESIA
   * Pasal 115 Beberapa ...": a heading may follow a word in capitals (a title, a page header) on the same line.
   * References follow small words ("dalam Pasal 5"), so this is trusted only in sequence (see maxJump).
   */
  private followsCapitals(candidate: HeadingCandidate): boolean {
    const words = this.text.slice(Math.max(0, candidate.start - 40), candidate.start).trim().split(/\s+/);
    const previous = words[words.length - 1] ?? '';
    return /\p{Lu}{2}/u.test(previous) && !/\p{Ll}/u.test(previous);
  }
}

/** True when `next` comes after `previous` in numbering, at most `maxJump` whole numbers later. */
function isForward(previous: UnitNumber | undefined, next: UnitNumber, maxJump: number): boolean {
  if (!previous) return next.value >= 1 && next.value <= maxJump;
  if (previous.isRoman !== next.isRoman && next.isRoman) return false;
  return next.key > previous.key && next.value - previous.value <= maxJump;
}
