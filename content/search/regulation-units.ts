import type { Regulation, RegulationNode } from '../model/regulation.ts';

/** A piece of a regulation's text indexed as its own document. */
export interface RegulationUnit {
  text: string;
  /** The Pasal number, when the unit is a Pasal. */
  pasal?: string;
}

/**
 * Cuts a regulation into index units: one per Pasal (so a result can say "Pasal 5"), plus the opening
 * (Menimbang, Mengingat) and the elucidation. The closing (signatures) says nothing worth finding. A regulation
 * without parsed structure is one unit. Each unit keeps at most `maxChars` characters.
 */
export function regulationUnits(regulation: Regulation, maxChars = Number.POSITIVE_INFINITY): RegulationUnit[] {
  const units: RegulationUnit[] = [];
  const cut = (start: number, end: number): string => regulation.text.slice(start, Math.min(end, start + maxChars));
  const visit = (nodes: readonly RegulationNode[]): void => {
    for (const node of nodes) {
      // From the heading on, so that "pasal 28h" finds Pasal 28H itself.
      if (node.kind === 'pasal') units.push({ text: cut(node.start, node.end), pasal: node.number });
      else if (node.kind === 'pembukaan' || node.kind === 'penjelasan') units.push({ text: cut(node.start, node.end) });
      else if (node.kind !== 'penutup') visit(node.children);
    }
  };
  visit(regulation.structure);
  if (units.length === 0) units.push({ text: cut(0, regulation.text.length) });
  return units.filter((unit) => unit.text.trim().length > 0);
}
