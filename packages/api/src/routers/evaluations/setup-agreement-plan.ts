import type { Db, Prisma } from '@knutepunkt/db';
import { type EvaluationAgreementInput, type EvaluationPlanInput, fieldError } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

type Tx = Prisma.TransactionClient;

/** Save some of the evaluation's fields and audit the ones that changed (agreement and plan text is not raw data). */
async function saveFields<T extends Record<string, unknown>>(
  tx: Tx,
  actorId: string,
  evaluationId: string,
  data: T,
  extra: Prisma.EvaluationUpdateInput = {},
) {
  const keys = Object.keys(data);
  const before = (await tx.evaluation.findUniqueOrThrow({
    where: { id: evaluationId },
    select: Object.fromEntries(keys.map((k) => [k, true])),
  })) as Record<string, unknown>;
  await tx.evaluation.update({ where: { id: evaluationId }, data: { ...data, ...extra } });
  const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(data[k]));
  if (changed.length === 0) return before;
  await recordAudit(tx, {
    actorId,
    action: 'update',
    entity: 'evaluation',
    entityId: evaluationId,
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: { ...Object.fromEntries(changed.map((k) => [k, data[k]])), ...extra },
  });
  return before;
}

/**
 * The agreement (docs/adr/0025): who commissions it and the service evaluated (organisations of
 * the directory), purpose, questions, scope and the timeline. Changing the service changes who
 * the service contacts are, from the next request on.
 */
export async function updateAgreement(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  input: EvaluationAgreementInput,
) {
  assertPhaseAllows(evaluation, 'plan');
  const { evaluationId: _id, ...data } = input;
  return db.$transaction(async (tx) => {
    for (const field of ['commissionerOrganisationId', 'serviceOrganisationId'] as const) {
      const id = data[field];
      if (id && !(await tx.organisation.findUnique({ where: { id }, select: { id: true } })))
        throw fieldError(field, 'evaluations.admin.setup.error.noSuchOrganisation', 'badRequest');
    }
    await saveFields(tx, actorId, evaluation.id, data);
    return { id: evaluation.id };
  });
}

/**
 * The plan: methods, target groups, planned numbers (counts only, never contact lists), the
 * retention period, the smallest group shown and the consent text. A changed consent text gets
 * the next version, so every consent records which text it was given under.
 */
export async function updatePlan(db: Db, actorId: string, evaluation: EvaluationInScope, input: EvaluationPlanInput) {
  assertPhaseAllows(evaluation, 'plan');
  const { evaluationId: _id, ...data } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.evaluation.findUniqueOrThrow({
      where: { id: evaluation.id },
      select: { consentText: true, consentVersion: true },
    });
    // The first text written is version 1; each change after that is the next version.
    const bump = current.consentText !== '' && current.consentText !== data.consentText;
    const consentVersion = bump ? current.consentVersion + 1 : current.consentVersion;
    await saveFields(tx, actorId, evaluation.id, data, bump ? { consentVersion } : {});
    return { id: evaluation.id, consentVersion };
  });
}
