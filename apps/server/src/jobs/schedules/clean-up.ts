import { deleteExpiredResetTokens } from '@knutepunkt/auth';
import { CLEAN_UP_RULES, cleanUp } from '@knutepunkt/jobs';
import type { ScheduleDefinition } from '@knutepunkt/jobs';

/**
 * Every night: expired sessions, stale sign-in throttles (CLEAN_UP_RULES in
 * packages/jobs) and expired password reset tokens (docs/adr/0015).
 */
export const cleanUpSchedule: ScheduleDefinition = {
  name: 'clean-up',
  cron: '17 3 * * *',
  handler: async ({ db }) =>
    void (await cleanUp(db, new Date(), [
      ...CLEAN_UP_RULES,
      { name: 'expired password reset tokens', run: (db, now) => deleteExpiredResetTokens(db, now) },
    ])),
};
