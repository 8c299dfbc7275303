import type { Db, Prisma } from '@knutepunkt/db';
import {
  type EvaluationQuestionsInput,
  UserError,
  evaluationResults,
  evaluationWindow,
  maySendEvaluation,
  mayAnswerEvaluation,
  meetingPaths,
  osloLocalToUtc,
  utcToOslo,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import type { Recipient } from '../outbox/service.ts';
import { notifyAboutMeeting } from './notices.ts';
import type { MeetingInScope } from './scope.ts';

type Tx = Prisma.TransactionClient;

/**
 * The evaluation after a meeting, the coordinators' side (docs/adr/0022):
 * the form, sending it once, and the totals. The participants' side is
 * evaluation-answers.ts.
 */

const EVALUATION_FIELDS = { ratingQuestion: true, textQuestions: true, closesAt: true, sentAt: true } as const;

/** The day after `date` ('YYYY-MM-DD'), as a calendar date. */
function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The closing day's end in Oslo: midnight after it (never in a daylight-saving gap, which is at 02:00). */
export function closesAtFor(closesOn: string): Date {
  osloLocalToUtc(closesOn, '00:00', undefined, { field: 'closesOn' }); // refuses a date that does not exist
  return osloLocalToUtc(dayAfter(closesOn), '00:00', undefined, { field: 'closesOn' });
}

/** The last day answers are taken, as the form shows it. */
export function closesOnOf(closesAt: Date): string {
  return utcToOslo(new Date(closesAt.getTime() - 1)).date;
}

/** The coordinators' view: the form, whether it was sent, how many may answer and how many did. */
export async function evaluationForStaff(db: Db, meeting: MeetingInScope, now = new Date()) {
  const [evaluation, answered, participants] = await Promise.all([
    db.meetingEvaluation.findUnique({ where: { meetingId: meeting.id }, select: EVALUATION_FIELDS }),
    db.meetingEvaluationAnswer.count({ where: { meetingId: meeting.id } }),
    db.meetingRegistration.count({ where: { meetingId: meeting.id, status: 'confirmed' } }),
  ]);
  const timing = evaluation && { meetingStatus: meeting.status, endsAt: meeting.endsAt, ...evaluation };
  return {
    meeting: { id: meeting.id, title: meeting.title, status: meeting.status, endsAt: meeting.endsAt },
    evaluation: evaluation && { ...evaluation, closesOn: closesOnOf(evaluation.closesAt) },
    window: timing ? evaluationWindow(timing, now) : null,
    maySend: !!timing && !evaluation!.sentAt && maySendEvaluation(timing, now),
    answered,
    participants,
  };
}

/** Set (or change) the questions: only until the form is sent, and never for a cancelled meeting. */
export async function setEvaluationQuestions(
  db: Db,
  actorId: string,
  meeting: MeetingInScope,
  input: EvaluationQuestionsInput,
) {
  if (meeting.status === 'cancelled') throw new UserError('conflict', 'meetings.evaluation.error.cancelled');
  const closesAt = closesAtFor(input.closesOn);
  if (closesAt <= meeting.endsAt) {
    throw new UserError('badRequest', 'meetings.evaluation.validation.closesBeforeEnd', {
      fieldErrors: { closesOn: 'meetings.evaluation.validation.closesBeforeEnd' },
    });
  }
  const data = { ratingQuestion: input.ratingQuestion, textQuestions: input.textQuestions, closesAt };
  return db.$transaction(async (tx) => {
    await tx.meetingEvaluation.upsert({
      where: { meetingId: meeting.id },
      create: { meetingId: meeting.id, ...data },
      update: {},
    });
    // Conditional on not being sent, in one statement: a send that won the race keeps its questions.
    const { count } = await tx.meetingEvaluation.updateMany({ where: { meetingId: meeting.id, sentAt: null }, data });
    if (count === 0) throw new UserError('conflict', 'meetings.evaluation.error.alreadySent');
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meeting',
      entityId: meeting.id,
      after: { evaluation: data },
    });
    return { ok: true as const };
  });
}

