import { evaluationPhaseInput } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { evaluationsToManage } from './lists.ts';
import { evaluationProcedure } from './procedures.ts';
import { moveEvaluation } from './transition.ts';
import { adminReportProcedures } from './report-router.ts';
import { adminPrivacyProcedures } from './privacy-router.ts';

/** Bruker Spør Bruker in the admin app (docs/adr/0025): the lead's work. Each part adds its procedures. */
export const adminEvaluationsRouter = router({
  list: staffProcedure.query(({ ctx }) => evaluationsToManage(ctx.db, ctx.actor)),
  move: evaluationProcedure('manage', staffProcedure)
    .input(evaluationPhaseInput)
    .mutation(({ ctx, input }) => moveEvaluation(ctx.db, ctx.user.id, ctx.evaluation, input.to)),
  ...adminReportProcedures,
  ...adminPrivacyProcedures,
});
