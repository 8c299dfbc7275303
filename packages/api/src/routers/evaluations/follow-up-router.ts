import {
  followUpRoundInput,
  recommendationResponseInput,
  recommendationStatusInput,
  reportSlugInput,
} from '@knutepunkt/domain';
import { publicProcedure, staffProcedure } from '../../procedures/index.ts';
import {
  closeFollowUp,
  findRecommendation,
  followUpFor,
  followUpOverview,
  giveStatus,
  respondToRecommendation,
} from './follow-up.ts';
import { evaluationPartProcedure, evaluationProcedure } from './procedures.ts';
import { publicReport, publishedReports } from './public-reports.ts';
import { requestFollowUpNow } from './follow-up-requests.ts';

/**
 * The published reports and the follow-up of their recommendations (docs/adr/0025), spread
 * into web.ts and admin.ts. `reports` and `report` are public reads (public-reads.ts).
 */
export const webFollowUpProcedures = {
  reports: publicProcedure.query(({ ctx }) => publishedReports(ctx.db)),
  report: publicProcedure.input(reportSlugInput).query(({ ctx, input }) => publicReport(ctx.db, input.slug)),
  followUp: evaluationProcedure('service').query(({ ctx }) => followUpFor(ctx.db, ctx.actor, ctx.evaluation)),
  respondToRecommendation: evaluationPartProcedure('recommendationId', 'service', findRecommendation)
    .input(recommendationResponseInput)
    .mutation(({ ctx, input }) => respondToRecommendation(ctx.db, ctx.actor, ctx.evaluation, input)),
  giveStatus: evaluationPartProcedure('recommendationId', 'service', findRecommendation)
    .input(recommendationStatusInput)
    .mutation(({ ctx, input }) => giveStatus(ctx.db, ctx.actor, ctx.evaluation, input)),
};

export const adminFollowUpProcedures = {
  followUpOverview: evaluationProcedure('manage', staffProcedure).query(({ ctx }) =>
    followUpOverview(ctx.db, ctx.evaluation),
  ),
  requestFollowUpNow: evaluationProcedure('manage', staffProcedure)
    .input(followUpRoundInput)
    .mutation(({ ctx, input }) => requestFollowUpNow(ctx.db, ctx.urls, ctx.evaluation, input.months)),
  closeFollowUp: evaluationProcedure('manage', staffProcedure).mutation(({ ctx }) =>
    closeFollowUp(ctx.db, ctx.user.id, ctx.evaluation),
  ),
};
