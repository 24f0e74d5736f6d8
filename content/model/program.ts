import { z } from 'zod';
import { isoDateSchema, itemIdSchema, localizedTextSchema, sourceSchema } from './localized.ts';
import { finderRuleSchema } from './finder.ts';

/** A government program a visitor may ask about (PKH, KIP, BPJS PBI, ...). */
export const programSchema = z.object({
  kind: z.literal('program'),
  id: itemIdSchema,
  name: localizedTextSchema,
  /** One or two plain-language sentences: what the program is. */
  summary: localizedTextSchema,
  /** Who qualifies, one condition per entry. */
  eligibility: z.array(localizedTextSchema).min(1),
  benefits: z.array(localizedTextSchema).min(1),
  /** How to apply, in order. */
  howToApply: z.array(localizedTextSchema).min(1),
  documents: z.array(localizedTextSchema),
  whereToGo: localizedTextSchema,
  cost: localizedTextSchema,
  /** Official contact channels only; never invented. Absent when none is publicly confirmed. */
  contact: localizedTextSchema.optional(),
  sources: z.array(sourceSchema).min(1),
  lastReviewed: isoDateSchema,
  /** True until library staff have confirmed the facts: the kiosk shows "contoh — periksa sebelum dipakai". */
  isSample: z.boolean(),
  tags: z.array(z.string().trim().min(1)),
  /** When the program finder suggests this program; absent means the finder never lists it. */
  finderRule: finderRuleSchema.optional(),
});
/** A government program. */
export type Program = z.infer<typeof programSchema>;
