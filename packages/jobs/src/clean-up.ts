import type { Db } from '@knutepunkt/db';
import { THROTTLE_RULES } from '@knutepunkt/auth';

/** One kind of row that outlives its use: how to delete those that have, as of `now`. Returns how many went. */
export interface CleanUpRule {
  name: string;
  run: (db: Db, now: Date) => Promise<number>;
}

const MINUTE = 60_000;
/** A throttle row matters until the longest window or lock of its kind has passed (packages/auth/src/throttle.ts). */
const THROTTLE_MINUTES = Math.max(
  ...Object.values(THROTTLE_RULES).map((rule) => Math.max(rule.windowMinutes, rule.lockMinutes)),
);

/**
 * What the clean-up deletes. Later modules add a line here (reset tokens,
 * raw evaluation data past its keep-until date, …).
 */
export const CLEAN_UP_RULES: CleanUpRule[] = [
  {
    name: 'expired sessions',
    run: async (db, now) => (await db.session.deleteMany({ where: { expiresAt: { lte: now } } })).count,
  },
  {
    name: 'stale sign-in throttles',
    run: async (db, now) => {
      const before = new Date(now.getTime() - THROTTLE_MINUTES * MINUTE);
      const result = await db.signInThrottle.deleteMany({
        where: {
          windowStart: { lte: before },
          OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
        },
      });
      return result.count;
    },
  },
];

/** Run every rule; returns how many rows each deleted, by name. */
export async function cleanUp(db: Db, now = new Date(), rules = CLEAN_UP_RULES): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const rule of rules) deleted[rule.name] = await rule.run(db, now);
  return deleted;
}
