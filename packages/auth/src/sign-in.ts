import type { Db } from '@knutepunkt/db';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import {
  THROTTLE_RULES,
  bump,
  clearFailures,
  currentCount,
  lock,
  minutesUntil,
  pairKey,
  throttleKey,
} from './throttle.ts';

export type SignInResult =
  { ok: true; userId: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; minutes: number };

/**
 * Check an e-mail and password. Unknown e-mail, wrong password and disabled
 * account all answer 'invalid' after the same amount of work, so neither the
 * message nor the timing tells whether an account exists.
 *
 * Throttling (./throttle.ts): the attempt is counted on the account before the
 * password is checked, so parallel guesses cannot slip past the limit between
 * the check and the count; a success clears the account's counts again.
 */
export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const accountKey = throttleKey('account', input.email);
  const addressKey = throttleKey('address', input.address);
  const pair = pairKey(input.address, input.email);

  // Past the address's threshold, only accounts that have failed from it are refused.
  const [address, pairCount] = await Promise.all([
    currentCount(db, 'address', addressKey, now),
    currentCount(db, 'pair', pair, now),
  ]);
  if (address?.lockedUntil && pairCount && pairCount.failures >= THROTTLE_RULES.pair.maxFailures) {
    return { ok: false, reason: 'throttled', minutes: minutesUntil(address.lockedUntil, now) };
  }

  const account = await bump(db, 'account', accountKey, now);
  if (account.lockedUntil && account.lockedUntil > now) {
    return { ok: false, reason: 'throttled', minutes: minutesUntil(account.lockedUntil, now) };
  }
  // Beyond the limit while the attempt that reached it is still being checked.
  if (account.failures > THROTTLE_RULES.account.maxFailures) {
    return { ok: false, reason: 'throttled', minutes: THROTTLE_RULES.account.lockMinutes };
  }

  const user = await db.user.findUnique({
    where: { email: input.email.toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const valid = user
    ? (await verifyPassword(user.passwordHash, input.password)) && !user.disabledAt
    : await verifyAgainstDummy(input.password);

  if (!valid || !user) {
    if (account.failures >= THROTTLE_RULES.account.maxFailures) await lock(db, 'account', accountKey, now);
    await bump(db, 'pair', pair, now);
    const fromAddress = await bump(db, 'address', addressKey, now);
    if (fromAddress.failures >= THROTTLE_RULES.address.maxFailures) await lock(db, 'address', addressKey, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearFailures(db, [accountKey, pair]);
  return { ok: true, userId: user.id };
}
