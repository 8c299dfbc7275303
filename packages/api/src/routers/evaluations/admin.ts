import { evaluationPhaseInput } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { adminAnalysisProcedures } from './analysis-router.ts';
import { evaluationsToManage } from './lists.ts';
import { adminGuideProcedures } from './guide-router.ts';
import { adminQuestionnaireProcedures } from './questionnaire-router.ts';
import { evaluationProcedure } from './procedures.ts';
import { moveEvaluation } from './transition.ts';
import { adminReportProcedures } from './report-router.ts';
import { adminPrivacyProcedures } from './privacy-router.ts';
import { adminSetupProcedures } from './setup-router.ts';
import { adminFollowUpProcedures } from './follow-up-router.ts';

/** Bruker Spør Bruker in the admin app (docs/adr/0025): the lead's work. Each part adds its procedures. */
export const adminEvaluationsRouter = router({
  list: staffProcedure.query(({ ctx }) => evaluationsToManage(ctx.db, ctx.actor)),
  move: evaluationProcedure('manage', staffProcedure)
    .input(evaluationPhaseInput)
    .mutation(({ ctx, input }) => moveEvaluation(ctx.db, ctx.user.id, ctx.evaluation, input.to)),
  ...adminReportProcedures,
  ...adminPrivacyProcedures,
  ...adminAnalysisProcedures,
  ...adminSetupProcedures,
  ...adminFollowUpProcedures,
  ...adminGuideProcedures,
  ...adminQuestionnaireProcedures,
});
