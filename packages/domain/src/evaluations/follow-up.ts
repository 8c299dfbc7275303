import { z } from 'zod';
import { idField } from '../schemas/fields.ts';
import { FOLLOW_UP_MONTHS, followUpDueAt } from './retention.ts';

/**
 * The follow-up of a published report's recommendations (docs/adr/0025): the service's response
 * to each, then a status after 6 and 12 months, asked for by a scheduled job.
 */
export const EVALUATION_RESPONSES = ['agreed', 'partly', 'not_agreed'] as const;
export type EvaluationResponseKind = (typeof EVALUATION_RESPONSES)[number];

export const FOLLOW_UP_STATUSES = ['done', 'in_progress', 'not_started'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Months after publication when the service contacts are asked for a status. */
export const FOLLOW_UP_ROUND_MONTHS = FOLLOW_UP_MONTHS;

export const FOLLOW_UP_LIMITS = { plannedAction: 2000, responsible: 200, comment: 2000 } as const;

/** When each round is due: `months` after the publication day, at midnight in Oslo (retention.ts). */
export function followUpRoundsFor(publishedAt: Date): Array<{ months: number; dueAt: Date }> {
  return FOLLOW_UP_ROUND_MONTHS.map((months) => ({ months, dueAt: followUpDueAt(publishedAt, months) }));
}

/**
 * Which round a status given now answers: the latest round already requested, unless this
 * recommendation already has a status for it (then the status is an extra one, round null).
 */
export function roundToAnswer(
  requestedRounds: readonly number[],
  answeredRounds: readonly (number | null)[],
): number | null {
  if (requestedRounds.length === 0) return null;
  const latest = Math.max(...requestedRounds);
  return answeredRounds.includes(latest) ? null : latest;
}

const text = (max: number) =>
  z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' });

/** A public report by its address. */
export const reportSlugInput = z.object({
  slug: z
    .string({ error: 'validation.invalid' })
    .max(120, { error: 'validation.invalid' })
    .regex(/^[a-z0-9-]*$/, { error: 'validation.invalid' }),
});

/** The lead asks for a round's status before it is due. */
export const followUpRoundInput = z.object({
  evaluationId: idField,
  months: z.union([z.literal(6), z.literal(12)], { error: 'validation.choice' }),
});

/** The service's response to one recommendation. */
export const recommendationResponseInput = z.object({
  recommendationId: idField,
  response: z.enum(EVALUATION_RESPONSES, { error: 'validation.choice' }),
  plannedAction: text(FOLLOW_UP_LIMITS.plannedAction),
  responsible: text(FOLLOW_UP_LIMITS.responsible),
});

/** A follow-up status of one recommendation. */
export const recommendationStatusInput = z.object({
  recommendationId: idField,
  status: z.enum(FOLLOW_UP_STATUSES, { error: 'validation.choice' }),
  comment: text(FOLLOW_UP_LIMITS.comment),
});
