import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { Prisma, type Db } from '@knutepunkt/db';

/**
 * Sign-in throttling, kept in the database so every server instance sees the
 * same counts. Keys are hashed: the table holds no e-mail address or IP.
 *
 * - account: failures for one e-mail address (known or not: the same rule, so
 *   nothing is revealed), from any network address. The 6th failure locks that
 *   account for 15 minutes, and nothing else.
 * - pair: failures for one account from one network address.
 * - address: failures from one network address, over all accounts. Municipal
 *   staff share an address, so past its threshold it never locks the address:
 *   it refuses only the accounts that have themselves failed from it (their
 *   pair count), until the address's window ends. A person who has not failed
 *   signs in as usual. See docs/adr/0013.
 */
export const THROTTLE_RULES = {
  account: { maxFailures: 6, windowMinutes: 15, lockMinutes: 15 },
  pair: { maxFailures: 1, windowMinutes: 15, lockMinutes: 15 },
  address: { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 },
  // Password reset requests (docs/adr/0015): every request counts, not only failures. Past the
  // limit the answer stays the same and no message is sent.
  resetEmail: { maxFailures: 3, windowMinutes: 60, lockMinutes: 60 },
  resetAddress: { maxFailures: 10, windowMinutes: 15, lockMinutes: 15 },
} as const;
export type ThrottleKind = keyof typeof THROTTLE_RULES;

const MINUTE = 60_000;

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${encodeHexLowerCase(sha256(new TextEncoder().encode(`${kind}:${value.toLowerCase()}`)))}`;
}

/** The pair key: one account from one network address. */
export function pairKey(address: string, email: string): string {
  return throttleKey('pair', `${address}\n${email}`);
}

export interface ThrottleCount {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * Count one more attempt on a key, in one statement, so simultaneous requests
 * (on any instance) each see a different count and none is lost. A window that
 * has run out, or a lock that has ended, starts again from 1.
 */
export async function bump(db: Db, kind: ThrottleKind, key: string, now = new Date()): Promise<ThrottleCount> {
  const windowStart = new Date(now.getTime() - THROTTLE_RULES[kind].windowMinutes * MINUTE);
  const stale = Prisma.sql`(t."lockedUntil" IS NOT NULL AND t."lockedUntil" <= ${now}::timestamp(3))
    OR (t."lockedUntil" IS NULL AND t."windowStart" <= ${windowStart}::timestamp(3))`;
  const [row] = await db.$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}::timestamp(3), NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${stale} THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN ${stale} THEN ${now}::timestamp(3) ELSE t."windowStart" END,
      "lockedUntil" = CASE WHEN ${stale} THEN NULL ELSE t."lockedUntil" END
    RETURNING "failures", "lockedUntil"`;
  return { failures: Number(row!.failures), lockedUntil: row!.lockedUntil ? new Date(row!.lockedUntil) : null };
}

/** Lock a key (or mark an address as past its threshold) until the rule's time runs out. Never shortens a lock. */
export async function lock(db: Db, kind: ThrottleKind, key: string, now = new Date()): Promise<void> {
  const until = new Date(now.getTime() + THROTTLE_RULES[kind].lockMinutes * MINUTE);
  await db.signInThrottle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lt: until } }] },
    data: { lockedUntil: until },
  });
}

/** A key's current count, or null when it has none (or its window or lock has run out). */
export async function currentCount(
  db: Db,
  kind: ThrottleKind,
  key: string,
  now = new Date(),
): Promise<ThrottleCount | null> {
  const row = await db.signInThrottle.findUnique({ where: { key } });
  if (!row) return null;
  const windowStart = now.getTime() - THROTTLE_RULES[kind].windowMinutes * MINUTE;
  const stale = row.lockedUntil ? row.lockedUntil.getTime() <= now.getTime() : row.windowStart.getTime() <= windowStart;
  return stale ? null : { failures: row.failures, lockedUntil: row.lockedUntil };
}

/** Whole minutes from now until a time, at least 1. */
export function minutesUntil(until: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: keys } } });
}
