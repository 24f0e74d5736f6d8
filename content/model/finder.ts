import { z } from 'zod';
import { itemIdSchema, localizedTextSchema } from './localized.ts';

/** One answer a visitor can give to a finder question. */
export const finderOptionSchema = z.object({
  value: itemIdSchema,
  label: localizedTextSchema,
  /** How the answer reads inside a reason: "Anda berusia 60 tahun ke atas". */
  reason: localizedTextSchema,
});

/** A finder question: asked in order; the visitor may always skip it. */
export const finderQuestionSchema = z.object({
  id: itemIdSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  options: z.array(finderOptionSchema).min(2),
});
/** A finder question. */
export type FinderQuestion = z.infer<typeof finderQuestionSchema>;

/** A condition: the answer to `question` is one of `anyOf`. */
export const finderConditionSchema = z.object({
  question: itemIdSchema,
  anyOf: z.array(itemIdSchema).min(1),
});
/** A finder condition. */
export type FinderCondition = z.infer<typeof finderConditionSchema>;

/**
 * When a program fits: every condition in `all` holds, and at least one of `any` (if given).
 * Rules live in the content pack, so staff can change them without a new kiosk build.
 */
export const finderRuleSchema = z.object({
  all: z.array(finderConditionSchema).default([]),
  any: z.array(finderConditionSchema).default([]),
});
/** A finder rule. */
export type FinderRule = z.infer<typeof finderRuleSchema>;

/** The finder's questions, in the order they are asked. */
export const finderSchema = z.object({
  questions: z.array(finderQuestionSchema).min(1),
});
/** The finder section of a pack. */
export type Finder = z.infer<typeof finderSchema>;
