// The offset rules of `regulationSchema` (content/model/regulation.ts), checked without zod so the parser can
// verify its own output before returning it.
import type { RegulationNode } from '../model/regulation.ts';

/** Describes the first node that lies outside the text, its parent or its order; undefined when all are valid. */
export function findOffsetProblem(nodes: readonly RegulationNode[], limit: number, floor = 0): string | undefined {
  let previousEnd = floor;
  for (const node of nodes) {
    const { start, bodyStart, end } = node;
    if (!(previousEnd <= start && start <= bodyStart && bodyStart <= end && end <= limit)) {
      return `${node.label}: offsets ${start}/${bodyStart}/${end} are outside ${previousEnd}..${limit}`;
    }
    const inner = findOffsetProblem(node.children, end, bodyStart);
    if (inner) return inner;
    previousEnd = end;
  }
  return undefined;
}
