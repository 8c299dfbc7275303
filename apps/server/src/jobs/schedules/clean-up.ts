import { cleanUp } from '@knutepunkt/jobs';
import type { ScheduleDefinition } from '@knutepunkt/jobs';

/** Every night: expired sessions and stale sign-in throttles (the rules: CLEAN_UP_RULES in packages/jobs). */
export const cleanUpSchedule: ScheduleDefinition = {
  name: 'clean-up',
  cron: '17 3 * * *',
  handler: async ({ db }) => void (await cleanUp(db)),
};
