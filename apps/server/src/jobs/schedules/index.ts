import type { ScheduleDefinition } from '@knutepunkt/jobs';
import { cleanUpSchedule } from './clean-up.ts';
import { contributionRemindersSchedule } from './contribution-reminders.ts';
import { dailyDigestSchedule } from './daily-digest.ts';
import type { ScheduleEnv } from './env.ts';
import { outboxSweepSchedule } from './outbox-sweep.ts';
import { meetingDeadlinesSchedule } from './meeting-deadlines.ts';
import { meetingRemindersSchedule } from './meeting-reminders.ts';
import { evaluationRetentionSchedule } from './evaluation-retention.ts';

export type { ScheduleEnv } from './env.ts';

/**
 * Every scheduled job, one file each in this folder. Adding one is a file
 * and a line here (docs/adr/0014); each runs once across all instances.
 */
export const schedules = (env: ScheduleEnv): ScheduleDefinition[] => [
  cleanUpSchedule,
  outboxSweepSchedule,
  dailyDigestSchedule(env),
  contributionRemindersSchedule(env),
  meetingRemindersSchedule(env),
  meetingDeadlinesSchedule(env),
  evaluationRetentionSchedule(env),
];
