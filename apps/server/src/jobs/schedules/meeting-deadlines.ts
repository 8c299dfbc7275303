import { sendDeadlineNotices } from '@knutepunkt/api';
import type { ScheduleDefinition } from '@knutepunkt/jobs';
import type { ScheduleEnv } from './env.ts';

/**
 * Every quarter of an hour: tell a network's coordinators that a meeting's
 * registration deadline has passed, with the counts, once per deadline
 * (docs/adr/0018). From then on they decide on the waiting list.
 */
export const meetingDeadlinesSchedule = (env: ScheduleEnv): ScheduleDefinition => ({
  name: 'meetings.deadline-notices',
  cron: '*/15 * * * *',
  handler: async ({ db }) => void (await sendDeadlineNotices(db, env.urls)),
});
