import { z } from 'zod';
import { isoDateSchema, itemIdSchema, localizedTextSchema, sourceSchema } from './localized.ts';

/** The kinds of unit in an Indonesian law, outermost first. */
export const REGULATION_NODE_KINDS = [
  'pembukaan', // title, Menimbang, Mengingat, Memutuskan
  'bab',
  'bagian',
  'paragraf',
  'pasal',
  'ayat',
  'huruf',
  'angka',
  'penutup', // enactment, signatures
  'penjelasan', // the official elucidation that follows the body
] as const;
/** A kind of unit in a law. */
export type RegulationNodeKind = (typeof REGULATION_NODE_KINDS)[number];

/** One unit of a law's structure, as character offsets into the regulation's `text`. */
export interface RegulationNode {
  kind: RegulationNodeKind;
  /** As printed: "BAB II", "Bagian Kesatu", "Pasal 28H", "(1)", "a.". */
  label: string;
  /** The number alone, for "go to Pasal 5 ayat 2": "II", "Kesatu", "28H", "1", "a". Empty for pembukaan/penutup/penjelasan. */
  number: string;
  /** The heading's title where the law gives one: "KETENTUAN UMUM". */
  title?: string;
  /** First character of the unit (its heading line), inclusive. */
  start: number;
  /** First character after the heading, where the unit's own text begins. */
  bodyStart: number;
  /** End of the unit, exclusive. */
  end: number;
  children: RegulationNode[];
}

/** Schema of a structure node (recursive). */
export const regulationNodeSchema: z.ZodType<RegulationNode> = z.lazy(() =>
  z.object({
    kind: z.enum(REGULATION_NODE_KINDS),
    label: z.string(),
    number: z.string(),
    title: z.string().optional(),
    start: z.int().nonnegative(),
    bodyStart: z.int().nonnegative(),
    end: z.int().nonnegative(),
    children: z.array(regulationNodeSchema),
  }),
);

/** A regulation (UU, PP, Perpres, Permen, Perda, ...) with its full text and parsed structure. */
export const regulationSchema = z
  .object({
    kind: z.literal('regulation'),
    id: itemIdSchema,
    /** "UU", "PP", "Perpres", "Permensos", "Perda", ... */
    type: z.string().trim().min(1),
    number: z.string().trim().min(1),
    year: z.int().min(1945).max(2100),
    title: localizedTextSchema,
    /** One or two sentences in plain language: what this regulation is about. */
    summary: localizedTextSchema.optional(),
    /** The full text, in the language it was enacted in (Indonesian), lines separated by \n. */
    text: z.string().min(1),
    structure: z.array(regulationNodeSchema),
    sources: z.array(sourceSchema).min(1),
    lastReviewed: isoDateSchema,
    isSample: z.boolean(),
    tags: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((regulation, context) => {
    const problem = findOffsetProblem(regulation.structure, regulation.text.length, 0);
    if (problem) context.addIssue({ code: 'custom', path: ['structure', ...problem.path], message: problem.message });
  });
/** A regulation. */
export type Regulation = z.infer<typeof regulationSchema>;

/** Checks that every node lies inside the text and inside its parent, in order; returns the first problem. */
function findOffsetProblem(
  nodes: readonly RegulationNode[],
  limit: number,
  floor: number,
): { path: (string | number)[]; message: string } | undefined {
  let previousEnd = floor;
  for (const [index, node] of nodes.entries()) {
    if (!(previousEnd <= node.start && node.start <= node.bodyStart && node.bodyStart <= node.end && node.end <= limit)) {
      return { path: [index], message: `${node.label}: offsets ${node.start}..${node.end} are outside its place in the text` };
    }
    const inner = findOffsetProblem(node.children, node.end, node.bodyStart);
    if (inner) return { path: [index, 'children', ...inner.path], message: inner.message };
    previousEnd = node.end;
  }
  return undefined;
}
