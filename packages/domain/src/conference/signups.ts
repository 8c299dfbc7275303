import type { RegistrationRules } from '../meetings/registration.ts';

/**
 * A workshop's sign-up seen through the meetings' registration rules (docs/adr/0023), so the
 * places, the waiting list and its promotions follow the one set of rules
 * (`placeNewRegistration`, `promotionsFor`, `registrationWindow` of meetings/registration.ts):
 * a session in the newest published release counts as a published meeting starting when it
 * starts, with no per-organisation limit, no opening time and no deadline. So sign-up is open
 * until the session starts, and a freed place goes to the first waiting at once.
 */
export function sessionSignupRules(session: {
  /** In the newest published release (a session taken out of the programme is closed). */
  published: boolean;
  startsAt: Date;
  capacity: number | null;
}): RegistrationRules {
  return {
    status: session.published ? 'published' : 'draft',
    startsAt: session.startsAt,
    capacity: session.capacity,
    perOrganisationLimit: null,
    registrationOpensAt: null,
    registrationDeadline: null,
  };
}
