import { currentOutboxQueue, sweepOutbox } from '@knutepunkt/api';
import type { ScheduleDefinition } from '@knutepunkt/jobs';

/**
 * Every five minutes: queue a `mail.send` job for outbox rows that have none
 * (a job that ran out of tries on a busy row, a worker that died mid-send).
 * Nothing to do while no SMTP server is configured.
 */
export const outboxSweepSchedule: ScheduleDefinition = {
  name: 'outbox.sweep',
  cron: '*/5 * * * *',
  handler: async ({ db, send }) => {
    if (currentOutboxQueue()) await sweepOutbox(db, { send });
  },
};
