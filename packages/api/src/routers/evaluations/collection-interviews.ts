import type { Db, Prisma } from '@knutepunkt/db';
import {
  type CreateInterviewInput,
  type InterviewKind,
  type RecordConsentInput,
  type UpdateInterviewInput,
  UserError,
  osloLocalToUtc,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { isUniqueViolation } from '../../unique.ts';
import type { InterviewInScope } from './collection-scope.ts';
import { newestGuide } from './collection-scope.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * The team's interviews (docs/adr/0025): a code (never a name), the day, the kind and how many
 * were heard, and the consent. None of these services returns or audits note text.
 */

const codeTaken = () =>
  new UserError('conflict', 'evaluations.interview.codeTaken', {
    fieldErrors: { code: 'evaluations.interview.codeTaken' },
  });

/** The facts an interview is recorded with, as the audit log keeps them (no raw text anywhere). */
const facts = (i: { code: string; kind: InterviewKind; heldOn: string; participants: number }) => ({
  code: i.code,
  kind: i.kind,
  heldOn: i.heldOn,
  participants: i.participants,
});

/** A new interview, held on the evaluation's newest guide version. */
export async function createInterview(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  input: Omit<CreateInterviewInput, 'evaluationId'>,
) {
  assertPhaseAllows(evaluation, 'collect');
  const guide = await newestGuide(db, evaluation.id);
  if (!guide) throw new UserError('conflict', 'evaluations.interview.noGuide');
  try {
    return await db.$transaction(async (tx) => {
      if (
        await tx.evaluationInterview.findUnique({
          where: { evaluationId_code: { evaluationId: evaluation.id, code: input.code } },
        })
      ) {
        throw codeTaken();
      }
      const created = await tx.evaluationInterview.create({
        data: { evaluationId: evaluation.id, ...facts(input), guideVersionId: guide.id, createdById: actorId },
        select: { id: true, code: true },
      });
      await recordAudit(tx, {
        actorId,
        action: 'create',
        entity: 'evaluationInterview',
        entityId: created.id,
        after: { evaluationId: evaluation.id, ...facts(input), guideVersion: guide.version },
      });
      return created;
    });
  } catch (error) {
    // Two team members taking the same code at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

export async function updateInterview(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  interview: InterviewInScope,
  input: Omit<UpdateInterviewInput, 'interviewId'>,
) {
  assertPhaseAllows(evaluation, 'collect');
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.evaluationInterview.findUniqueOrThrow({ where: { id: interview.id } });
      if (input.code !== before.code) {
        const other = await tx.evaluationInterview.findUnique({
          where: { evaluationId_code: { evaluationId: evaluation.id, code: input.code } },
        });
        if (other) throw codeTaken();
      }
      const updated = await tx.evaluationInterview.update({
        where: { id: interview.id },
        data: facts(input),
        select: { id: true, code: true, updatedAt: true },
      });
      await recordAudit(tx, {
        actorId,
        action: 'update',
        entity: 'evaluationInterview',
        entityId: interview.id,
        before: facts(before),
        after: facts(input),
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/**
 * The consent: who obtained it (the caller), when (entered on a clock in Oslo: a time in the
 * spring-forward gap is refused, one in the autumn overlap must say which), and under the
 * consent text's version the form showed, which must still be the current one.
 */
export async function recordConsent(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  interview: InterviewInScope,
  input: Omit<RecordConsentInput, 'interviewId'>,
  now = new Date(),
) {
  assertPhaseAllows(evaluation, 'collect');
  const { date, time, disambiguation } = input.obtainedAt;
  const at = osloLocalToUtc(date, time, disambiguation, { field: 'obtainedAt' });
  if (at.getTime() > now.getTime() + 5 * 60_000) {
    throw new UserError('badRequest', 'evaluations.consent.inFuture', {
      fieldErrors: { obtainedAt: 'evaluations.consent.inFuture' },
    });
  }
  const current = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluation.id },
    select: { consentText: true, consentVersion: true },
  });
  if (current.consentText.trim() === '') throw new UserError('conflict', 'evaluations.consent.noText');
  if (current.consentVersion !== input.consentVersion) {
    throw new UserError('conflict', 'evaluations.consent.versionChanged');
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.evaluationInterview.update({
      where: { id: interview.id },
      data: { consentById: actorId, consentAt: at, consentVersion: current.consentVersion },
      select: { id: true, consentAt: true, consentVersion: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationInterview',
      entityId: interview.id,
      after: { consentAt: at.toISOString(), consentVersion: current.consentVersion },
    });
    return updated;
  });
}

/**
 * A withdrawn consent deletes that code's data: the interview, its notes (their links to
 * findings go with them) and the quotes taken from those notes, and writes a deletion record
 * of what went. One transaction, so a count never sees half of it; every count is computed
 * from what remains, so every count follows. The audit keeps the code and the numbers only.
 */
export async function withdrawConsent(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  interview: InterviewInScope,
) {
  return db.$transaction(async (tx: Prisma.TransactionClient) => {
    const notes = await tx.evaluationNote.findMany({ where: { interviewId: interview.id }, select: { id: true } });
    const noteIds = notes.map((n) => n.id);
    const quotes = await tx.evaluationQuote.deleteMany({ where: { noteId: { in: noteIds } } });
    const deletedNotes = await tx.evaluationNote.deleteMany({ where: { interviewId: interview.id } });
    const deleted = await tx.evaluationInterview.deleteMany({ where: { id: interview.id } });
    // Someone withdrew it a moment earlier: nothing is left to delete, and nothing is recorded twice.
    if (deleted.count === 0) throw new UserError('notFound', 'error.notFound');
    const counts = { interviews: 1, notes: deletedNotes.count, quotes: quotes.count };
    const deletion = await tx.evaluationDeletion.create({
      data: { evaluationId: evaluation.id, reason: 'consent_withdrawn', code: interview.code, counts, byId: actorId },
      select: { id: true, at: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'evaluationInterview',
      entityId: interview.id,
      before: { evaluationId: evaluation.id, code: interview.code },
      after: { reason: 'consent_withdrawn', deletionId: deletion.id, counts },
    });
    return { deletionId: deletion.id, code: interview.code, counts };
  });
}
