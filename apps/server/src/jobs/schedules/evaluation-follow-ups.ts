import { sendFollowUpRequests } from '@knutepunkt/api';
import type { ScheduleDefinition } from '@knutepunkt/jobs';
import type { ScheduleEnv } from './env.ts';

/**
 * Every hour: the service contacts of each published evaluation are asked for a status of its
 * recommendations 6 and 12 months after publication (docs/adr/0025). Once per round however
 * often it runs and on however many instances: the service claims the round (`requestedAt`)
 * with a conditional update before writing to the outbox.
 */
export const evaluationFollowUpsSchedule = (env: ScheduleEnv): ScheduleDefinition => ({
  name: 'evaluations.follow-up-requests',
  cron: '41 * * * *',
  handler: async ({ db }) => void (await sendFollowUpRequests(db, env.urls)),
});
