import type { Db } from '@knutepunkt/db';
import { UserError, checkQuote, notFound } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { type RawDataKeyring, requireKeyring, sealRaw } from './cipher.ts';
import { notesOfEvaluation } from './analysis-notes.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * Quotes (docs/adr/0025). A quote's text is raw data: sealed at rest, never in the audit log
 * (which records the check and its kinds only). Each save runs the re-identification check;
 * a flagged quote stays in the team until reworded or overridden by the lead, with a reason.
 */

export async function addQuote(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
  findingId: string,
  input: { noteId?: string | null | undefined; text: string },
) {
  assertPhaseAllows(evaluation, 'analyse');
  const ring = requireKeyring(keyring);
  const checked = checkQuote(input.text);
  return db.$transaction(async (tx) => {
    if (input.noteId && (await notesOfEvaluation(tx, evaluation.id, [input.noteId])).length === 0) throw notFound();
    const last = await tx.evaluationQuote.aggregate({ where: { findingId }, _max: { position: true } });
    const quote = await tx.evaluationQuote.create({
      data: {
        findingId,
        noteId: input.noteId ?? null,
        text: sealRaw(ring, input.text),
        ...checked,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true, check: true, checkKinds: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'evaluationQuote',
      entityId: quote.id,
      after: { findingId, noteId: input.noteId ?? null, ...checked },
    });
    return quote;
  });
}

/** New words, a new check: an earlier override was for the old words and no longer holds. */
export async function updateQuote(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
  quoteId: string,
  text: string,
) {
  assertPhaseAllows(evaluation, 'analyse');
  const ring = requireKeyring(keyring);
  const checked = checkQuote(text);
  return db.$transaction(async (tx) => {
    const before = await tx.evaluationQuote.findUniqueOrThrow({
      where: { id: quoteId },
      select: { check: true, checkKinds: true },
    });
    const quote = await tx.evaluationQuote.update({
      where: { id: quoteId },
      data: { text: sealRaw(ring, text), ...checked, overrideById: null, overrideAt: null, overrideReason: null },
      select: { id: true, check: true, checkKinds: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationQuote',
      entityId: quoteId,
      before,
      after: checked,
    });
    return quote;
  });
}

export async function deleteQuote(db: Db, actorId: string, evaluation: EvaluationInScope, quoteId: string) {
  assertPhaseAllows(evaluation, 'analyse');
  await db.$transaction(async (tx) => {
    const before = await tx.evaluationQuote.delete({
      where: { id: quoteId },
      select: { findingId: true, check: true, checkKinds: true },
    });
    await recordAudit(tx, { actorId, action: 'delete', entity: 'evaluationQuote', entityId: quoteId, before });
  });
  return { id: quoteId };
}

/**
 * The lead lets a flagged quote out of the team anyway: who, when and why are kept on the
 * quote and in the audit log. Only the lead (not a team member, not an admin): anyone else
 * is told the quote is not there. Only a flagged quote, under a conditional update, so two
 * clicks record one override.
 */
export async function overrideQuote(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  quoteId: string,
  reason: string,
  now = new Date(),
) {
  if (evaluation.leadId !== actorId) throw notFound();
  assertPhaseAllows(evaluation, 'analyse');
  return db.$transaction(async (tx) => {
    const changed = await tx.evaluationQuote.updateMany({
      where: { id: quoteId, check: 'flagged' },
      data: { check: 'overridden', overrideById: actorId, overrideAt: now, overrideReason: reason },
    });
    if (changed.count === 0) throw new UserError('conflict', 'evaluations.analysis.error.overrideNotNeeded');
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationQuote',
      entityId: quoteId,
      before: { check: 'flagged' },
      after: { check: 'overridden', overrideReason: reason, overrideAt: now },
    });
    return { id: quoteId, check: 'overridden' as const };
  });
}
