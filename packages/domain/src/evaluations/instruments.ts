import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { idField, requiredText } from '../schemas/fields.ts';
import { guideThemesSchema } from './guide.ts';

/**
 * The evaluation's instruments (docs/adr/0025): the versioned interview guide and the
 * questionnaires, answered on the web through a one-time link or entered from paper by the team.
 */

/** Every key of a guide (themes' and questions') is unique, so a note's `questionKey` names one thing. */
export const guideInput = guideThemesSchema.superRefine((themes, ctx) => {
  const seen = new Set<string>();
  for (const key of themes.flatMap((t) => [t.key, ...t.questions.map((q) => q.key)])) {
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', message: 'evaluations.guide.duplicateKey', path: [] });
      return;
    }
    seen.add(key);
  }
});

export const saveGuideInput = z.object({ evaluationId: idField, themes: guideInput });
/** One version of the guide; without a number, the newest. */
export const guideVersionInput = z.object({
  evaluationId: idField,
  version: z.number({ error: 'validation.invalid' }).int().min(1).max(10_000).optional(),
});

export const QUESTIONNAIRE_LIMITS = {
  title: 200,
  intro: 4_000,
  questions: 60,
  question: 1_000,
  option: 200,
  options: { min: 2, max: 12 },
  answerText: 4_000,
  links: 500,
} as const;

export const EVALUATION_QUESTION_KINDS = ['single', 'multiple', 'scale', 'text'] as const;
export type EvaluationQuestionKind = (typeof EVALUATION_QUESTION_KINDS)[number];
/** A scale question is answered 1–5; its two options are the labels of the ends. */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

export const questionnaireFields = z.object({
  title: requiredText(QUESTIONNAIRE_LIMITS.title),
  intro: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(QUESTIONNAIRE_LIMITS.intro, { error: 'validation.tooLong' }),
  language: z.enum(LOCALES, { error: 'validation.invalid' }),
});
export type QuestionnaireFields = z.infer<typeof questionnaireFields>;
export const createQuestionnaireInput = questionnaireFields.extend({ evaluationId: idField });
export const updateQuestionnaireInput = questionnaireFields.extend({ questionnaireId: idField });
export const questionnaireIdInput = z.object({ questionnaireId: idField });

export const questionInput = z
  .object({
    /** The question's id when it already exists, so an edit keeps it (the breakdown names it). */
    id: idField.optional(),
    kind: z.enum(EVALUATION_QUESTION_KINDS, { error: 'validation.invalid' }),
    text: requiredText(QUESTIONNAIRE_LIMITS.question),
    options: z.array(requiredText(QUESTIONNAIRE_LIMITS.option)).max(QUESTIONNAIRE_LIMITS.options.max, {
      error: 'evaluations.questionnaire.optionCount',
    }),
    required: z.boolean({ error: 'validation.invalid' }),
  })
  .superRefine((q, ctx) => {
    const { min, max } = QUESTIONNAIRE_LIMITS.options;
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && (q.options.length < min || q.options.length > max)) {
      ctx.addIssue({ code: 'custom', message: 'evaluations.questionnaire.optionCount', path: ['options'] });
    }
    if (q.kind === 'scale' && q.options.length !== 2) {
      ctx.addIssue({ code: 'custom', message: 'evaluations.questionnaire.scaleLabels', path: ['options'] });
    }
    if (q.kind === 'text' && q.options.length > 0) {
      ctx.addIssue({ code: 'custom', message: 'validation.invalid', path: ['options'] });
    }
  });
export type QuestionInput = z.infer<typeof questionInput>;
export const saveQuestionsInput = z.object({
  questionnaireId: idField,
  questions: z.array(questionInput).max(QUESTIONNAIRE_LIMITS.questions, { error: 'validation.tooLong' }),
});
export const setBreakdownInput = z.object({ questionnaireId: idField, questionId: idField.nullable() });
export const createLinksInput = z.object({
  questionnaireId: idField,
  count: z.number({ error: 'validation.invalid' }).int().min(1).max(QUESTIONNAIRE_LIMITS.links),
});

