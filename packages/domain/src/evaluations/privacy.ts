import { z } from 'zod';
import { idField } from '../schemas/fields.ts';

/**
 * The privacy operations of an evaluation (docs/adr/0025): the raw-read log, the deletion
 * records and «break the glass».
 */

/** How long an admin's «break the glass» lasts: long enough to help, short enough to be an exception. */
export const BREAK_GLASS_MINUTES = 60;
export const BREAK_GLASS_REASON = { min: 10, max: 500 } as const;
/** Rows per page of the raw-read log. */
export const RAW_READS_PAGE_SIZE = 50;

/** A page of the raw-read log. */
export const rawReadsInput = z.object({
  evaluationId: idField,
  page: z.number({ error: 'validation.invalid' }).int().min(1).max(10_000).default(1),
});

/** An admin breaks the glass: a reason the lead is told. */
export const breakGlassInput = z.object({
  evaluationId: idField,
  reason: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .min(BREAK_GLASS_REASON.min, { error: 'evaluations.breakGlass.reasonTooShort' })
    .max(BREAK_GLASS_REASON.max, { error: 'validation.tooLong' }),
});
