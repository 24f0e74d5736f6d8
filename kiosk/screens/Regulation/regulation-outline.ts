import type { RegulationNode, RegulationNodeKind } from '../../../content/model/regulation.ts';

/** Units that become headings on screen; ayat, huruf and angka stay as the Pasal's paragraphs. */
const HEADING_KINDS = new Set<RegulationNodeKind>(['pembukaan', 'bab', 'bagian', 'paragraf', 'pasal', 'penutup', 'penjelasan']);

/** True when a unit is shown as a heading of its own. */
export function isHeadingKind(kind: RegulationNodeKind): boolean {
  return HEADING_KINDS.has(kind);
}

/** The id of a unit's heading in the page (offsets are unique within one law). */
export function headingId(node: RegulationNode): string {
  return `reg-${node.kind}-${node.start}`;
}

/** Every Pasal inside a unit, in order (however deep: Bagian, Paragraf). */
export function pasalsWithin(node: RegulationNode): RegulationNode[] {
  return node.children.flatMap((child) => (child.kind === 'pasal' ? [child] : pasalsWithin(child)));
}

/** A slice of the law's text as trimmed, non-empty lines. */
export function linesOf(text: string, start: number, end: number): string[] {
  return text
    .slice(start, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
