import { z } from 'zod';
import type { Access, Actor } from '../roles/actor.ts';
import { isEditorAnywhere, isEditorOf } from '../roles/decisions.ts';
import { idField, requiredText } from '../schemas/fields.ts';
import { managesMinutes } from './minutes.ts';

/**
 * Action points (oppfølgingspunkter): what an organisation takes on at a
 * meeting, followed up at the network's next one ("siden sist"). Each status
 * change is kept with its comment; the latest is the current status.
 */
export const ACTION_POINT_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionPointStatus = (typeof ACTION_POINT_STATUSES)[number];

export const ACTION_POINT_LIMITS = {
  what: 1_000,
  comment: 2_000,
  organisations: 20,
  perMeeting: 100,
} as const;

/** Done and dropped close an action point; open and in progress keep it on "siden sist". */
export function isClosedStatus(status: ActionPointStatus): boolean {
  return status === 'done' || status === 'dropped';
}

export const OPEN_ACTION_POINT_STATUSES = ACTION_POINT_STATUSES.filter((s) => !isClosedStatus(s));

/** A calendar date ('2027-03-01'): a due date has no time and no time zone. */
export const plainDateField = z
  .string({ error: 'validation.invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid' })
  .refine((value) => isRealDate(value), { error: 'validation.invalid' });

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const actionPointFields = {
  what: requiredText(ACTION_POINT_LIMITS.what),
  organisationIds: z
    .array(idField, { error: 'validation.invalid' })
    .min(1, { error: 'meetings.actionPoints.error.noOrganisation' })
    .max(ACTION_POINT_LIMITS.organisations, { error: 'validation.tooLong' })
    .transform((ids) => [...new Set(ids)]),
  dueDate: plainDateField.nullable(),
};

export const actionPointIdInput = z.object({ actionPointId: idField });
/** Create (on the procedure's meeting) and edit take the same fields. */
export const actionPointInput = z.object(actionPointFields);
export type ActionPointFields = z.infer<typeof actionPointInput>;

export const actionPointStatusInput = z.object({
  status: z.enum(ACTION_POINT_STATUSES, { error: 'validation.choice' }),
  comment: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(ACTION_POINT_LIMITS.comment, { error: 'validation.tooLong' })
    .transform((v) => (v ? v : null)),
});
export type ActionPointStatusInput = z.infer<typeof actionPointStatusInput>;

/** Closing an action point (done, dropped) needs a word on how or why; null when the change may be made. */
export function statusChangeProblem(change: {
  status: ActionPointStatus;
  comment: string | null;
}): 'commentRequired' | null {
  return isClosedStatus(change.status) && !change.comment?.trim() ? 'commentRequired' : null;
}

/**
 * Update an action point's status: editors of a responsible organisation, the
 * network's coordinators, admins. Other editors and coordinators get a 404
 * (not theirs), everyone else a 403.
 */
export function actionPointUpdateAccess(
  actor: Actor | null,
  point: { networkId: string; organisationIds: readonly string[] },
): Access {
  if (!actor) return 'forbidden';
  if (managesMinutes(actor, point.networkId)) return 'allow';
  if (point.organisationIds.some((id) => isEditorOf(actor, id))) return 'allow';
  return isEditorAnywhere(actor) || actor.coordinatorOf.length > 0 ? 'notFound' : 'forbidden';
}

/** May this person update the point (for showing the form)? */
export function mayUpdateActionPoint(
  actor: Actor | null,
  point: { networkId: string; organisationIds: readonly string[] },
): boolean {
  return actionPointUpdateAccess(actor, point) === 'allow';
}
