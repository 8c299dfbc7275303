import { guideVersionInput, saveGuideInput } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { guideVersion, guideVersions, saveGuide } from './guide.ts';
import { evaluationProcedure } from './procedures.ts';

const manage = () => evaluationProcedure('manage', staffProcedure);

/** `evaluations.guide*` in the admin app: the lead writes the versioned interview guide (./guide.ts). */
export const adminGuideProcedures = {
  guideVersions: manage().query(({ ctx }) => guideVersions(ctx.db, ctx.evaluation.id)),
  guide: manage()
    .input(guideVersionInput)
    .query(({ ctx, input }) => guideVersion(ctx.db, ctx.evaluation.id, input.version)),
  saveGuide: manage()
    .input(saveGuideInput)
    .mutation(({ ctx, input }) => saveGuide(ctx.db, ctx.user.id, ctx.evaluation, input.themes)),
};