/** One answer as sent; validateAnswers checks it against the question it names. */
export const answerInput = z.object({
  questionId: idField,
  choices: z
    .array(z.number({ error: 'validation.invalid' }).int().min(0).max(50))
    .max(12)
    .optional(),
  scale: z.number({ error: 'validation.invalid' }).int().nullable().optional(),
  text: z.string({ error: 'validation.invalid' }).max(20_000, { error: 'validation.tooLong' }).nullable().optional(),
});
export type AnswerInput = z.infer<typeof answerInput>;
const answersField = z.array(answerInput).max(QUESTIONNAIRE_LIMITS.questions);

/** A one-time link's token: base64url, bounded so junk never reaches a hash or a query. */
export const responseTokenField = z
  .string({ error: 'validation.invalid' })
  .min(8, { error: 'validation.invalid' })
  .max(100, { error: 'validation.invalid' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'validation.invalid' });
export const responseTokenInput = z.object({ token: responseTokenField });
export const submitResponseInput = z.object({ token: responseTokenField, answers: answersField });
export const paperResponseInput = z.object({ questionnaireId: idField, answers: answersField });

export interface QuestionForAnswer {
  id: string;
  kind: EvaluationQuestionKind;
  options: readonly string[];
  required: boolean;
}

/** An answer as stored (before the text is sealed). */
export interface CheckedAnswer {
  questionId: string;
  choices: number[];
  scale: number | null;
  text: string | null;
}

/**
 * Check the answers against the questions: each names a question of the form at most once, a
 * required question is answered, choices are in range (one for a single choice), a scale is
 * 1–5, free text is at most 4000 characters. Returns the answers to store (unanswered ones
 * left out), or the problems by question id (the form's field names).
 */
export function checkAnswers(
  questions: readonly QuestionForAnswer[],
  answers: readonly AnswerInput[],
): { ok: true; answers: CheckedAnswer[] } | { ok: false; errors: Record<string, AnswerProblem> } {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const errors: Record<string, AnswerProblem> = {};
  if (byId.size !== answers.length || answers.some((a) => !questions.some((q) => q.id === a.questionId))) {
    return { ok: false, errors: { answers: 'validation.invalid' } };
  }
  const checked: CheckedAnswer[] = [];
  for (const q of questions) {
    const a = byId.get(q.id);
    const choices = [...new Set(a?.choices ?? [])].sort((x, y) => x - y);
    const scale = a?.scale ?? null;
    const text = a?.text?.trim() ? a.text.trim() : null;
    const given = q.kind === 'scale' ? scale !== null : q.kind === 'text' ? text !== null : choices.length > 0;
    if (!given) {
      if (q.required) errors[q.id] = 'evaluations.answers.required';
      continue;
    }
    if ((q.kind === 'single' || q.kind === 'multiple') && choices.some((c) => c >= q.options.length)) {
      errors[q.id] = 'validation.invalid';
    } else if (q.kind === 'single' && choices.length > 1) {
      errors[q.id] = 'evaluations.answers.oneChoice';
    } else if (q.kind === 'scale' && !(SCALE_POINTS as readonly number[]).includes(scale!)) {
      errors[q.id] = 'evaluations.answers.scale';
    } else if (q.kind === 'text' && text!.length > QUESTIONNAIRE_LIMITS.answerText) {
      errors[q.id] = 'evaluations.answers.tooLong';
    } else {
      checked.push({
        questionId: q.id,
        choices: q.kind === 'single' || q.kind === 'multiple' ? choices : [],
        scale: q.kind === 'scale' ? scale : null,
        text: q.kind === 'text' ? text : null,
      });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers: checked };
}

export type AnswerProblem =
  | 'validation.invalid'
  | 'evaluations.answers.required'
  | 'evaluations.answers.oneChoice'
  | 'evaluations.answers.scale'
  | 'evaluations.answers.tooLong';
