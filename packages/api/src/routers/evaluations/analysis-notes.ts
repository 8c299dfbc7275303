import type { Db, Prisma } from '@knutepunkt/db';
import { type GuideTheme, guideQuestions } from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw } from './cipher.ts';

type Tx = Prisma.TransactionClient | Db;

/** What the analysis shows of a note: its text (opened), the interview's code and kind, the guide's question. */
export const NOTE_FOR_ANALYSIS = {
  id: true,
  body: true,
  questionKey: true,
  interview: {
    select: {
      id: true,
      code: true,
      kind: true,
      heldOn: true,
      evaluationId: true,
      guideVersion: { select: { themes: true } },
    },
  },
} as const satisfies Prisma.EvaluationNoteSelect;

type NoteRow = Prisma.EvaluationNoteGetPayload<{ select: typeof NOTE_FOR_ANALYSIS }>;

/** A note as the team reads it in the analysis. Raw data: the caller records the read. */
export function noteForAnalysis(keyring: RawDataKeyring, note: NoteRow) {
  const question = guideQuestions(note.interview.guideVersion.themes as unknown as GuideTheme[]).find(
    (q) => q.key === note.questionKey,
  );
  return {
    id: note.id,
    text: openRaw(keyring, note.body),
    interviewId: note.interview.id,
    interviewCode: note.interview.code,
    interviewKind: note.interview.kind,
    heldOn: note.interview.heldOn,
    questionKey: note.questionKey,
    questionText: question?.text ?? null,
    themeTitle: question?.themeTitle ?? null,
  };
}

/** The notes of `noteIds` that belong to the evaluation (the rest are not there, as far as the team is told). */
export async function notesOfEvaluation(db: Tx, evaluationId: string, noteIds: readonly string[]) {
  if (noteIds.length === 0) return [];
  return db.evaluationNote.findMany({
    where: { id: { in: [...noteIds] }, interview: { evaluationId } },
    select: { id: true },
  });
}
