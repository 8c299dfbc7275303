import type { Db, Prisma } from '@knutepunkt/db';
import { evaluationPaths, pathTo, retentionEndsAt, retentionReminderAt, urlOn } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';
import { osloDate } from './privacy.ts';

type Tx = Prisma.TransactionClient;

/** What a retention deletion removed: the EvaluationDeletion row's `counts`. */
export interface RetentionCounts {
  interviews: number;
  notes: number;
  responses: number;
  answers: number;
  quotes: number;
}

/**
 * The evaluations' retention job (docs/adr/0025), run by a schedule in apps/server:
 *
 * 1. The lead of each published (or closed) evaluation whose raw data is still there is told
 *    once, 14 days before the end of its retention period (`retentionReminderAt`), that it
 *    will be deleted on that day and that the team may download it first.
 * 2. When the period has ended (`retentionEndsAt`), the raw data is deleted (deleteRawData).
 *
 * Both are once however often the job runs and on however many instances: the reminder is
 * claimed by a conditional update of `retentionReminderSentAt` in the transaction that writes
 * the e-mail, the deletion under the evaluation's row lock, checking `rawDataDeletedAt`.
 */
export async function runEvaluationRetention(db: Db, urls: SiteUrls, now = new Date()) {
  const candidates = await db.evaluation.findMany({
    where: { phase: { in: ['published', 'closed'] }, publishedAt: { not: null }, rawDataDeletedAt: null },
    select: {
      id: true,
      title: true,
      leadId: true,
      publishedAt: true,
      retentionMonths: true,
      retentionReminderSentAt: true,
    },
  });
  let reminded = 0;
  let deleted = 0;
  for (const evaluation of candidates) {
    const ends = retentionEndsAt(evaluation.publishedAt!, evaluation.retentionMonths);
    if (ends <= now) {
      if (await deleteRawData(db, evaluation.id, now)) deleted += 1;
      continue;
    }
    if (
      evaluation.retentionReminderSentAt ||
      retentionReminderAt(evaluation.publishedAt!, evaluation.retentionMonths) > now
    )
      continue;
    const sent = await db.$transaction(async (tx) => {
      const claimed = await tx.evaluation.updateMany({
        where: { id: evaluation.id, retentionReminderSentAt: null, rawDataDeletedAt: null },
        data: { retentionReminderSentAt: now },
      });
      if (claimed.count === 0) return false;
      const lead = evaluation.leadId
        ? await tx.user.findUnique({
            where: { id: evaluation.leadId },
            select: { id: true, email: true, locale: true },
          })
        : null;
      if (lead)
        await notify(tx, [lead], {
          // Always sent (a `security.` kind): the lead cannot switch off being told her data is going.
          kind: 'security.evaluation.retention',
          subject: 'evaluations.mail.retention.subject',
          body: 'evaluations.mail.retention.body',
          params: {
            title: evaluation.title,
            date: osloDate(lead.locale, ends),
            link: urlOn(urls.admin, pathTo(evaluationPaths.admin.privacy, { evaluationId: evaluation.id })),
          },
        });
      return true;
    });
    if (sent) reminded += 1;
  }
  return { reminded, deleted };
}

/**
 * Delete an evaluation's raw data in one transaction: the interviews (with their notes and the
 * consents recorded on them), the questionnaire responses (with their answers), the unused
 * response links, the quotes and the findings' links to notes. What stays: the evaluation, its
 * frozen published report (its tables and quotes were fixed when it was published), the
 * findings' own words, the recommendations with their responses and follow-up statuses, the
 * questionnaires' questions, the raw-read log. A deletion record keeps what went, as counts.
 * Returns false when another run got there first.
 */
export async function deleteRawData(db: Db, evaluationId: string, now = new Date(), byId: string | null = null) {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ deleted: Date | null }>>`
      SELECT "rawDataDeletedAt" AS "deleted" FROM "Evaluation" WHERE "id" = ${evaluationId} FOR UPDATE`;
    if (!row || row.deleted) return false;
    const counts = await countRawData(tx, evaluationId);
    const inEvaluation = { evaluationId };
    await tx.evaluationFindingNote.deleteMany({ where: { note: { interview: inEvaluation } } });
    await tx.evaluationQuote.deleteMany({ where: { finding: { theme: inEvaluation } } });
    await tx.evaluationInterview.deleteMany({ where: inEvaluation });
    await tx.evaluationResponse.deleteMany({ where: { questionnaire: inEvaluation } });
    await tx.evaluationResponseToken.deleteMany({ where: { questionnaire: inEvaluation } });
    await tx.evaluation.update({ where: { id: evaluationId }, data: { rawDataDeletedAt: now } });
    const deletion = await tx.evaluationDeletion.create({
      data: { evaluationId, reason: 'retention', counts: { ...counts }, byId, at: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: byId,
      action: 'delete',
      entity: 'evaluationDeletion',
      entityId: deletion.id,
      after: { evaluationId, reason: 'retention', counts },
    });
    return true;
  });
}

async function countRawData(tx: Tx, evaluationId: string): Promise<RetentionCounts> {
  const [interviews, notes, responses, answers, quotes] = await Promise.all([
    tx.evaluationInterview.count({ where: { evaluationId } }),
    tx.evaluationNote.count({ where: { interview: { evaluationId } } }),
    tx.evaluationResponse.count({ where: { questionnaire: { evaluationId } } }),
    tx.evaluationAnswer.count({ where: { response: { questionnaire: { evaluationId } } } }),
    tx.evaluationQuote.count({ where: { finding: { theme: { evaluationId } } } }),
  ]);
  return { interviews, notes, responses, answers, quotes };
}
