import { z } from 'zod';
import { SLUG_PATTERN, idField } from '../schemas/fields.ts';

/**
 * The conference module's basic inputs (docs/adr/0023); each part of the module keeps its
 * own schemas beside this file (editing-schemas.ts, release-schemas.ts, …).
 */
export const editionIdInput = z.object({ editionId: idField });
export const editionSlugInput = z.object({
  slug: z
    .string({ error: 'validation.invalid' })
    .max(120, { error: 'validation.invalid' })
    .regex(SLUG_PATTERN, { error: 'validation.invalid' }),
});
