import type { Db, Prisma } from '@knutepunkt/db';
import { type EvaluationPhase, type TransitionFacts, UserError, transitionProblem } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { EvaluationInScope } from './scope.ts';

type Tx = Prisma.TransactionClient;

/** The facts the move's preconditions rest on (domain/src/evaluations/phases.ts). */
async function transitionFacts(tx: Tx, evaluationId: string): Promise<TransitionFacts> {
  const [row, teamSize, guides, recommendations, report] = await Promise.all([
    tx.evaluation.findUniqueOrThrow({
      where: { id: evaluationId },
      select: { commissionerOrganisationId: true, serviceOrganisationId: true, purpose: true, methods: true },
    }),
    tx.evaluationTeamMember.count({ where: { evaluationId } }),
    tx.evaluationGuideVersion.count({ where: { evaluationId } }),
    tx.evaluationRecommendation.count({ where: { evaluationId } }),
    tx.evaluationReport.findUnique({ where: { evaluationId }, select: { summary: true } }),
  ]);
  return {
    hasCommissioner: row.commissionerOrganisationId !== null,
    hasService: row.serviceOrganisationId !== null,
    hasPurpose: row.purpose.trim() !== '',
    hasMethods: row.methods.length > 0,
    teamSize,
    hasGuide: guides > 0,
    recommendations,
    hasSummary: (report?.summary.trim() ?? '') !== '',
  };
}

/**
 * Move an evaluation to another phase inside the caller's transaction, under the evaluation's
 * row lock, so two leads' clicks cannot both move it. Publishing goes through the report's own
 * service (it freezes the report first) and calls this with `to: 'published'`; closing ends the
 * team's access. Audited.
 */
export async function moveEvaluationInTx(
  tx: Tx,
  actorId: string,
  evaluationId: string,
  to: EvaluationPhase,
  now = new Date(),
): Promise<{ from: EvaluationPhase; to: EvaluationPhase }> {
  const [locked] = await tx.$queryRaw<Array<{ phase: EvaluationPhase }>>`
    SELECT "phase"::text AS "phase" FROM "Evaluation" WHERE "id" = ${evaluationId} FOR UPDATE`;
  if (!locked) throw new UserError('notFound', 'error.notFound');
  const from = locked.phase;
  const problem = transitionProblem(from, to, await transitionFacts(tx, evaluationId));
  if (problem) throw new UserError('conflict', problem);
  await tx.evaluation.update({
    where: { id: evaluationId },
    data: {
      phase: to,
      ...(to === 'published' ? { publishedAt: now } : {}),
      ...(to === 'closed' ? { closedAt: now } : {}),
    },
  });
  await recordAudit(tx, {
    actorId,
    action: 'update',
    entity: 'evaluation',
    entityId: evaluationId,
    before: { phase: from },
    after: { phase: to },
  });
  return { from, to };
}

/** The lead's «move to …» (not publishing: that is the report's publish, which freezes the report). */
export async function moveEvaluation(db: Db, actorId: string, evaluation: EvaluationInScope, to: EvaluationPhase) {
  if (to === 'published') throw new UserError('conflict', 'evaluations.phase.publishFromReport');
  return db.$transaction((tx) => moveEvaluationInTx(tx, actorId, evaluation.id, to));
}
