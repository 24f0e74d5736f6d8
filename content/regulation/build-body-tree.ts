// Turns the selected headings of a law's body into nested nodes with titles and offsets, splitting joined
// headings onto their own lines ("BAB VI KOORDINASI DAN PENGAWASAN Pasal 30 ..." becomes three lines).
import type { RegulationNode, RegulationNodeKind } from '../model/regulation.ts';
import type { LineBreaks } from './line-breaks.ts';
import { trimEnd } from './parse-lists.ts';
import { indexOrEnd } from './scan-headings.ts';

/** A heading ready for the tree; `level` orders nesting (smaller contains larger). */
export interface TreeHeading {
  kind: RegulationNodeKind;
  level: number;
  start: number;
  labelEnd: number;
  label: string;
  number: string;
}

/** Nesting levels: chapters contain parts, ..., an amendment article contains instructions and quoted articles. */
export const LEVEL = { bab: 1, bagian: 2, paragraf: 3, pasal: 4, instruction: 5, quoted: 6 } as const;

interface Open {
  level: number;
  node: RegulationNode;
}

/** Builds the nodes for `headings` (sorted by start); the last unit ends at `to`. */
export function buildBodyTree(text: string, headings: readonly TreeHeading[], to: number, breaks: LineBreaks): RegulationNode[] {
  const roots: RegulationNode[] = [];
  const open: Open[] = [];
  headings.forEach((heading, index) => {
    const nextStart = headings[index + 1]?.start ?? to;
    const node = makeNode(text, heading, nextStart, breaks);
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= heading.level) close(open, text, heading.start);
    const parent = open[open.length - 1];
    (parent ? parent.node.children : roots).push(node);
    open.push({ level: heading.level, node });
  });
  while (open.length > 0) close(open, text, to);
  return roots;
}

function close(open: Open[], text: string, position: number): void {
  const last = open.pop();
  if (!last) return;
  // Children are closed first; the parent may not end before its last child does.
  const lastChild = last.node.children[last.node.children.length - 1];
  last.node.end = trimEnd(text, position, Math.max(last.node.bodyStart, lastChild?.end ?? 0));
}

function makeNode(text: string, heading: TreeHeading, nextStart: number, breaks: LineBreaks): RegulationNode {
  const { kind, start, labelEnd, label, number } = heading;
  breaks.before(start);
  let position = labelEnd;
  while (position < nextStart && text[position] === ' ') position += 1;
  const isAlone = position >= nextStart || text[position] === '\n';
  const node: RegulationNode = { kind, label, number, start, bodyStart: nextStart, end: nextStart, children: [] };
  if (kind === 'bab' || kind === 'bagian' || kind === 'paragraf') {
    const titleFrom = isAlone ? Math.min(position + 1, nextStart) : position;
    const lineEnd = Math.min(indexOrEnd(text, '\n', titleFrom), nextStart);
    const length = titleLength(text.slice(titleFrom, lineEnd), kind);
    if (length > 0) {
      const title = text.slice(titleFrom, titleFrom + length).trim().replace(/[.:]$/, '').trim();
      if (title) node.title = title;
      breaks.at(labelEnd);
      breaks.at(titleFrom + length);
      node.bodyStart = bodyAfter(text, titleFrom + length, nextStart);
      return node;
    }
  }
  breaks.at(labelEnd);
  node.bodyStart = bodyAfter(text, labelEnd, nextStart);
  return node;
}

/** Where the body starts after a heading ending at `from`: past the line break, never past the next heading. */
function bodyAfter(text: string, from: number, limit: number): number {
  let position = Math.min(from, limit);
  while (position < limit && /\s/.test(text[position] ?? '')) position += 1;
  return position;
}

/** How many characters at the start of `line` are the heading's title (0: no title). */
function titleLength(line: string, kind: RegulationNodeKind): number {
  if (line.trim() === '' || /^(?:\(|\d+[.)]|[a-z][.)] )/.test(line)) return 0;
  if (kind === 'bab' && !/\p{Ll}/u.test(line.split(' ')[0] ?? '')) {
    // Chapter titles are in capitals; stop at the first word with small letters (the body, joined on).
    let length = 0;
    for (const word of line.split(' ')) {
      if (/\p{Ll}/u.test(word) || /^\(\d/.test(word)) break;
      length += (length > 0 ? 1 : 0) + word.length;
    }
    return trimTo(line, length);
  }
  // Older laws: "B A B I. Peraturan Umum. Pasal 1." and "Bagian V. Urusan Kehewanan." end the title with a dot.
  const dot = /[.:](?: |$)/.exec(line);
  if (dot && dot.index <= 150) return dot.index + 1;
  // A bare number does not belong to a title: "... dan Eksploitasi 26 Pasal Hak bebas ..." is garbled text.
  const number = / \d+ /.exec(line);
  if (number) return trimTo(line, number.index);
  return line.length <= 200 ? line.length : 0;
}

function trimTo(line: string, length: number): number {
  let end = length;
  while (end > 0 && line[end - 1] === ' ') end -= 1;
  return end;
}
