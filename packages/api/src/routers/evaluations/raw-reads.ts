import type { Db, Prisma } from '@knutepunkt/db';
import type { EvaluationInScope } from './scope.ts';

type Tx = Prisma.TransactionClient | Db;

/** What kind of raw record was read (the log's `recordKind`). */
export type RawRecordKind = 'interview' | 'note' | 'response' | 'answer' | 'quote' | 'export';

/**
 * Record that `actorId` read raw data of the evaluation (docs/adr/0025): one row per record,
 * with the «break the glass» grant it was read under when the reader is an admin who is not on
 * the team. Every service that returns raw data calls this before returning it, in the same
 * transaction where there is one, so no read goes unrecorded. The lead and admins read the log.
 */
export async function recordRawReads(
  db: Tx,
  actorId: string,
  evaluation: Pick<EvaluationInScope, 'id' | 'leadId' | 'access' | 'breakGlass'>,
  recordKind: RawRecordKind,
  recordIds: readonly string[],
): Promise<void> {
  if (recordIds.length === 0) return;
  const onTeam =
    evaluation.leadId === actorId || (!evaluation.access.closed && evaluation.access.teamUserIds.includes(actorId));
  const breakGlassId = onTeam ? null : (evaluation.breakGlass.find((g) => g.adminId === actorId)?.id ?? null);
  await db.evaluationRawRead.createMany({
    data: recordIds.map((recordId) => ({ evaluationId: evaluation.id, actorId, recordKind, recordId, breakGlassId })),
  });
}
