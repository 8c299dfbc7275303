import type { Db, Prisma } from '@knutepunkt/db';
import { type GuideTheme, guideThemesSchema } from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient | Db;

/** What the interview builder loads before deciding (the decision is the evaluation's). */
export const INTERVIEW_SCOPE = {
  id: true,
  evaluationId: true,
  code: true,
  guideVersionId: true,
} as const satisfies Prisma.EvaluationInterviewSelect;

export type InterviewInScope = Prisma.EvaluationInterviewGetPayload<{ select: typeof INTERVIEW_SCOPE }>;

/** The interview named by `interviewId`, for evaluationPartProcedure (an unknown id is a 404). */
export const findInterview = (db: Tx, id: string): Promise<InterviewInScope | null> =>
  db.evaluationInterview.findUnique({ where: { id }, select: INTERVIEW_SCOPE });

/** A guide version's themes as stored; a version that no longer parses shows as empty rather than failing the page. */
export function parseThemes(value: unknown): GuideTheme[] {
  const parsed = guideThemesSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** The evaluation's newest guide version: new interviews are held on it. */
export function newestGuide(db: Tx, evaluationId: string) {
  return db.evaluationGuideVersion.findFirst({
    where: { evaluationId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, themes: true },
  });
}
