import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  type AttachmentType,
  EVALUATION_SETUP_LIMITS,
  UserError,
  canUseAdminApp,
  evaluationPaths,
  pathTo,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { FileRemover } from '../../context.ts';
import { authorize } from '../../procedures/index.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import { evaluationRule } from './procedures.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * The signed agreement's files (docs/adr/0025): a PDF or scanned pages, uploaded and downloaded
 * on the admin listener (apps/server/src/evaluations/agreement-routes.ts) by the lead and admins
 * only, with the practice bank's checks and storage. Not raw data, but not public either.
 */

const FILE_SELECT = { id: true, fileName: true, mimeType: true, size: true, createdAt: true } as const;

export const agreementFileUrl = (evaluationId: string, attachmentId: string) =>
  pathTo(evaluationPaths.admin.agreementFile, { evaluationId, attachmentId });

/** The admin app's rights (as staffProcedure) and the evaluation's `manage`: what an agreement route needs. */
async function manage(db: Db, actor: Actor, evaluationId: string): Promise<EvaluationInScope> {
  if (!canUseAdminApp(actor)) throw new UserError('forbidden', 'error.forbidden');
  return (await authorize(evaluationRule('manage'), db, actor, { evaluationId })).evaluation;
}

/** Before an upload's body is read: the lead or an admin, a phase that allows it, room for one more file. */
export async function checkAgreementUpload(db: Db, actor: Actor, evaluationId: string): Promise<void> {
  const evaluation = await manage(db, actor, evaluationId);
  assertPhaseAllows(evaluation, 'plan');
  const count = await db.evaluationAttachment.count({ where: { evaluationId, kind: 'agreement' } });
  if (count >= EVALUATION_SETUP_LIMITS.agreementFiles) {
    throw new UserError('conflict', 'evaluations.admin.setup.error.tooManyFiles', {
      params: { max: EVALUATION_SETUP_LIMITS.agreementFiles },
    });
  }
}

export interface NewAgreementFile {
  evaluationId: string;
  fileName: string;
  mimeType: AttachmentType;
  size: number;
  storageKey: string;
}

/** After the body is read and stored: the rights again, then the row. Audited. */
export async function addAgreementFile(db: Db, actor: Actor, input: NewAgreementFile) {
  await checkAgreementUpload(db, actor, input.evaluationId);
  return db.$transaction(async (tx) => {
    const row = await tx.evaluationAttachment.create({
      data: { ...input, kind: 'agreement', uploadedById: actor.userId },
      select: FILE_SELECT,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'update',
      entity: 'evaluation',
      entityId: input.evaluationId,
      after: { agreementFile: { id: row.id, fileName: row.fileName, size: row.size } },
    });
    return { ...row, url: agreementFileUrl(input.evaluationId, row.id) };
  });
}

/** A file of the signed agreement for the download route, or null (a 404); a refusal throws. */
export async function agreementFileToServe(db: Db, actor: Actor, evaluationId: string, attachmentId: string) {
  await manage(db, actor, evaluationId);
  const row = await db.evaluationAttachment.findFirst({
    where: { id: attachmentId, evaluationId, kind: 'agreement' },
    select: { storageKey: true, fileName: true, mimeType: true },
  });
  return row && { ...row, isPublic: false };
}

export const findAgreementFile = (db: Db, attachmentId: string) =>
  db.evaluationAttachment.findFirst({
    where: { id: attachmentId, kind: 'agreement' },
    select: { ...FILE_SELECT, evaluationId: true, storageKey: true },
  });
type AgreementFile = NonNullable<Awaited<ReturnType<typeof findAgreementFile>>>;

/** Remove the row (audited), then the bytes; a file that cannot be removed is never served (no row points at it). */
export async function deleteAgreementFile(
  db: Db,
  actorId: string,
  files: FileRemover | null,
  evaluation: EvaluationInScope,
  file: AgreementFile,
) {
  assertPhaseAllows(evaluation, 'plan');
  await db.$transaction(async (tx) => {
    await tx.evaluationAttachment.delete({ where: { id: file.id } });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluation',
      entityId: evaluation.id,
      before: { agreementFile: { id: file.id, fileName: file.fileName, size: file.size } },
    });
  });
  await files?.delete(file.storageKey).catch(() => undefined);
  return { ok: true as const };
}
