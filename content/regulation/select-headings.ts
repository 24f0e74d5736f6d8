// Decides which heading candidates of a law's body are real headings. The strongest signal is numbering:
// real articles count up (1, 2, 3, 3A, 4 ...), references jump around. Amendment laws quote the articles
// they change; those quotations are tracked so that a quoted "Pasal 18" does not end the real Pasal 17.
//
// A last rule recovers the article headings the others miss: garbled by the PDF extraction ("26 Pasal", "8 12
// Pasal", "Pasat27", see garbled-headings.ts) or joined to the sentence before them ("... percobaan Pasal 62.
// (1) Dewan ..."). Such a heading is taken only when its number is exactly the next of the law's own articles
// (previous + 1, or the next letter: 5A after 5), it stands where a heading can stand, the article's text follows
// it, and no better heading for that number comes before the next article (see recoveredNumber).
import { repairedHeading } from './garbled-headings.ts';
import { parseArticleNumber, type UnitNumber } from './law-numbers.ts';
import { QuotationContext } from './quotation-context.ts';
import { endsSentence, namesAnotherLaw, type HeadingCandidate, type HeadingKind } from './scan-headings.ts';

/** A candidate accepted as a heading of the law's body. */
export interface SelectedHeading {
  kind: HeadingKind;
  start: number;
  labelEnd: number;
  label: string;
  number: UnitNumber;
  /** An article quoted by an amendment ("... diubah sehingga berbunyi sebagai berikut: Pasal 5 ..."). */
  isQuoted: boolean;
  /** What the text from `start` should read once repaired: "Pasal 26" for a garbled "26 Pasal" (same length). */
  rewrite?: string;
}

// How far numbering may jump (a lost or misread heading) for each kind of placement.
const MAX_JUMP = { alone: 10, 'line-start': 3, 'after-sentence': 2, 'mid-sentence': 2 } as const;
const STRUCTURE_JUMP = { alone: 3, 'line-start': 3, 'after-sentence': 1, 'mid-sentence': 1 } as const;

// An amendment instruction: "Ketentuan Pasal 20 diubah sehingga berbunyi sebagai berikut", "... ditambah ...
// yang berbunyi", "... dibaca sebagai berikut" (at most `maxLength` characters).
const AMENDS = { pattern: /\b(?:diubah|ditambah|disisipkan|diganti|dibaca)\b[^.]{0,200}?\b(?:berikut|berbunyi)\b/i, maxLength: 240 };

