import { z } from 'zod';
import { idField, requiredText } from '../schemas/fields.ts';
import { GOAL_STATUSES, PROMPT_KINDS } from './contributions.ts';
import { osloDateTimeInput } from './schemas.ts';

/** Limits on a meeting's prompts and on an answer: generous for real use, bounded for safety. */
export const CONTRIBUTION_LIMITS = {
  prompts: 30,
  question: 1_000,
  goals: 60,
  goal: 300,
  answer: 10_000,
  comment: 1_000,
} as const;

const goalInput = z.object({
  /** An existing goal keeps its id (and its answers); a new one has none. */
  id: idField.optional(),
  title: requiredText(CONTRIBUTION_LIMITS.goal),
});

export const promptInput = z
  .object({
    id: idField.optional(),
    kind: z.enum(PROMPT_KINDS, { error: 'validation.choice' }),
    question: requiredText(CONTRIBUTION_LIMITS.question),
    goals: z.array(goalInput, { error: 'validation.invalid' }).max(CONTRIBUTION_LIMITS.goals, {
      error: 'validation.tooLong',
    }),
  })
  .superRefine((prompt, ctx) => {
    // A status table needs its rows; a free-text question has none.
    if (prompt.kind === 'status_table' && prompt.goals.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['goals'], message: 'meetings.contributions.goals.required' });
    }
    if (prompt.kind === 'text' && prompt.goals.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['goals'], message: 'validation.invalid' });
    }
  });

/** The coordinator's prompts and deadline, saved whole (like the agenda). */
export const contributionPromptsInput = z.object({
  deadline: osloDateTimeInput,
  prompts: z
    .array(promptInput, { error: 'validation.invalid' })
    .max(CONTRIBUTION_LIMITS.prompts, { error: 'validation.tooLong' }),
  /** True once the coordinator has agreed that removed prompts' answers are deleted. */
  confirmRemoval: z.boolean({ error: 'validation.invalid' }).default(false),
});

/** Which organisation's contribution (with the meeting's id from the procedure). */
export const contributionOrganisationInput = z.object({ organisationId: idField });

const answerText = z
  .string({ error: 'validation.invalid' })
  .max(CONTRIBUTION_LIMITS.answer, { error: 'validation.tooLong' });

/** What autosave sends: only the answers that changed, so two editors of one organisation never undo each other. */
export const contributionSaveInput = z.object({
  organisationId: idField,
  answers: z
    .array(z.object({ promptId: idField, text: answerText }), { error: 'validation.invalid' })
    .max(CONTRIBUTION_LIMITS.prompts, { error: 'validation.tooLong' }),
  goals: z
    .array(
      z.object({
        goalId: idField,
        status: z.enum(GOAL_STATUSES, { error: 'validation.choice' }).nullable(),
        comment: z
          .string({ error: 'validation.invalid' })
          .max(CONTRIBUTION_LIMITS.comment, { error: 'validation.tooLong' }),
      }),
      { error: 'validation.invalid' },
    )
    .max(CONTRIBUTION_LIMITS.prompts * CONTRIBUTION_LIMITS.goals, { error: 'validation.tooLong' }),
});

/** The coordinator marks an organisation's answer to a prompt to be presented at the meeting. */
export const contributionPresentInput = z.object({
  answerId: idField,
  present: z.boolean({ error: 'validation.invalid' }),
});

export type ContributionPromptsInput = z.output<typeof contributionPromptsInput>;
export type ContributionSaveInput = z.output<typeof contributionSaveInput>;