/**
 * Whether anyone was checked in at the meeting (docs/adr/0021): then only
 * those marked as attended may answer; without check-in, a confirmed seat.
 */
export async function wasCheckInUsed(db: Pick<Tx, 'meetingRegistration'>, meetingId: string): Promise<boolean> {
  const marked = await db.meetingRegistration.count({ where: { meetingId, attendedMarkedAt: { not: null } } });
  return marked > 0;
}

/** Those who may answer, as recipients (ADR 22). */
async function evaluationRecipients(tx: Tx, meetingId: string): Promise<Recipient[]> {
  const [rows, checkInUsed] = await Promise.all([
    tx.meetingRegistration.findMany({
      where: { meetingId, status: 'confirmed', user: { disabledAt: null } },
      select: { status: true, attended: true, user: { select: { id: true, email: true, locale: true } } },
    }),
    wasCheckInUsed(tx, meetingId),
  ]);
  return rows
    .filter((r) => mayAnswerEvaluation({ status: r.status, attended: checkInUsed ? r.attended : null }))
    .map((r) => r.user);
}

/**
 * Send the form: every participant gets `meeting.evaluation` with a link,
 * exactly once. `sentAt` is set by a conditional update (`WHERE sentAt IS
 * NULL`), so of two presses (or two server instances) one wins and only the
 * winner writes the notices, in the same transaction. The loser is told it
 * was already sent.
 */
export async function sendEvaluation(
  db: Db,
  actorId: string,
  meeting: MeetingInScope,
  urls: SiteUrls,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const evaluation = await tx.meetingEvaluation.findUnique({
      where: { meetingId: meeting.id },
      select: EVALUATION_FIELDS,
    });
    if (!evaluation) throw new UserError('conflict', 'meetings.evaluation.error.noQuestions');
    if (evaluation.sentAt) return { newlySent: false, sentAt: evaluation.sentAt, recipients: 0 };
    const timing = { meetingStatus: meeting.status, endsAt: meeting.endsAt, closesAt: evaluation.closesAt };
    if (!maySendEvaluation(timing, now)) throw new UserError('conflict', 'meetings.evaluation.error.notOver');
    const { count } = await tx.meetingEvaluation.updateMany({
      where: { meetingId: meeting.id, sentAt: null },
      data: { sentAt: now },
    });
    if (count === 0) {
      const sent = await tx.meetingEvaluation.findUniqueOrThrow({ where: { meetingId: meeting.id } });
      return { newlySent: false, sentAt: sent.sentAt!, recipients: 0 };
    }
    const recipients = await evaluationRecipients(tx, meeting.id);
    const full = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    await notifyAboutMeeting(tx, recipients, 'evaluation', full, urls, [], meetingPaths.web.evaluation);
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meeting',
      entityId: meeting.id,
      after: { evaluationSentAt: now, recipients: recipients.length },
    });
    return { newlySent: true, sentAt: now, recipients: recipients.length };
  });
}

/**
 * The totals, for the coordinators: below MIN_GROUP answers only the count. The
 * free texts may hold personal details, so each read is in the audit log.
 */
export async function evaluationResultsFor(db: Db, actorId: string, meeting: MeetingInScope) {
  const evaluation = await db.meetingEvaluation.findUnique({
    where: { meetingId: meeting.id },
    select: EVALUATION_FIELDS,
  });
  if (!evaluation) throw new UserError('notFound', 'meetings.evaluation.error.noQuestions');
  const answers = await db.meetingEvaluationAnswer.findMany({
    where: { meetingId: meeting.id },
    select: { rating: true, texts: true },
  });
  const results = evaluationResults(answers, evaluation.textQuestions.length);
  if (results.enough) {
    await recordAudit(db, {
      actorId,
      action: 'read',
      entity: 'meeting',
      entityId: meeting.id,
      after: { evaluationResults: results.count },
    });
  }
  return {
    meeting: { id: meeting.id, title: meeting.title },
    ratingQuestion: evaluation.ratingQuestion,
    textQuestions: evaluation.textQuestions,
    results,
  };
}
