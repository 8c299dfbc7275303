import { memberProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { webAnalysisProcedures } from './analysis-router.ts';
import { myEvaluations } from './lists.ts';
import { webFollowUpProcedures } from './follow-up-router.ts';
import { webReportProcedures } from './report-router.ts';
import { webCollectionProcedures } from './collection-router.ts';
import { webQuestionnaireProcedures } from './questionnaire-router.ts';

/**
 * Bruker Spør Bruker on the web app (docs/adr/0025): the published reports (public), the team's
 * workspace (raw data: the team only), the service contacts' view. Each part adds its
 * procedures from its own *-router.ts.
 */
export const webEvaluationsRouter = router({
  mine: memberProcedure.query(({ ctx }) => myEvaluations(ctx.db, ctx.actor)),
  ...webFollowUpProcedures,
  ...webReportProcedures,
  ...webCollectionProcedures,
  ...webAnalysisProcedures,
  ...webQuestionnaireProcedures,
});
