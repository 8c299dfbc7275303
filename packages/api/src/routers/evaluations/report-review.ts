import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  type CommentOnReportInput,
  type PublishedReport,
  REPORT_SECTIONS,
  UserError,
  evaluationPaths,
  isServiceContact,
  notFound,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';
import type { RawDataKeyring } from './cipher.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import { previewReport } from './report-publish.ts';
import type { EvaluationInScope } from './scope.ts';

const REVIEW_OR_LATER = new Set(['review', 'published', 'closed']);

/**
 * The report as the service contacts review it (docs/adr/0025): from review on, the report as
 * it will be (or was) published — the frozen one once published — and one's own comments.
 * Before review there is nothing to read (report null).
 */
export async function reportForReview(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
) {
  // Before review there is no report to read yet: the page says so rather than showing an error.
  if (!REVIEW_OR_LATER.has(evaluation.phase)) {
    return { phase: evaluation.phase, canComment: false, report: null, comments: [] };
  }
  const stored = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluation.id },
    select: { publishedReport: true },
  });
  const report: PublishedReport | null =
    (stored.publishedReport as unknown as PublishedReport | null) ??
    (await previewReport(db, keyring, actorId, evaluation));
  const comments = await db.evaluationReportComment.findMany({
    where: { evaluationId: evaluation.id, authorId: actorId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, section: true, body: true, createdAt: true, resolvedAt: true },
  });
  return {
    phase: evaluation.phase,
    canComment: evaluation.phase === 'review',
    report,
    comments,
  };
}

/**
 * A service contact comments on a section (or a recommendation) while the report is in review.
 * Only the service contacts: the lead and admins read along but do not comment (404, as for
 * anyone else without the part). The lead is told that a comment came, with the section's name
 * and a link, not the comment's words: mail leaves the platform and the outbox is kept, while a
 * comment on a report in review may well restate what the report is about to say.
 */
export async function commentOnReport(
  db: Db,
  actor: Actor,
  evaluation: EvaluationInScope,
  input: CommentOnReportInput,
  urls: SiteUrls,
) {
  if (!isServiceContact(actor, evaluation.access)) throw notFound();
  assertPhaseAllows(evaluation, 'comment');
  return db.$transaction(async (tx) => {
    const known = (REPORT_SECTIONS as readonly string[]).includes(input.section);
    if (!known) {
      const recommendation = await tx.evaluationRecommendation.count({
        where: { id: input.section, evaluationId: evaluation.id },
      });
      if (recommendation === 0) {
        throw new UserError('badRequest', 'evaluations.report.error.section', {
          fieldErrors: { section: 'evaluations.report.error.section' },
        });
      }
    }
    const comment = await tx.evaluationReportComment.create({
      data: { evaluationId: evaluation.id, authorId: actor.userId, section: input.section, body: input.body },
      select: { id: true, section: true, body: true, createdAt: true, resolvedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'evaluationReport',
      entityId: evaluation.id,
      after: { commentId: comment.id, section: known ? input.section : 'recommendation' },
    });
    const lead = evaluation.leadId
      ? await tx.user.findFirst({
          where: { id: evaluation.leadId, disabledAt: null },
          select: { id: true, email: true, locale: true },
        })
      : null;
    if (lead) {
      await notify(tx, [lead], {
        kind: 'evaluation.report.comment',
        subject: 'evaluations.report.mail.comment.subject',
        body: 'evaluations.report.mail.comment.body',
        params: {
          title: evaluation.title,
          link: `${urls.admin}${evaluationPaths.admin.report.replace(':evaluationId', evaluation.id)}`,
        },
      });
    }
    return comment;
  });
}
