// A regulation as a ReadableDocument: the text is the regulation's text unchanged (what the screen shows and
// what is read), blocks are its lines, with one heading block per BAB / Bagian / Paragraf / Pasal heading (and
// the title and the penjelasan's heading), and units are its structure. One linear pass over the lines, so a
// 1.3-million-character omnibus law is ready in a few milliseconds.
import type { Regulation, RegulationNode } from '../../content/model/regulation.ts';
import type { BuiltDocument, DisplaySpan } from './display-map.ts';
import type { ReadableBlock, ReadableUnit } from './readable-document.ts';
import { skipSpaces, trimEndAt, trimmedLines } from './text-lines.ts';

/** Heading levels by unit kind; a Pasal quoted by an amendment sits one level below its own Pasal. */
const HEADING_LEVEL: Partial<Record<RegulationNode['kind'], number>> = {
  pembukaan: 1,
  penjelasan: 1,
  bab: 2,
  bagian: 3,
  paragraf: 4,
  pasal: 5,
};
const QUOTED_PASAL_LEVEL = 6;

/** The id of a unit's heading on the regulation screen (the same scheme as the screen's `headingId`). */
export function regulationHeadingElementId(kind: RegulationNode['kind'], start: number): string {
  return `reg-${kind}-${start}`;
}

/** The id the regulation screen gives a line of law text: its trimmed start offset in the regulation's text. */
export function lawLineElementId(start: number): string {
  return `reg-line-${start}`;
}

interface HeadingRange {
  node: RegulationNode;
  level: number;
}

/** A regulation as a document; its text, offsets and structure are the regulation's own. */
export function regulationDocument(regulation: Regulation): BuiltDocument {
  const { text } = regulation;
  const headings: HeadingRange[] = [];
  const listStarts = new Set<number>();
  collect(regulation.structure, headings, listStarts, 0);
  headings.sort((a, b) => a.node.start - b.node.start);
  const blocks: ReadableBlock[] = [];
  const display: DisplaySpan[] = [];
  let position = 0;
  for (const heading of headings) {
    if (heading.node.start < position) continue; // defensive: never overlap blocks
    addLines(text, position, heading.node.start, listStarts, blocks, display);
    addHeading(text, heading, blocks, display);
    position = heading.node.bodyStart;
  }
  addLines(text, position, text.length, listStarts, blocks, display);
  const document = {
    id: `regulation:${regulation.id}`,
    title: regulation.title.id,
    lang: 'id' as const,
    text,
    blocks,
    units: regulation.structure.map(toUnit),
  };
  return { document, display };
}

/** Finds heading ranges (units with a heading before their body) and the starts of huruf/angka list items. */
function collect(nodes: readonly RegulationNode[], headings: HeadingRange[], listStarts: Set<number>, articlesAbove: number): void {
  for (const node of nodes) {
    const level = HEADING_LEVEL[node.kind];
    const articles = articlesAbove + (node.kind === 'pasal' ? 1 : 0);
    if (level !== undefined && node.bodyStart > node.start) headings.push({ node, level: articles >= 2 ? QUOTED_PASAL_LEVEL : level });
    if (node.kind === 'huruf' || node.kind === 'angka') listStarts.add(node.start);
    collect(node.children, headings, listStarts, articles);
  }
}

/** One paragraph block per non-blank line of [from, to). */
function addLines(text: string, from: number, to: number, listStarts: ReadonlySet<number>, blocks: ReadableBlock[], display: DisplaySpan[]): void {
  for (const { start, end } of trimmedLines(text, from, to)) {
    blocks.push({ kind: listStarts.has(start) ? 'list-item' : 'paragraph', start, end });
    display.push({ start, end, elementId: lawLineElementId(start), elementOffset: 0 });
  }
}

/**
 * A heading block. The screen shows an own unit's heading as "BAB I — KETENTUAN UMUM" in one element, so the
 * block stands for that whole element; the penjelasan's Pasal headings are headings on screen too. A Pasal quoted
 * by an amendment is shown as ordinary lines, so its heading maps to its line.
 */
function addHeading(text: string, heading: HeadingRange, blocks: ReadableBlock[], display: DisplaySpan[]): void {
  const { node } = heading;
  const start = skipSpaces(text, node.start, node.bodyStart);
  const end = trimEndAt(text, node.bodyStart, start);
  if (start >= end) return;
  blocks.push({ kind: 'heading', start, end, level: heading.level, label: node.label || node.kind });
  const isQuotedArticle = heading.level === QUOTED_PASAL_LEVEL;
  display.push(
    isQuotedArticle
      ? { start, end, elementId: lawLineElementId(start), elementOffset: 0 }
      : { start, end, elementId: regulationHeadingElementId(node.kind, node.start) },
  );
}

/** A structure node as a reader unit; the penjelasan keeps no children (its Pasal are not the law's Pasal). */
function toUnit(node: RegulationNode): ReadableUnit {
  return {
    kind: node.kind,
    label: node.label,
    number: node.number,
    start: node.start,
    end: node.end,
    children: node.kind === 'penjelasan' ? [] : node.children.map(toUnit),
  };
}
