import type { RegulationNode, RegulationNodeKind } from '../../../content/model/regulation.ts';
import { trimmedLines } from '../../../a11y/reader/text-lines.ts';

/** Units that become headings on screen; ayat, huruf and angka stay as the Pasal's paragraphs. */
const HEADING_KINDS = new Set<RegulationNodeKind>(['pembukaan', 'bab', 'bagian', 'paragraf', 'pasal', 'penutup', 'penjelasan']);

/** True when a unit is shown as a heading of its own. */
export function isHeadingKind(kind: RegulationNodeKind): boolean {
  return HEADING_KINDS.has(kind);
}

/** Every Pasal inside a unit, in order (however deep: Bagian, Paragraf). */
export function pasalsWithin(node: RegulationNode): RegulationNode[] {
  return node.children.flatMap((child) => (child.kind === 'pasal' ? [child] : pasalsWithin(child)));
}

/** One line of law text and where it starts in the law's text (for read-aloud highlighting). */
export interface LawLine {
  start: number;
  text: string;
}

/** A slice of the law's text as trimmed, non-empty lines with their offsets (the reader's own line ranges). */
export function linesOf(text: string, start: number, end: number): LawLine[] {
  return trimmedLines(text, start, end).map((line) => ({ start: line.start, text: text.slice(line.start, line.end) }));
}
