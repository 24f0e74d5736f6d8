import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from './localized.ts';
import { programSchema } from './program.ts';
import { regulationSchema } from './regulation.ts';
import { noticeSchema } from './notice.ts';
import { finderSchema } from './finder.ts';

/** The name in every pack's `format` field, so a stray JSON file is recognised as not a pack. */
export const PACK_FORMAT = 'jurubaca-pack';
/** The pack format this kiosk reads. A newer format is refused with a message saying so. */
export const PACK_FORMAT_VERSION = 1;

/** Any item a pack carries. */
export const itemSchema = z.discriminatedUnion('kind', [programSchema, regulationSchema, noticeSchema]);
/** Any item a pack carries. */
export type Item = z.infer<typeof itemSchema>;

/** A content pack: one versioned JSON document that moves content between kiosks. */
export const packSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  /** Increases with every publish, e.g. "2026.11.23-1". */
  packVersion: z.string().trim().min(1),
  createdAt: isoDateSchema,
  title: localizedTextSchema,
  /** The library this pack was made for. */
  library: z.object({ name: localizedTextSchema, city: z.string().trim().min(1) }),
  items: z.array(itemSchema),
  finder: finderSchema,
});
/** A content pack. */
export type Pack = z.infer<typeof packSchema>;
