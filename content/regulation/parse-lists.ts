// The units inside an article: ayat "(1)", huruf "a." / "a)", angka "1." / "1)". They nest as the law
// nests them (an angka list inside huruf b, or huruf inside angka 3), which the numbering shows.
import type { RegulationNode } from '../model/regulation.ts';
import type { LineBreaks } from './line-breaks.ts';
import { headingLineStart } from './heading-line.ts';
import { endsSentence } from './scan-headings.ts';

/** Finds the ayat, huruf and angka of an article's own text, `from`..`to`. */
export function parseArticleUnits(text: string, from: number, to: number, breaks: LineBreaks): RegulationNode[] {
  const paragraphs = findAyat(text, from, to, breaks);
  if (paragraphs.length === 0) return parseListItems(text, from, to, breaks);
  for (const paragraph of paragraphs) {
    paragraph.children = parseListItems(text, paragraph.bodyStart, paragraph.end, breaks);
  }
  return paragraphs;
}

function findAyat(text: string, from: number, to: number, breaks: LineBreaks): RegulationNode[] {
  const found: RegulationNode[] = [];
  const pattern = /\((\d{1,2}|l)\)\.? ?/g;
  for (const match of matchesWithin(pattern, text, from, to)) {
    const start = Math.max(from, headingLineStart(text, match.index));
    const isLineStart = start === from || breaks.isLineStart(start);
    if (!isLineStart && !endsSentence(text, start)) continue;
    const value = match[1] === 'l' ? 1 : Number(match[1]);
    const expected = found.length + 1;
    // A line-start marker may skip one number (a paragraph lost by OCR); a marker inside a line may not.
    if (value !== expected && !(isLineStart && expected > 1 && value === expected + 1)) continue;
    const previous = found[found.length - 1];
    if (previous) previous.end = trimEnd(text, start, previous.bodyStart);
    breaks.before(start);
    found.push(unit('ayat', `(${value})`, String(value), start, match.index + match[0].length, to, text));
  }
  const last = found[found.length - 1];
  if (last) last.end = trimEnd(text, to, last.bodyStart);
  return found;
}

interface OpenList {
  style: string;
  expected: number;
  item: RegulationNode;
}

const ITEM = /(?<![\p{L}\p{N}.,/-])([a-z]|\d{1,3})([.)]) (?=\S)/gu;

/** Huruf and angka lists in `from`..`to`, nested by their numbering. */
export function parseListItems(text: string, from: number, to: number, breaks: LineBreaks): RegulationNode[] {
  const roots: RegulationNode[] = [];
  const open: OpenList[] = [];
  for (const match of matchesWithin(ITEM, text, from, to)) {
    const start = Math.max(from, headingLineStart(text, match.index));
    const token = match[1] ?? '';
    const isLetter = /[a-z]/.test(token);
    const style = `${isLetter ? 'a' : '1'}${match[2]}`;
    const value = isLetter ? token.charCodeAt(0) - 96 : Number(token);
    const isLineStart = start === from || breaks.isLineStart(start);
    const before = previousVisible(text, start);
    const level = findLevel(open, style, value);
    if (level >= 0) {
      // A marker inside a line continues a list only after a clause ends: "...; b. ..." or "... ini. 2. ...".
      if (!isLineStart && !(before === ';' || before === ':' || (before === '.' && !isLetter))) continue;
      closeFrom(open, level, text, start);
    } else if (value !== 1 || !(isLineStart || before === ':')) {
      continue;
    }
    const parentItem = level >= 0 ? open[level - 1]?.item : open[open.length - 1]?.item;
    const node = unit(isLetter ? 'huruf' : 'angka', `${token}${match[2]}`, token, start, match.index + match[0].length, to, text);
    (parentItem ? parentItem.children : roots).push(node);
    breaks.before(start);
    if (level >= 0) open.push({ style, expected: value + 1, item: node });
    else open.push({ style, expected: 2, item: node });
  }
  closeFrom(open, 0, text, to);
  return roots;
}

/** Index in `open` of the list that `value` continues, or -1. */
function findLevel(open: readonly OpenList[], style: string, value: number): number {
  for (let index = open.length - 1; index >= 0; index -= 1) {
    const list = open[index];
    if (list && list.style === style && list.expected === value) return index;
  }
  return -1;
}

/** Ends the open items from `level` down at `position`, and forgets them. */
function closeFrom(open: OpenList[], level: number, text: string, position: number): void {
  for (let index = open.length - 1; index >= level; index -= 1) {
    const list = open[index];
    if (list) list.item.end = trimEnd(text, position, list.item.bodyStart);
  }
  open.length = Math.max(0, level);
}

/**
 * The matches of the global `pattern` that start in `from`..`to`, with indexes into `text`. Only that stretch
 * (and a few characters around it, for lookbehinds and the end of a marker) is searched, so that parsing every
 * unit of a law reads its text once: searching `text` from `from` would read on to the next match, which may be
 * the end of the law (quadratic for a law of 20,000 articles without a list).
 */
function matchesWithin(pattern: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const offset = Math.max(0, from - 2);
  const region = text.slice(offset, Math.min(text.length, to + 8));
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = from - offset;
  for (let match = pattern.exec(region); match && match.index + offset < to; match = pattern.exec(region)) {
    match.index += offset;
    found.push(match);
  }
  return found;
}

function previousVisible(text: string, position: number): string {
  let index = position - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\n')) index -= 1;
  return text[index] ?? '';
}

function unit(
  kind: RegulationNode['kind'],
  label: string,
  number: string,
  start: number,
  bodyStart: number,
  end: number,
  text: string,
): RegulationNode {
  const body = Math.min(bodyStart, end);
  return { kind, label, number, start, bodyStart: body, end: trimEnd(text, end, body), children: [] };
}

/** Moves `end` back over trailing whitespace, never before `floor`. */
export function trimEnd(text: string, end: number, floor: number): number {
  let index = end;
  while (index > floor && /\s/.test(text[index - 1] ?? '')) index -= 1;
  return index;
}
