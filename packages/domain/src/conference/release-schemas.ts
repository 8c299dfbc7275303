import { z } from 'zod';
import { idField, requiredText } from '../schemas/fields.ts';

/** Limits on a release's words (docs/adr/0023). */
export const RELEASE_LIMITS = { name: 80, note: 2_000 } as const;

const note = z.string({ error: 'validation.invalid' }).trim().max(RELEASE_LIMITS.note, { error: 'validation.tooLong' });

/** A draft release: its name («v2 – endringer 3. okt», frab's version) and the note shown in the change log. */
export const releaseFields = z.object({
  name: requiredText(RELEASE_LIMITS.name),
  note: note.default(''),
});
export type ReleaseFields = z.infer<typeof releaseFields>;

export const releaseCreateInput = releaseFields.extend({ editionId: idField });
export const releaseIdInput = z.object({ releaseId: idField });
export const releaseUpdateInput = releaseFields.extend({ releaseId: idField });
export type ReleaseUpdateInput = z.infer<typeof releaseUpdateInput>;
