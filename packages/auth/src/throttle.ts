import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '@knutepunkt/db';

/**
 * Sign-in throttling, kept in the database so every server instance sees the
 * same counts. Keys are hashed: the table holds no e-mail address or IP.
 * An account (known or not: the same rule, so nothing is revealed) locks
 * after 5 failures in 15 minutes; an address after 30.
 */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 },
} as const;
type Kind = keyof typeof THROTTLE_RULES;

const MINUTE = 60_000;

export function throttleKey(kind: Kind, value: string): string {
  return `${kind}:${encodeHexLowerCase(sha256(new TextEncoder().encode(`${kind}:${value.toLowerCase()}`)))}`;
}

/** Minutes left of a lock on any of the keys, or 0 when none is locked. */
export async function lockedMinutes(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until ? Math.ceil((until - now.getTime()) / MINUTE) : 0;
}

export async function recordFailure(db: Db, kind: Kind, key: string, now = new Date()): Promise<void> {
  const rule = THROTTLE_RULES[kind];
  const row = await db.signInThrottle.findUnique({ where: { key } });
  const windowOpen = row && now.getTime() - row.windowStart.getTime() < rule.windowMinutes * MINUTE;
  const failures = windowOpen ? row.failures + 1 : 1;
  const lockedUntil = failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMinutes * MINUTE) : null;
  await db.signInThrottle.upsert({
    where: { key },
    create: { key, failures, windowStart: now, lockedUntil },
    update: { failures, lockedUntil, ...(windowOpen ? {} : { windowStart: now }) },
  });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
