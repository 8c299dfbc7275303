import { z } from 'zod';
import { idField } from '../schemas/fields.ts';
import { osloDateTimeInput } from '../meetings/schemas.ts';
import { editionIdInput, editionSlugInput } from './schemas.ts';

/** The most places a workshop (or the conference) may offer. */
export const SIGNUP_LIMITS = { capacity: 100_000, sessionNumber: 1_000_000 } as const;

const places = z
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .min(1, { error: 'validation.invalid' })
  .max(SIGNUP_LIMITS.capacity, { error: 'validation.invalid' });

/** A published session, as the public addresses it: the edition's slug and the session's number. */
export const sessionSignupInput = editionSlugInput.extend({
  number: z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(1, { error: 'validation.invalid' })
    .max(SIGNUP_LIMITS.sessionNumber, { error: 'validation.invalid' }),
});
export type SessionSignupInput = z.infer<typeof sessionSignupInput>;

/** A session of the working copy, for its coordinators. */
export const signupSessionIdInput = z.object({ sessionId: idField });
export const signupCapacityInput = z.object({ capacity: places.nullable() });
export const signupIdInput = z.object({ signupId: idField });
export const moveSignupInput = z.object({ to: z.enum(['confirmed', 'waiting'], { error: 'validation.choice' }) });

/**
 * The conference's own registration, a meeting of the meetings module (docs/adr/0023): its
 * places, when it opens and its deadline, in Oslo time.
 */
export const registrationSetupInput = editionIdInput.extend({
  capacity: places.nullable(),
  registrationOpensAt: osloDateTimeInput.nullable(),
  registrationDeadline: osloDateTimeInput.nullable(),
});
export type RegistrationSetupInput = z.infer<typeof registrationSetupInput>;