/** How many article candidates a recovered heading looks ahead for a better heading with its number. */
const RECOVERY_LOOKAHEAD = 64;
// Words after which "Pasal 5" is a reference ("dalam Pasal 5", "ayat (1) Pasal 5"), not a joined heading.
const REFERENCE_WORD =
  /^(?:dalam|pada|dan|atau|serta|dengan|menurut|oleh|terhadap|ayat|huruf|angka|dimaksud|termaksud|tersebut|sesuai|berdasarkan|atas|ke|di|dari|sampai|hingga|lihat|ketentuan|bunyi|isi|sub|bab|pasal|jo|juncto|ialah|adalah|yaitu|yakni|s\.?d)$/i;

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
  /** How far the current article's text was searched for an announced quotation (see articleQuotes). */
  private quoteScan = { from: -1, to: -1, found: false };
  /** Per candidate, the index of the last ordinary candidate that starts before it (-1: none). */
  private readonly previousIndex: Int32Array;

  constructor(
    private readonly text: string,
    private readonly candidates: readonly HeadingCandidate[],
    private readonly quotation: QuotationContext,
  ) {
    this.previousIndex = new Int32Array(candidates.length);
    let last = -1;
    let lastStart = -1;
    let pending = -1;
    candidates.forEach((candidate, index) => {
      if (candidate.start !== lastStart) {
        last = pending;
        lastStart = candidate.start;
      }
      this.previousIndex[index] = last;
      if (!candidate.garbled) pending = index;
    });
  }

  consider(index: number): void {
    const candidate = this.candidates[index];
    if (!candidate) return;
    if (this.isPlausible(index)) {
      const count = this.selected.length;
      if (candidate.kind === 'pasal') this.considerPasal(candidate, index);
      else this.considerStructure(candidate, index);
      if (this.selected.length > count) return;
    }
    const number = this.recoveredNumber(index);
    if (!number) return;
    const rewrite = repairedHeading(candidate, number);
    this.accept({ ...candidate, number, label: `Pasal ${number.normalized}` }, false, rewrite);
  }

  private isPlausible(index: number): boolean {
    const candidate = this.candidates[index];
    if (!candidate || candidate.garbled || (candidate.reference === 'strong' && candidate.placement !== 'alone')) return false;
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

  private accept(candidate: HeadingCandidate, isQuoted: boolean, rewrite?: string): void {
    const { kind, start, labelEnd, label, number } = candidate;
    this.selected.push(rewrite === undefined ? { kind, start, labelEnd, label, number, isQuoted } : { kind, start, labelEnd, label, number, isQuoted, rewrite });
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
    const previous = this.candidates[this.previousIndex[index] ?? -1];
    if (!candidate || !previous || previous.kind === 'pasal' || candidate.start - previous.labelEnd > 250) return false;
    const between = this.text.slice(previous.labelEnd, candidate.start);
    return !/[.;]/.test(between) && between.split('\n').length <= 2;
  }

  /**
   * The number under which a heading the other rules rejected is taken as the law's very next article, or
   * undefined. It must stand where a heading stands: a line start, after a sentence (past page furniture), a
   * title, capitals, or the stray ayat numbers OCR sets before some headings ("... undangan. (1) (2) Pasal 30
   * KPU ..."). A well-printed "Pasal 62" may also be joined to a sentence (see joinedToSentence). A small
   * "pasal" (how references are written) is taken only where a heading stands, never after a law's name.
   */
  private recoveredNumber(index: number): UnitNumber | undefined {
    const candidate = this.candidates[index];
    const last = this.lastPasal;
    if (!candidate || candidate.kind !== 'pasal' || this.mode !== 'arabic' || this.isQuoting || !last) return undefined;
    if (candidate.reference === 'strong' || !this.articleTextFollows(candidate)) return undefined;
    const isSmall = this.text.startsWith('pasal', candidate.start);
    if (candidate.reference === 'weak' && (!isSmall || namesAnotherLaw(this.text.slice(candidate.labelEnd, candidate.labelEnd + 60).trimStart()))) {
      return undefined;
    }
    const number = (candidate.garbled?.readings ?? [candidate.number]).find((reading) => isNextNumber(last, reading));
    // An amending article's quoted articles are the amended law's, whatever their numbers.
    if (!number || this.quotation.introducesQuote(candidate.start) || this.articleQuotes(candidate.start)) return undefined;
    const standsAsHeading =
      candidate.placement !== 'mid-sentence' ||
      this.followsTitle(index) ||
      this.followsCapitals(candidate) ||
      endsSentenceBeforeFurniture(this.text, candidate.start) ||
      followsStrayAyatNumbers(this.text, candidate.start) ||
      (!candidate.garbled && !isSmall && this.joinedToSentence(candidate));
    return standsAsHeading && !this.isSupersededLater(index, number) ? number : undefined;
  }

  /** After the label come the article's first words, "(1)" or a capital, on its line or the next; not a heading. */
  private articleTextFollows(candidate: HeadingCandidate): boolean {
    const after = this.text.slice(candidate.labelEnd, candidate.labelEnd + 16);
    return /^[ _^]*\n?[ _^]*(?!BAB\b|Bagian\b|Paragraf\b|Pasal\b|PASAL\b)(?:\([1l]\)|\p{Lu})/u.test(after);
  }

  /** "... percobaan Pasal 62.\n(1) Dewan ...", "... penguasaannya, Pasal 19 Bentuk ...": not "dalam Pasal 19". */
  private joinedToSentence(candidate: HeadingCandidate): boolean {
    if (/^[ _^]*\n?\([1l]\) ?\p{Lu}/u.test(this.text.slice(candidate.labelEnd, candidate.labelEnd + 12))) return true;
    const words = this.text.slice(Math.max(0, candidate.start - 40), candidate.start).trim().split(/\s+/);
    const previous = (words[words.length - 1] ?? '').replace(/,$/, '');
    return /^\p{L}[\p{L}/-]*\p{L}$/u.test(previous) && !REFERENCE_WORD.test(previous);
  }

  /**
   * True when another heading for `number` follows before the next article (this one is then a reference), or
   * when the next article is not in sight: only the law's last article may have none after it.
   */
  private isSupersededLater(index: number, number: UnitNumber): boolean {
    const start = this.candidates[index]?.start ?? 0;
    let seen = 0;
    for (let other = index + 1; other < this.candidates.length; other += 1) {
      const next = this.candidates[other];
      if (!next || next.kind !== 'pasal' || next.start === start) continue;
      if (++seen > RECOVERY_LOOKAHEAD) return true;
      if (!this.isPlausible(other)) continue;
      if (next.number.key === number.key) return true;
      if (next.number.key > number.key && next.number.value - number.value <= MAX_JUMP.alone) return false;
    }
    return false;
  }

  /** True when the current article of the law amends another before `position` ("... diubah sehingga berbunyi ..."). */
  private articleQuotes(position: number): boolean {
    const from = this.quotation.containerStart;
    if (this.quoteScan.from !== from) this.quoteScan = { from, to: from, found: false };
    // Scanned incrementally (each article once, in overlapping pieces), so that recovery stays linear in the text.
    if (!this.quoteScan.found && position > this.quoteScan.to) {
      const piece = this.text.slice(Math.max(from, this.quoteScan.to - AMENDS.maxLength), position);
      this.quoteScan.found = AMENDS.pattern.test(piece);
      this.quoteScan.to = position;
    }
    return this.quoteScan.found;
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

/** True when `next` is exactly the article after `previous`: 6 after 5 or 5A, 5A after 5, 5B after 5A. */
function isNextNumber(previous: UnitNumber, next: UnitNumber): boolean {
  if (previous.isRoman || next.isRoman) return false;
  return next.suffix === '' ? next.value === previous.value + 1 : next.value === previous.value && next.key === previous.key + 1;
}

/**
 * True when the text before `position` ends a sentence once page furniture is skipped: a page number
 * ("bersangkutan. - 31 - Pasal 40", UU 2/2004) or underscores the scraper left (a lone "__" is already gone).
 */
function endsSentenceBeforeFurniture(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - 24), position);
  const furniture = /(?:[ _]*-\s?\d{1,3}\s?-)?[ _]*$/.exec(before);
  const skipped = furniture ? furniture[0].length : 0;
  return skipped > 0 && endsSentence(text, position - skipped);
}

/** "... undangan.\n(1) (2) Pasal 28": ayat numbers OCR moved before the heading, after a sentence or line start. */
function followsStrayAyatNumbers(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - 40), position);
  const markers = /(?:\((?:\d{1,2}|[lsS])\) ?){1,4}$/.exec(before);
  return markers !== null && endsSentence(text, position - markers[0].length);
}

/** True when `next` comes after `previous` in numbering, at most `maxJump` whole numbers later. */
function isForward(previous: UnitNumber | undefined, next: UnitNumber, maxJump: number): boolean {
  if (!previous) return next.value >= 1 && next.value <= maxJump;
  if (previous.isRoman !== next.isRoman && next.isRoman) return false;
  return next.key > previous.key && next.value - previous.value <= maxJump;
}
