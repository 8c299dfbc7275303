import { z } from 'zod';
import { editionSlugInput } from './schemas.ts';
import { STARS_MAX } from './stars.ts';

/**
 * The stars' inputs (docs/adr/0024), apart from the pure helpers in stars.ts: the web app's
 * star toggle imports those on every conference page, and zod must not come along with them.
 */
const guidField = z.uuid({ error: 'validation.invalid' });

/** One session of an edition, by GUID: star, unstar. */
export const starInput = editionSlugInput.extend({ guid: guidField });
export type StarInput = z.infer<typeof starInput>;

export const starEntryInput = z.object({
  guid: guidField,
  starred: z.boolean({ error: 'validation.invalid' }),
  /** ms since the epoch; from 2020 on, so a device with a reset clock cannot send year 1970. */
  at: z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(Date.UTC(2020, 0, 1), { error: 'validation.invalid' })
    .max(8.64e15, { error: 'validation.invalid' }),
});

/** A browser's entries for one edition, sent on signing in, after changes and when back online. */
export const syncStarsInput = editionSlugInput.extend({
  entries: z
    .array(starEntryInput, { error: 'validation.invalid' })
    .max(STARS_MAX, { error: 'validation.tooLong' })
    .refine((entries) => new Set(entries.map((e) => e.guid)).size === entries.length, {
      error: 'validation.invalid',
    }),
});
export type SyncStarsInput = z.infer<typeof syncStarsInput>;
