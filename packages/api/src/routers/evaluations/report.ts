import type { Db, Prisma } from '@knutepunkt/db';
import {
  type EvaluationPhase,
  type SaveRecommendationInput,
  type SaveReportInput,
  UserError,
  notFound,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

type Tx = Prisma.TransactionClient;

/**
 * The lead's report (docs/adr/0025): the Markdown sections, the chosen questionnaire, the
 * recommendations in order, and the service contacts' comments. Written while the evaluation
 * is in analysis or review (phase 'writeReport'); read in any phase. Nothing here is raw data:
 * the quotes and free-text answers enter only the frozen report (report-freeze.ts).
 */
export async function reportForLead(db: Db, evaluation: EvaluationInScope) {
  const [row, report, questionnaires, recommendations, comments] = await Promise.all([
    db.evaluation.findUniqueOrThrow({
      where: { id: evaluation.id },
      select: { reportSentAt: true, dialogueMeetingId: true },
    }),
    db.evaluationReport.findUnique({ where: { evaluationId: evaluation.id } }),
    db.evaluationQuestionnaire.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, title: true, status: true },
    }),
    db.evaluationRecommendation.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true, title: true, body: true },
    }),
    db.evaluationReportComment.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        section: true,
        body: true,
        createdAt: true,
        resolvedAt: true,
        author: { select: { name: true } },
      },
    }),
  ]);
  return {
    evaluation: {
      id: evaluation.id,
      slug: evaluation.slug,
      title: evaluation.title,
      language: evaluation.language,
      phase: evaluation.phase as EvaluationPhase,
      minGroupSize: evaluation.minGroupSize,
      publishedAt: evaluation.publishedAt,
      reportSentAt: row.reportSentAt,
      hasDialogueMeeting: row.dialogueMeetingId !== null,
    },
    sections: {
      summary: report?.summary ?? '',
      background: report?.background ?? '',
      method: report?.method ?? '',
      easyRead: report?.easyRead ?? '',
    },
    questionnaireId: report?.questionnaireId ?? null,
    questionnaires,
    recommendations,
    comments: comments.map(({ author, ...c }) => ({ ...c, authorName: author?.name ?? null })),
  };
}

/** Save the sections and the chosen questionnaire (which must be one of this evaluation's). */
export async function saveReport(db: Db, actorId: string, evaluation: EvaluationInScope, input: SaveReportInput) {
  assertPhaseAllows(evaluation, 'writeReport');
  const { evaluationId: _id, ...data } = input;
  return db.$transaction(async (tx) => {
    if (data.questionnaireId) {
      const found = await tx.evaluationQuestionnaire.count({
        where: { id: data.questionnaireId, evaluationId: evaluation.id },
      });
      if (found === 0) {
        throw new UserError('badRequest', 'evaluations.report.error.questionnaire', {
          fieldErrors: { questionnaireId: 'evaluations.report.error.questionnaire' },
        });
      }
    }
    const before = await tx.evaluationReport.findUnique({ where: { evaluationId: evaluation.id } });
    const saved = await tx.evaluationReport.upsert({
      where: { evaluationId: evaluation.id },
      create: { evaluationId: evaluation.id, ...data },
      update: data,
    });
    // The lead's own words: the audit keeps which parts changed, not the text.
    const changed = (['summary', 'background', 'method', 'easyRead', 'questionnaireId'] as const).filter(
      (key) => (before?.[key] ?? (key === 'questionnaireId' ? null : '')) !== data[key],
    );
    await recordAudit(tx, {
      actorId,
      action: before ? 'update' : 'create',
      entity: 'evaluationReport',
      entityId: evaluation.id,
      after: { changed },
    });
    return { updatedAt: saved.updatedAt };
  });
}

