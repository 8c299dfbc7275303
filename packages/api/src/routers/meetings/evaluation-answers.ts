import type { Db } from '@knutepunkt/db';
import {
  type EvaluationAnswerInput,
  UserError,
  evaluationWindow,
  mayAnswerEvaluation,
  utcToOslo,
} from '@knutepunkt/domain';
import { closesOnOf, wasCheckInUsed } from './evaluation.ts';
import type { MeetingInScope } from './scope.ts';

/**
 * The evaluation, the participants' side (docs/adr/0022): the form for those
 * who may answer, and answering it once. Nothing here tells anyone about
 * other people's answers, or even how many there are.
 */

async function mayAnswer(db: Pick<Db, 'meetingRegistration'>, meetingId: string, userId: string) {
  const [registration, checkInUsed] = await Promise.all([
    db.meetingRegistration.findUnique({
      where: { meetingId_userId: { meetingId, userId } },
      select: { status: true, attended: true },
    }),
    wasCheckInUsed(db, meetingId),
  ]);
  return mayAnswerEvaluation(
    registration && { status: registration.status, attended: checkInUsed ? registration.attended : null },
  );
}

/** The form as one person sees it: the questions only if they may answer. */
export async function evaluationForParticipant(db: Db, userId: string, meeting: MeetingInScope, now = new Date()) {
  const [evaluation, allowed, answered] = await Promise.all([
    db.meetingEvaluation.findUnique({
      where: { meetingId: meeting.id },
      select: { ratingQuestion: true, textQuestions: true, closesAt: true, sentAt: true },
    }),
    mayAnswer(db, meeting.id, userId),
    db.meetingEvaluationRespondent.count({ where: { meetingId: meeting.id, userId } }),
  ]);
  const base = { meeting: { id: meeting.id, slug: meeting.slug, title: meeting.title }, mayAnswer: allowed };
  if (!evaluation || !allowed) return { ...base, window: 'notSent' as const, hasAnswered: false, form: null };
  const window = evaluationWindow({ meetingStatus: meeting.status, endsAt: meeting.endsAt, ...evaluation }, now);
  return {
    ...base,
    window,
    hasAnswered: answered > 0,
    form:
      window === 'notSent' || window === 'notYet'
        ? null
        : {
            ratingQuestion: evaluation.ratingQuestion,
            textQuestions: evaluation.textQuestions,
            closesOn: closesOnOf(evaluation.closesAt),
          },
  };
}

/**
 * Answer once. "Has answered" and the answer are written in one transaction,
 * but the answer row holds no person, a random id and only the day, so nothing
 * in the database ties them together. The marker is inserted with ON CONFLICT
 * DO NOTHING on (meetingId, userId): of two submissions at once, one inserts
 * it and writes the answer, the other inserts nothing and is refused, and
 * its transaction writes nothing.
 */
export async function answerEvaluation(
  db: Db,
  userId: string,
  meeting: MeetingInScope,
  input: EvaluationAnswerInput,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const evaluation = await tx.meetingEvaluation.findUnique({
      where: { meetingId: meeting.id },
      select: { textQuestions: true, closesAt: true, sentAt: true },
    });
    if (!(await mayAnswer(tx, meeting.id, userId))) {
      throw new UserError('forbidden', 'meetings.evaluation.error.notParticipant');
    }
    const window = evaluation
      ? evaluationWindow({ meetingStatus: meeting.status, endsAt: meeting.endsAt, ...evaluation }, now)
      : 'notSent';
    if (window === 'closed') throw new UserError('conflict', 'meetings.evaluation.error.closed');
    if (window !== 'open') throw new UserError('conflict', 'meetings.evaluation.error.notOpen');
    if (input.texts.length !== evaluation!.textQuestions.length) {
      throw new UserError('badRequest', 'meetings.evaluation.error.formChanged');
    }
    const { count } = await tx.meetingEvaluationRespondent.createMany({
      data: [{ meetingId: meeting.id, userId }],
      skipDuplicates: true,
    });
    if (count === 0) throw new UserError('conflict', 'meetings.evaluation.error.alreadyAnswered');
    await tx.meetingEvaluationAnswer.create({
      data: {
        meetingId: meeting.id,
        rating: input.rating,
        texts: input.texts,
        answeredOn: new Date(`${utcToOslo(now).date}T00:00:00Z`),
      },
    });
    return { ok: true as const };
  });
}
