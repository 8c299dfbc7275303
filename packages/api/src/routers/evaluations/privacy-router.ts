import { breakGlassInput, evaluationIdInput, rawReadsInput } from '@knutepunkt/domain';
import { adminProcedure, staffProcedure } from '../../procedures/index.ts';
import { breakGlass, listDeletions, listRawReads, privacyOverview } from './privacy.ts';
import { evaluationProcedure } from './procedures.ts';

/**
 * The privacy page's procedures in the admin app (docs/adr/0025), spread into
 * adminEvaluationsRouter. Reading the logs is the lead's and the admins' (`manage`); breaking
 * the glass is the admins' alone: a lead who is not an admin gets 403 (she has the team's
 * access already, and the act exists for admins who have not).
 */
export const adminPrivacyProcedures = {
  privacy: evaluationProcedure('manage', staffProcedure)
    .input(evaluationIdInput)
    .query(({ ctx }) => privacyOverview(ctx.db, ctx.evaluation, ctx.user)),
  rawReads: evaluationProcedure('manage', staffProcedure)
    .input(rawReadsInput)
    .query(({ ctx, input }) => listRawReads(ctx.db, ctx.evaluation.id, input.page)),
  deletions: evaluationProcedure('manage', staffProcedure)
    .input(evaluationIdInput)
    .query(({ ctx }) => listDeletions(ctx.db, ctx.evaluation.id)),
  breakGlass: evaluationProcedure('manage', adminProcedure)
    .input(breakGlassInput)
    .mutation(({ ctx, input }) => breakGlass(ctx.db, ctx.user, ctx.evaluation, input.reason, ctx.urls)),
};
