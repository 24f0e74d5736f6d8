import { z } from 'zod';

export { LANGUAGES, isFallback, pickText, type Language } from './language.ts';

/** Text in Indonesian (required) and English (optional). */
export const localizedTextSchema = z.object({
  id: z.string().trim().min(1),
  en: z.string().trim().min(1).optional(),
});
/** Text in Indonesian (required) and English (optional). */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A calendar date written as YYYY-MM-DD that exists in the calendar. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a calendar date');

/** Where a fact came from: a publisher and a document, optionally its public address. */
export const sourceSchema = z.object({
  publisher: z.string().trim().min(1),
  title: z.string().trim().min(1),
  url: z.url().optional(),
});
/** Where a fact came from. */
export type Source = z.infer<typeof sourceSchema>;

/** A stable item identifier: lowercase letters, digits and dashes (used in addresses such as #/program/pkh). */
export const itemIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');
