import { z } from 'zod';
import { isoDateSchema, itemIdSchema, localizedTextSchema, sourceSchema } from './localized.ts';

/** What a library notice is about. */
export const NOTICE_CATEGORIES = ['service', 'hours', 'event'] as const;

/** A library notice: a service, opening hours or an event. */
export const noticeSchema = z.object({
  kind: z.literal('notice'),
  id: itemIdSchema,
  category: z.enum(NOTICE_CATEGORIES),
  title: localizedTextSchema,
  body: z.array(localizedTextSchema).min(1),
  /** Where it happens, if anywhere in particular. */
  place: localizedTextSchema.optional(),
  startsOn: isoDateSchema.optional(),
  endsOn: isoDateSchema.optional(),
  sources: z.array(sourceSchema).default([]),
  lastReviewed: isoDateSchema,
  isSample: z.boolean(),
  tags: z.array(z.string().trim().min(1)).default([]),
});
/** A library notice. */
export type Notice = z.infer<typeof noticeSchema>;
