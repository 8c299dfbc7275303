import type { Db } from '@knutepunkt/db';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { clearFailures, lockedMinutes, recordFailure, throttleKey } from './throttle.ts';

export type SignInResult =
  { ok: true; userId: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; minutes: number };

/**
 * Check an e-mail and password. Unknown e-mail, wrong password and disabled
 * account all answer 'invalid' after the same amount of work, so neither the
 * message nor the timing tells whether an account exists.
 */
export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const accountKey = throttleKey('account', input.email);
  const addressKey = throttleKey('address', input.address);
  const minutes = await lockedMinutes(db, [accountKey, addressKey], now);
  if (minutes > 0) return { ok: false, reason: 'throttled', minutes };

  const user = await db.user.findUnique({
    where: { email: input.email.toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const valid = user
    ? (await verifyPassword(user.passwordHash, input.password)) && !user.disabledAt
    : await verifyAgainstDummy(input.password);

  if (!valid || !user) {
    await recordFailure(db, 'account', accountKey, now);
    await recordFailure(db, 'address', addressKey, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearFailures(db, accountKey);
  return { ok: true, userId: user.id };
}
