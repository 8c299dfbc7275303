import type { Prisma } from '@knutepunkt/db';
import type { RawDataKeyring } from './cipher.ts';
import { buildPublishedReport } from './report-freeze.ts';

/**
 * The demo seed's publishing of its completed evaluation (packages/db/src/seed/evaluations.ts):
 * the report frozen by the API's own `buildPublishedReport`, from the rows the seed wrote, and
 * stored on the evaluation. The seed has already set the phase and `publishedAt`, and writes the
 * follow-up rounds itself. The quotes and free texts the freezing opens are recorded as read by
 * the lead at the moment of publication, as publishing would have recorded them.
 */
export function seedEvaluationReportPublisher(keyring: RawDataKeyring) {
  return async (
    tx: Prisma.TransactionClient,
    { evaluationId, userId, at }: { evaluationId: string; userId: string; at: Date },
  ): Promise<void> => {
    const report = await buildPublishedReport(tx, keyring, evaluationId, at, async (recordKind, ids) => {
      await tx.evaluationRawRead.createMany({
        data: ids.map((recordId) => ({ evaluationId, actorId: userId, recordKind, recordId, at })),
      });
    });
    await tx.evaluation.update({
      where: { id: evaluationId },
      data: { publishedReport: report as unknown as Prisma.InputJsonValue },
    });
  };
}
