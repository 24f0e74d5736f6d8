// Parses an Indonesian law (UU, PP, ...) as published, noise included, into a cleaned text and its structure:
// pembukaan, BAB > Bagian > Paragraf > Pasal > ayat > huruf/angka, penutup, penjelasan.
//
// Amendment laws: the articles an amendment quotes ("1. Ketentuan Pasal 1 diubah sehingga berbunyi sebagai
// berikut: Pasal 1 ...") become children of the amending article: Pasal I > angka "1." (the instruction) >
// pasal "Pasal 1" (quoted) > ayat ... . Chapters and parts inside a quotation stay body text. The same holds
// for arabic-numbered amending articles (the 2020 omnibus law's Pasal 17 quotes dozens of other laws).
//
// Penjelasan: one flat 'pasal' child per "Pasal N" it explains, nothing deeper (see parse-penjelasan.ts).
// The text returned is cleanLawText's, with joined headings moved onto their own lines by turning the space
// before them into a line break: offsets never shift, and no character of the cleaned text changes otherwise,
// except inside an inverted article heading the parser recovered: "26 Pasal" reads "Pasal 26", "8 12 Pasal"
// reads "Pasal 128 " (same length; see garbled-headings.ts), and a warning names each such repair.
import type { RegulationNode } from '../model/regulation.ts';
import { findInstructionItems } from './amendment-items.ts';
import { buildBodyTree, LEVEL, type TreeHeading } from './build-body-tree.ts';
import { findOffsetProblem } from './check-offsets.ts';
import { cleanLawText } from './clean-law-text.ts';
import { scanGarbledArticles } from './garbled-headings.ts';
import {
  breakPenutup,
  breakPreamble,
  findDecisionEnd,
  findLawTitle,
  findPenjelasanStart,
  findPromulgation,
  findSignature,
} from './law-sections.ts';
import { headingLineStart } from './heading-line.ts';
import { LineBreaks } from './line-breaks.ts';
import { parseArticleUnits, trimEnd } from './parse-lists.ts';
import { parsePenjelasan } from './parse-penjelasan.ts';
import { scanHeadingCandidates } from './scan-headings.ts';
import { selectBodyHeadings, type SelectedHeading } from './select-headings.ts';

/** A parsed law: the cleaned text (for display and speech), its structure as offsets into it, and notes. */
export interface ParsedRegulation {
  text: string;
  structure: RegulationNode[];
  warnings: string[];
}

/** Cleans and parses a raw law text; never throws, and the offsets always satisfy `regulationSchema`. */
export function parseRegulation(raw: string): ParsedRegulation {
  const text = cleanLawText(raw).text;
  if (text === '') return { text, structure: [], warnings: ['The text is empty.'] };
  try {
    return parseCleanText(text);
  } catch (error) {
    // A bug must not take the reader down: the visitor still gets the whole text, as one unit.
    const message = error instanceof Error ? error.message : String(error);
    return { text, structure: [wholeText(text)], warnings: [`Structure dropped: the parser failed (${message}).`] };
  }
}

interface LawFrame {
  selected: SelectedHeading[];
  penutupStart: number | undefined;
  penjelasanStart: number | undefined;
  /** Where the body and penutup end: the penjelasan, or the end of the text. */
  frameEnd: number;
}

/** Finds the frame of the law (decision, closing formula, elucidation) and the headings of its body. */
function findFrame(text: string): LawFrame {
  const decisionEnd = findDecisionEnd(text);
  const penjelasanStart = findPenjelasanStart(text, decisionEnd);
  const frameEnd = penjelasanStart ?? text.length;
  const promulgation = findPromulgation(text, decisionEnd, frameEnd);
  const candidatesEnd = promulgation ?? frameEnd;
  const candidates = [...scanHeadingCandidates(text, decisionEnd, candidatesEnd), ...scanGarbledArticles(text, decisionEnd, candidatesEnd)];
  // (A stable sort: at one offset, the ordinary candidate comes before the garbled reading of the same text.)
  candidates.sort((a, b) => a.start - b.start);
  const selected = selectBodyHeadings(text, candidates, decisionEnd, candidatesEnd);
  if (promulgation !== undefined) return { selected, penutupStart: promulgation, penjelasanStart, frameEnd };
  // Without "Agar setiap orang mengetahuinya", the signatures after the last article start the penutup.
  const lastOwn = selected.filter((heading) => !heading.isQuoted).pop();
  const signature = findSignature(text, lastOwn ? lastOwn.labelEnd : decisionEnd, frameEnd);
  const kept = signature === undefined ? selected : selected.filter((heading) => heading.start < signature);
  return { selected: kept, penutupStart: signature, penjelasanStart, frameEnd };
}

