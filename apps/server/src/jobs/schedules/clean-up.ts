import {
  deleteExpiredSignInEmailLinks,
  deleteExpiredSignInFlows,
  eraseExpiredSensitiveAnswers,
} from '@knutepunkt/api';
import { deleteExpiredResetTokens } from '@knutepunkt/auth';
import { CLEAN_UP_RULES, cleanUp } from '@knutepunkt/jobs';
import type { ScheduleDefinition } from '@knutepunkt/jobs';

/**
 * Every night: expired sessions, stale sign-in throttles (CLEAN_UP_RULES in
 * packages/jobs), expired password reset tokens (docs/adr/0015), and expired
 * OpenID Connect e-mail links and sign-in flows (docs/adr/0016; links first:
 * they belong to a flow), and the meetings' dietary, access and travel-support
 * answers past their meeting's keep-until date, counts kept (docs/adr/0018).
 */
export const cleanUpSchedule: ScheduleDefinition = {
  name: 'clean-up',
  cron: '17 3 * * *',
  handler: async ({ db }) =>
    void (await cleanUp(db, new Date(), [
      ...CLEAN_UP_RULES,
      { name: 'expired password reset tokens', run: (db, now) => deleteExpiredResetTokens(db, now) },
      { name: 'expired sign-in e-mail links', run: (db, now) => deleteExpiredSignInEmailLinks(db, now) },
      { name: 'expired sign-in flows', run: (db, now) => deleteExpiredSignInFlows(db, now) },
      { name: 'meetings’ sensitive answers', run: (db, now) => eraseExpiredSensitiveAnswers(db, now) },
    ])),
};
