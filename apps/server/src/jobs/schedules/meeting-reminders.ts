import { sendMeetingReminders } from '@knutepunkt/api';
import type { ScheduleDefinition } from '@knutepunkt/jobs';
import type { ScheduleEnv } from './env.ts';

/**
 * Every hour: the reminder to everyone registered for a published meeting that
 * starts within two days, once per meeting (docs/adr/0018). Through the
 * outbox, so each person's notification choices decide; without SMTP the rows
 * are kept for the outbox pages.
 */
export const meetingRemindersSchedule = (env: ScheduleEnv): ScheduleDefinition => ({
  name: 'meetings.reminders',
  cron: '7 * * * *',
  handler: async ({ db }) => void (await sendMeetingReminders(db, env.urls)),
});
