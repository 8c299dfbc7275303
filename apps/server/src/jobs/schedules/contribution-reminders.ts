import { sendContributionReminders } from '@knutepunkt/api';
import type { ScheduleDefinition } from '@knutepunkt/jobs';
import type { ScheduleEnv } from './env.ts';

/**
 * Every hour: organisations that have not sent their contribution to a meeting whose
 * deadline is less than a week away get one reminder to their editors (docs/adr/0018).
 * Once per organisation and meeting however often it runs and on however many instances:
 * the service claims a ContributionReminder row before writing to the outbox.
 */
export const contributionRemindersSchedule = (env: ScheduleEnv): ScheduleDefinition => ({
  name: 'meetings.contribution-reminders',
  cron: '23 * * * *',
  handler: async ({ db }) => void (await sendContributionReminders(db, env.urls)),
});
