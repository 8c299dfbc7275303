import { z } from 'zod';
import { idField } from '../schemas/fields.ts';
import { osloDateTimeInput } from '../meetings/schemas.ts';
import { isCalendarDate } from '../time/oslo-input.ts';

/**
 * Data collection (docs/adr/0025): interviews, consents and notes the team records. An
 * interview is named by a respondent or group code, never a name; a note answers one guide
 * question of the interview's guide version and is stored sealed.
 */
export const INTERVIEW_KINDS = ['group', 'individual'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const COLLECTION_LIMITS = {
  code: 12,
  /** A group interview hears 2–12 people; an individual one exactly one. */
  groupMin: 2,
  groupMax: 12,
  note: 20_000,
} as const;

/** Letters, digits and dashes, at most 12: short enough that nobody types a name into it by habit. */
export const interviewCodeField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(COLLECTION_LIMITS.code, { error: 'evaluations.interview.codeFormat' })
  .regex(/^[A-Za-z0-9-]+$/, { error: 'evaluations.interview.codeFormat' });

const calendarDay = z.string({ error: 'validation.required' }).refine(isCalendarDate, { error: 'validation.invalid' });

const interviewFields = {
  code: interviewCodeField,
  kind: z.enum(INTERVIEW_KINDS, { error: 'validation.choice' }),
  /** The Oslo calendar day it was held. */
  heldOn: calendarDay,
  participants: z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(1, { error: 'validation.invalid' })
    .max(COLLECTION_LIMITS.groupMax, { error: 'evaluations.interview.participantsGroup' }),
};

/** Whether the number heard fits the kind: a group 2..12, an individual interview exactly 1. */
export function participantsFit(kind: InterviewKind, participants: number): boolean {
  return kind === 'individual'
    ? participants === 1
    : participants >= COLLECTION_LIMITS.groupMin && participants <= COLLECTION_LIMITS.groupMax;
}

const checkParticipants = (v: { kind: InterviewKind; participants: number }, ctx: z.RefinementCtx) => {
  if (!participantsFit(v.kind, v.participants)) {
    ctx.addIssue({
      code: 'custom',
      path: ['participants'],
      message:
        v.kind === 'individual'
          ? 'evaluations.interview.participantsIndividual'
          : 'evaluations.interview.participantsGroup',
    });
  }
};

export const createInterviewInput = z
  .object({ evaluationId: idField, ...interviewFields })
  .superRefine(checkParticipants);
export type CreateInterviewInput = z.infer<typeof createInterviewInput>;

export const updateInterviewInput = z
  .object({ interviewId: idField, ...interviewFields })
  .superRefine(checkParticipants);
export type UpdateInterviewInput = z.infer<typeof updateInterviewInput>;

/**
 * A consent as the interviewer obtained it: when (on a clock in Oslo) and under which version of
 * the consent text, which must be the evaluation's current one (the form showed that text).
 */
export const recordConsentInput = z.object({
  interviewId: idField,
  obtainedAt: osloDateTimeInput,
  consentVersion: z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(1).max(10_000),
});
export type RecordConsentInput = z.infer<typeof recordConsentInput>;

/**
 * One save of a note as the team member writes. `revision` is the revision the text was edited
 * from (0 for a new note), so a second tab is told rather than overwritten; `warningShown` says
 * the form showed a re-identification warning for this text.
 */
export const saveNoteInput = z.object({
  interviewId: idField,
  questionKey: z.string({ error: 'validation.invalid' }).regex(/^[a-z0-9-]{1,20}$/, { error: 'validation.invalid' }),
  body: z.string({ error: 'validation.invalid' }).max(COLLECTION_LIMITS.note, { error: 'validation.tooLong' }),
  revision: z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(0).max(1_000_000),
  warningShown: z.boolean({ error: 'validation.invalid' }),
});
export type SaveNoteInput = z.infer<typeof saveNoteInput>;
