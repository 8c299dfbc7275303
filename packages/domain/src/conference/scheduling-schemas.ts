import { z } from 'zod';
import { idField } from '../schemas/fields.ts';

/**
 * The programme editor's inputs (docs/adr/0023). A place is a day and a time on a clock in
 * Oslo; the API turns them into an instant through time/oslo-input.ts. `overlap` answers the
 * question asked for a time in the autumn's repeated hour: the first (summer time) or the
 * second (winter time).
 */
export const SESSION_DURATION = { min: 5, max: 720 } as const;
/** The grid's rows and the form's start times are this many minutes apart. */
export const GRID_STEP_MINUTES = 15;

export const unscheduleSessionInput = z.object({ sessionId: idField });

export const placeSessionInput = z.object({
  sessionId: idField,
  day: z.string({ error: 'validation.invalid' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid' }),
  roomId: idField,
  time: z.string({ error: 'validation.invalid' }).regex(/^\d{2}:\d{2}$/, { error: 'validation.invalid' }),
  overlap: z.enum(['first', 'second'], { error: 'validation.choice' }).optional(),
  durationMinutes: z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(SESSION_DURATION.min, { error: 'conference.admin.grid.error.duration' })
    .max(SESSION_DURATION.max, { error: 'conference.admin.grid.error.duration' })
    .optional(),
});
export type PlaceSessionInput = z.infer<typeof placeSessionInput>;