function parseCleanText(cleaned: string): ParsedRegulation {
  const warnings: string[] = [];
  const { selected, penutupStart, penjelasanStart, frameEnd } = findFrame(cleaned);
  const text = repairHeadings(cleaned, selected, warnings);
  const breaks = new LineBreaks(text);
  const bodyEnd = penutupStart ?? frameEnd;
  const body = buildBodyTree(text, withInstructions(text, selected, bodyEnd, breaks), bodyEnd, breaks);
  addArticleUnits(text, body, breaks);

  const structure: RegulationNode[] = [];
  const bodyStart = body[0]?.start ?? bodyEnd;
  if (bodyStart > 0) structure.push(pembukaan(text, bodyStart, breaks));
  structure.push(...body);
  if (penutupStart !== undefined) {
    breakPenutup(text, penutupStart, frameEnd, breaks);
    const end = trimEnd(text, frameEnd, penutupStart);
    structure.push({ kind: 'penutup', label: 'Penutup', number: '', start: penutupStart, bodyStart: penutupStart, end, children: [] });
  } else {
    warnings.push('No closing formula ("Agar setiap orang mengetahuinya", "Disahkan di") was found.');
  }
  if (penjelasanStart !== undefined) structure.push(parsePenjelasan(text, penjelasanStart, text.length, breaks));
  if (!selected.some((heading) => heading.kind === 'pasal')) warnings.push('No Pasal heading was found.');
  return finish(breaks.apply(), structure, warnings);
}

/** Rewrites the inverted article headings that were taken ("26 Pasal" → "Pasal 26"), in place, and says so. */
function repairHeadings(text: string, selected: readonly SelectedHeading[], warnings: string[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const heading of selected) {
    if (heading.rewrite === undefined || heading.start < from) continue;
    const end = heading.start + heading.rewrite.length;
    parts.push(text.slice(from, heading.start), heading.rewrite);
    warnings.push(`The heading printed "${text.slice(heading.start, end)}" was read as "${heading.label}".`);
    from = end;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** Adds the numbered instructions of each amending article (one that quotes other articles). */
function withInstructions(text: string, selected: readonly SelectedHeading[], bodyEnd: number, breaks: LineBreaks): TreeHeading[] {
  const headings: TreeHeading[] = selected.map((heading) => ({
    kind: heading.kind,
    level: heading.isQuoted ? LEVEL.quoted : LEVEL[heading.kind],
    start: headingLineStart(text, heading.start),
    labelEnd: heading.labelEnd,
    label: heading.label,
    number: heading.number.normalized,
  }));
  const extra: TreeHeading[] = [];
  const isLineStart = (at: number): boolean => breaks.isLineStart(at);
  let nextOwnStart = bodyEnd;
  // Walk backwards so each article knows where the next article of the law itself starts (linear).
  for (let index = headings.length - 1; index >= 0; index -= 1) {
    const heading = headings[index];
    if (!heading || heading.level > LEVEL.pasal) continue;
    const end = nextOwnStart;
    nextOwnStart = heading.start;
    if (heading.level !== LEVEL.pasal || !isAmending(text, heading, headings[index + 1])) continue;
    for (const item of findInstructionItems(text, heading.labelEnd, end, isLineStart)) {
      const label = text.slice(item.start, item.labelEnd).trim();
      extra.push({ kind: 'angka', level: LEVEL.instruction, start: item.start, labelEnd: item.labelEnd, label, number: String(item.number) });
    }
  }
  return [...headings, ...extra].sort((a, b) => a.start - b.start);
}

/** An amending article quotes articles, or says near its start that it changes another law's provisions. */
function isAmending(text: string, article: TreeHeading, next: TreeHeading | undefined): boolean {
  if (next?.level === LEVEL.quoted) return true;
  return /\b(?:diubah|ditambah|disisipkan|diganti|dihapus)\b/.test(text.slice(article.labelEnd, article.labelEnd + 400));
}

/**
 * Parses ayat, huruf and angka in each article's own text (before any quoted article it contains), and in the
 * text of each amendment instruction (which may quote ayat without their article: '2. ... berbunyi: "(5) ...').
 * The only 'angka' nodes before this runs are instructions.
 */
function addArticleUnits(text: string, nodes: readonly RegulationNode[], breaks: LineBreaks): void {
  for (const node of nodes) {
    addArticleUnits(text, node.children, breaks);
    if (node.kind !== 'pasal' && node.kind !== 'angka') continue;
    const ownEnd = node.children[0]?.start ?? node.end;
    node.children = [...parseArticleUnits(text, node.bodyStart, ownEnd, breaks), ...node.children];
  }
}

function pembukaan(text: string, end: number, breaks: LineBreaks): RegulationNode {
  breakPreamble(text, end, breaks);
  const { title, headingEnd } = findLawTitle(text, end);
  let bodyStart = Math.min(headingEnd, end);
  while (bodyStart < end && /\s/.test(text[bodyStart] ?? '')) bodyStart += 1;
  breaks.at(headingEnd);
  const node: RegulationNode = {
    kind: 'pembukaan',
    label: 'Pembukaan',
    number: '',
    start: 0,
    bodyStart,
    end: trimEnd(text, end, bodyStart),
    children: [],
  };
  if (title) node.title = title;
  return node;
}

/** Last line of defence: a structure that breaks the offset rules is replaced by one flat node, with a warning. */
function finish(text: string, structure: RegulationNode[], warnings: string[]): ParsedRegulation {
  const problem = findOffsetProblem(structure, text.length);
  if (!problem) return { text, structure, warnings };
  return { text, structure: [wholeText(text)], warnings: [...warnings, `Structure dropped: ${problem}`] };
}

function wholeText(text: string): RegulationNode {
  return { kind: 'pembukaan', label: 'Pembukaan', number: '', start: 0, bodyStart: 0, end: text.length, children: [] };
}
