import type { Db } from '@knutepunkt/db';
import { THROTTLE_RULES, bump, throttleKey } from './throttle.ts';

/**
 * May a password reset message be sent for this request? Counted per e-mail address (known
 * or not, so nothing is revealed: at most 3 an hour, so nobody floods a person's inbox) and
 * per network address (10 per 15 minutes, so nobody probes or sprays). Both counts are
 * bumped on every request, in one statement each, like sign-in (./throttle.ts).
 */
export async function allowResetRequest(
  db: Db,
  input: { email: string; address: string },
  now = new Date(),
): Promise<boolean> {
  const [byEmail, byAddress] = await Promise.all([
    bump(db, 'resetEmail', throttleKey('resetEmail', input.email), now),
    bump(db, 'resetAddress', throttleKey('resetAddress', input.address), now),
  ]);
  return (
    byEmail.failures <= THROTTLE_RULES.resetEmail.maxFailures &&
    byAddress.failures <= THROTTLE_RULES.resetAddress.maxFailures
  );
}
