// Look-ups the reader and the kiosk need on a parsed structure: "go to Pasal 28H ayat 2", the table of
// contents, counts. Articles quoted by an amendment (a 'pasal' inside another 'pasal') and the penjelasan's
// articles are found only when the law's own articles do not match, or when asked for.
import type { RegulationNode, RegulationNodeKind } from '../model/regulation.ts';

/** Which parts of the structure a search or count covers. */
export interface StructureScope {
  /** Include articles quoted by an amendment (and their ayat, huruf, angka). Default false. */
  includeQuoted?: boolean;
  /** Include the penjelasan's children. Default false. */
  includePenjelasan?: boolean;
}

/**
 * Calls `visit` for every node in document order with its depth, whether it belongs to a quoted article (a
 * 'pasal' below another 'pasal', and everything in it) and whether it lies inside the penjelasan.
 */
function walk(
  nodes: readonly RegulationNode[],
  visit: (node: RegulationNode, depth: number, isQuoted: boolean, isPenjelasan: boolean) => void,
  depth = 0,
  articlesAbove = 0,
  isPenjelasan = false,
): void {
  for (const node of nodes) {
    const articles = articlesAbove + (node.kind === 'pasal' ? 1 : 0);
    visit(node, depth, articles >= 2, isPenjelasan);
    walk(node.children, visit, depth + 1, articles, isPenjelasan || node.kind === 'penjelasan');
  }
}

function sameNumber(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Finds "Pasal 28H" (and optionally its ayat "2") case-insensitively. The law's own articles come first; an
 * article quoted by an amendment is returned only when the law has no own article with that number.
 */
export function findPasal(structure: readonly RegulationNode[], pasal: string, ayat?: string): RegulationNode | undefined {
  const own: RegulationNode[] = [];
  const quoted: RegulationNode[] = [];
  walk(structure, (node, _depth, isQuoted, isPenjelasan) => {
    if (node.kind !== 'pasal' || isPenjelasan || !sameNumber(node.number, pasal)) return;
    (isQuoted ? quoted : own).push(node);
  });
  for (const article of [...own, ...quoted]) {
    if (ayat === undefined) return article;
    const paragraph = article.children.find((child) => child.kind === 'ayat' && sameNumber(child.number, ayat));
    if (paragraph) return paragraph;
  }
  return undefined;
}

/** Finds the penjelasan's entry for "Pasal 7" (the elucidation of that article), if the law has one. */
export function findPenjelasanPasal(structure: readonly RegulationNode[], pasal: string): RegulationNode | undefined {
  const penjelasan = structure.find((node) => node.kind === 'penjelasan');
  return penjelasan?.children.find((child) => child.kind === 'pasal' && sameNumber(child.number, pasal));
}

const CONTENTS_KINDS: ReadonlySet<RegulationNodeKind> = new Set([
  'pembukaan',
  'bab',
  'bagian',
  'paragraf',
  'pasal',
  'penutup',
  'penjelasan',
]);

/** The table of contents: pembukaan, BAB, Bagian, Paragraf, the law's own Pasal, penutup and penjelasan. */
export function tableOfContents(structure: readonly RegulationNode[]): Array<{ node: RegulationNode; depth: number }> {
  const entries: Array<{ node: RegulationNode; depth: number }> = [];
  walk(structure, (node, depth, isQuoted, isPenjelasan) => {
    if (CONTENTS_KINDS.has(node.kind) && !isQuoted && !isPenjelasan) entries.push({ node, depth });
  });
  return entries;
}

/** Counts the nodes of a kind; by default only the law's own units (no quoted articles, no penjelasan). */
export function countNodes(structure: readonly RegulationNode[], kind: RegulationNodeKind, scope: StructureScope = {}): number {
  let count = 0;
  walk(structure, (node, _depth, isQuoted, isPenjelasan) => {
    if (node.kind !== kind) return;
    if (isQuoted && !scope.includeQuoted) return;
    if (isPenjelasan && !scope.includePenjelasan) return;
    count += 1;
  });
  return count;
}
