import { runEvaluationRetention } from '@knutepunkt/api';
import type { ScheduleDefinition } from '@knutepunkt/jobs';
import type { ScheduleEnv } from './env.ts';

/**
 * Every hour: the evaluations' retention (docs/adr/0025). The lead is reminded 14 days before
 * an evaluation's raw data is deleted, and it is deleted when its retention period ends (at
 * midnight in Oslo, so within the hour after). Once each however often it runs and on however
 * many instances (see runEvaluationRetention).
 */
export const evaluationRetentionSchedule = (env: ScheduleEnv): ScheduleDefinition => ({
  name: 'evaluations.retention',
  cron: '7 * * * *',
  handler: async ({ db }) => void (await runEvaluationRetention(db, env.urls)),
});
