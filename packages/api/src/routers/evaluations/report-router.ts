import {
  commentOnReportInput,
  moveRecommendationInput,
  resolveCommentInput,
  saveRecommendationInput,
  saveReportInput,
  sendReportToParticipantsInput,
} from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { evaluationPartProcedure, evaluationProcedure } from './procedures.ts';
import {
  deleteRecommendation,
  findRecommendation,
  findReportComment,
  moveRecommendation,
  reportForLead,
  resolveComment,
  saveRecommendation,
  saveReport,
} from './report.ts';
import { previewReport, publishReport, sendForReview, sendReportToParticipants } from './report-publish.ts';
import { commentOnReport, reportForReview } from './report-review.ts';

/**
 * The report (docs/adr/0025). Admin: the lead writes it, sends it for review, publishes
 * (freezes) it and sends it to the participants. Web: the service contacts read it in review
 * and comment. Spread into admin.ts and web.ts.
 */
const manage = () => evaluationProcedure('manage', staffProcedure);
const recommendation = () => evaluationPartProcedure('recommendationId', 'manage', findRecommendation, staffProcedure);

export const adminReportProcedures = {
  report: manage().query(({ ctx }) => reportForLead(ctx.db, ctx.evaluation)),
  reportPreview: manage().query(({ ctx }) => previewReport(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation)),
  saveReport: manage()
    .input(saveReportInput)
    .mutation(({ ctx, input }) => saveReport(ctx.db, ctx.user.id, ctx.evaluation, input)),
  saveRecommendation: manage()
    .input(saveRecommendationInput)
    .mutation(({ ctx, input }) => saveRecommendation(ctx.db, ctx.user.id, ctx.evaluation, input)),
  deleteRecommendation: recommendation().mutation(({ ctx }) =>
    deleteRecommendation(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id),
  ),
  moveRecommendation: recommendation()
    .input(moveRecommendationInput)
    .mutation(({ ctx, input }) =>
      moveRecommendation(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id, input.direction),
    ),
  resolveComment: evaluationPartProcedure('commentId', 'manage', findReportComment, staffProcedure)
    .input(resolveCommentInput)
    .mutation(({ ctx, input }) => resolveComment(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id, input.resolved)),
  sendForReview: manage().mutation(({ ctx }) => sendForReview(ctx.db, ctx.user.id, ctx.evaluation, ctx.urls)),
  publish: manage().mutation(({ ctx }) => publishReport(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation)),
  sendToParticipants: manage()
    .input(sendReportToParticipantsInput)
    .mutation(({ ctx, input }) =>
      sendReportToParticipants(ctx.db, ctx.user.id, ctx.evaluation, ctx.urls, input.again ?? false),
    ),
};

export const webReportProcedures = {
  reportForReview: evaluationProcedure('service').query(({ ctx }) =>
    reportForReview(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation),
  ),
  commentOnReport: evaluationProcedure('service')
    .input(commentOnReportInput)
    .mutation(({ ctx, input }) => commentOnReport(ctx.db, ctx.actor, ctx.evaluation, input, ctx.urls)),
};
