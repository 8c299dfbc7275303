import { z } from 'zod';
import { requiredText } from '../schemas/fields.ts';

/**
 * The interview guide's content (docs/adr/0025): themes, each with its questions. Keys are
 * short and stable within a version ('t1', 'q3'), so a note names the question it answers
 * (`EvaluationNote.questionKey`) in the guide version its interview was held on.
 */
export const GUIDE_LIMITS = { themes: 20, questionsPerTheme: 20, title: 200, question: 1_000 } as const;

const keyField = z.string({ error: 'validation.invalid' }).regex(/^[a-z0-9-]{1,20}$/, { error: 'validation.invalid' });

export const guideQuestionSchema = z.object({ key: keyField, text: requiredText(GUIDE_LIMITS.question) });
export const guideThemeSchema = z.object({
  key: keyField,
  title: requiredText(GUIDE_LIMITS.title),
  questions: z.array(guideQuestionSchema).min(1, { error: 'validation.required' }).max(GUIDE_LIMITS.questionsPerTheme),
});
export const guideThemesSchema = z
  .array(guideThemeSchema)
  .min(1, { error: 'validation.required' })
  .max(GUIDE_LIMITS.themes);

export type GuideQuestion = z.infer<typeof guideQuestionSchema>;
export type GuideTheme = z.infer<typeof guideThemeSchema>;

/** Every question of a guide, in order, with its theme. */
export function guideQuestions(
  themes: readonly GuideTheme[],
): Array<GuideQuestion & { themeKey: string; themeTitle: string }> {
  return themes.flatMap((t) => t.questions.map((q) => ({ ...q, themeKey: t.key, themeTitle: t.title })));
}