/** Add a recommendation at the end, or edit one of this evaluation's. */
export async function saveRecommendation(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  input: SaveRecommendationInput,
) {
  assertPhaseAllows(evaluation, 'writeReport');
  return db.$transaction(async (tx) => {
    if (input.id) {
      const found = await tx.evaluationRecommendation.findFirst({
        where: { id: input.id, evaluationId: evaluation.id },
        select: { id: true },
      });
      if (!found) throw notFound();
      await tx.evaluationRecommendation.update({
        where: { id: input.id },
        data: { title: input.title, body: input.body },
      });
      await recordAudit(tx, { actorId, action: 'update', entity: 'evaluationRecommendation', entityId: input.id });
      return { id: input.id };
    }
    const last = await tx.evaluationRecommendation.aggregate({
      where: { evaluationId: evaluation.id },
      _max: { position: true },
    });
    const created = await tx.evaluationRecommendation.create({
      data: {
        evaluationId: evaluation.id,
        position: (last._max.position ?? -1) + 1,
        title: input.title,
        body: input.body,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId, action: 'create', entity: 'evaluationRecommendation', entityId: created.id });
    return created;
  });
}

/** What evaluationPartProcedure loads for a recommendation. */
export const findRecommendation = (db: Db, id: string) =>
  db.evaluationRecommendation.findUnique({ where: { id }, select: { id: true, evaluationId: true } });

export async function deleteRecommendation(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  recommendationId: string,
) {
  assertPhaseAllows(evaluation, 'writeReport');
  await db.$transaction(async (tx) => {
    const { count } = await tx.evaluationRecommendation.deleteMany({
      where: { id: recommendationId, evaluationId: evaluation.id },
    });
    if (count === 0) throw notFound();
    await renumber(tx, evaluation.id);
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'evaluationRecommendation',
      entityId: recommendationId,
    });
  });
}

/** Move a recommendation one place up or down (swapping with its neighbour); at an end it stays. */
export async function moveRecommendation(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  recommendationId: string,
  direction: 'up' | 'down',
) {
  assertPhaseAllows(evaluation, 'writeReport');
  await db.$transaction(async (tx) => {
    const ids = await renumber(tx, evaluation.id);
    const from = ids.indexOf(recommendationId);
    if (from < 0) throw notFound();
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    await tx.evaluationRecommendation.update({ where: { id: ids[from]! }, data: { position: to } });
    await tx.evaluationRecommendation.update({ where: { id: ids[to]! }, data: { position: from } });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationRecommendation',
      entityId: recommendationId,
      before: { position: from },
      after: { position: to },
    });
  });
}

/**
 * Positions 0…n-1 in the current order, under the evaluation's row lock so two moves cannot
 * interleave; returns the ids in order.
 */
async function renumber(tx: Tx, evaluationId: string): Promise<string[]> {
  await tx.$queryRaw`SELECT 1 FROM "Evaluation" WHERE "id" = ${evaluationId} FOR UPDATE`;
  const rows = await tx.evaluationRecommendation.findMany({
    where: { evaluationId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true },
  });
  for (const [index, row] of rows.entries()) {
    if (row.position !== index) {
      await tx.evaluationRecommendation.update({ where: { id: row.id }, data: { position: index } });
    }
  }
  return rows.map((r) => r.id);
}

/** What evaluationPartProcedure loads for a comment. */
export const findReportComment = (db: Db, id: string) =>
  db.evaluationReportComment.findUnique({ where: { id }, select: { id: true, evaluationId: true } });

/** Mark a service contact's comment as dealt with (or not). Allowed in any phase: it changes no report text. */
export async function resolveComment(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  commentId: string,
  resolved: boolean,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.evaluationReportComment.updateMany({
      where: { id: commentId, evaluationId: evaluation.id },
      data: { resolvedAt: resolved ? now : null },
    });
    if (count === 0) throw notFound();
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationReport',
      entityId: evaluation.id,
      after: { commentId, resolved },
    });
    return { resolvedAt: resolved ? now : null };
  });
}
