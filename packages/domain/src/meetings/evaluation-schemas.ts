import { z } from 'zod';
import { idField, requiredText } from '../schemas/fields.ts';

/** Limits on an evaluation form (docs/adr/0022). */
export const EVALUATION_LIMITS = {
  question: 300,
  textQuestions: 5,
  answer: 2_000,
} as const;

const calendarDate = z
  .string({ error: 'validation.invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid' });

/**
 * The form a coordinator sets: one rating question (answered 1–5) and up to
 * five free-text questions, and the last day (Oslo) answers are taken.
 */
export const evaluationQuestionsInput = z.object({
  ratingQuestion: requiredText(EVALUATION_LIMITS.question),
  textQuestions: z
    .array(requiredText(EVALUATION_LIMITS.question), { error: 'validation.invalid' })
    .max(EVALUATION_LIMITS.textQuestions, { error: 'validation.tooLong' }),
  closesOn: calendarDate,
});
export type EvaluationQuestionsInput = z.infer<typeof evaluationQuestionsInput>;

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * One person's answer: the rating and one text per free-text question, in the
 * form's order (an empty text is "no answer"). The service checks the count
 * against the form.
 */
export const evaluationAnswerInput = z.object({
  meetingId: idField,
  rating: z
    .number({ error: 'validation.choice' })
    .int({ error: 'validation.choice' })
    .min(1, { error: 'validation.choice' })
    .max(5, { error: 'validation.choice' }),
  texts: z
    .array(
      z.string({ error: 'validation.invalid' }).trim().max(EVALUATION_LIMITS.answer, { error: 'validation.tooLong' }),
      { error: 'validation.invalid' },
    )
    .max(EVALUATION_LIMITS.textQuestions, { error: 'validation.tooLong' }),
});
export type EvaluationAnswerInput = z.infer<typeof evaluationAnswerInput>;
