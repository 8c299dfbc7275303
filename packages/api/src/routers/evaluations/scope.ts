import type { Db, Prisma } from '@knutepunkt/db';
import type { EvaluationAccessFacts, EvaluationPhase } from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient | Db;

/** What the builders load about an evaluation before deciding, and the services work on (docs/adr/0025). */
export const EVALUATION_FIELDS = {
  id: true,
  slug: true,
  title: true,
  language: true,
  phase: true,
  networkId: true,
  leadId: true,
  serviceOrganisationId: true,
  minGroupSize: true,
  retentionMonths: true,
  publishedAt: true,
  closedAt: true,
  rawDataDeletedAt: true,
  team: { select: { userId: true } },
} as const satisfies Prisma.EvaluationSelect;

type EvaluationRow = Prisma.EvaluationGetPayload<{ select: typeof EVALUATION_FIELDS }>;

export interface EvaluationInScope extends Omit<EvaluationRow, 'team' | 'phase'> {
  phase: EvaluationPhase;
  access: EvaluationAccessFacts;
  /** Unexpired «break the glass» grants, so a raw read by an admin names the grant it was made under. */
  breakGlass: Array<{ id: string; adminId: string | null }>;
}

export async function loadEvaluation(
  db: Tx,
  evaluationId: string,
  now = new Date(),
): Promise<EvaluationInScope | null> {
  // One query: the evaluation, its team and the unexpired «break the glass» grants.
  const row = await db.evaluation.findUnique({
    where: { id: evaluationId },
    select: {
      ...EVALUATION_FIELDS,
      breakGlass: { where: { expiresAt: { gt: now } }, select: { id: true, adminId: true } },
    },
  });
  if (!row) return null;
  const { team, breakGlass, ...evaluation } = row;
  return {
    ...evaluation,
    breakGlass,
    access: {
      networkId: row.networkId,
      leadId: row.leadId,
      teamUserIds: team.map((m) => m.userId),
      serviceOrganisationId: row.serviceOrganisationId,
      closed: row.phase === 'closed',
      breakGlassAdminIds: breakGlass.flatMap((g) => (g.adminId ? [g.adminId] : [])),
    },
  };
}

/**
 * Load a thing that belongs to an evaluation (an interview, a note, a questionnaire, a
 * recommendation) with its evaluation in scope: the builders decide on the evaluation, so an
 * id from an evaluation the actor has no part in is a 404 like any other.
 */
export async function loadWithEvaluation<T extends { evaluationId: string }>(
  db: Tx,
  find: () => Promise<T | null>,
): Promise<{ item: T; evaluation: EvaluationInScope } | null> {
  const item = await find();
  if (!item) return null;
  const evaluation = await loadEvaluation(db, item.evaluationId);
  return evaluation && { item, evaluation };
}
