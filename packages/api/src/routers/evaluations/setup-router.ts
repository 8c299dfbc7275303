import {
  evaluationAgreementInput,
  evaluationCreateInput,
  evaluationPersonInput,
  evaluationPlanInput,
  evaluationTeamAddInput,
  evaluationTrainingInput,
} from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { evaluationPartProcedure, evaluationProcedure } from './procedures.ts';
import { createEvaluation } from './setup-create.ts';
import { deleteAgreementFile, findAgreementFile } from './setup-agreement-files.ts';
import { updateAgreement, updatePlan } from './setup-agreement-plan.ts';
import { evaluationOverview } from './setup-overview.ts';
import { addTeamMember, addTraining, findTraining, removeTeamMember, removeTraining, setLead } from './setup-team.ts';

const manage = () => evaluationProcedure('manage', staffProcedure);

/**
 * Setting an evaluation up in the admin app (docs/adr/0025): creating it, the agreement, the
 * plan, the team and its training, handing the lead over. Spread into admin.ts. The signed
 * agreement's files go over HTTP (apps/server/src/evaluations/agreement-routes.ts).
 */
export const adminSetupProcedures = {
  // Staff only; who may start one in which network is decided with the network given.
  create: staffProcedure
    .input(evaluationCreateInput)
    .mutation(({ ctx, input }) => createEvaluation(ctx.db, ctx.actor, input)),
  get: manage().query(({ ctx }) => evaluationOverview(ctx.db, ctx.evaluation.id)),
  updateAgreement: manage()
    .input(evaluationAgreementInput)
    .mutation(({ ctx, input }) => updateAgreement(ctx.db, ctx.user.id, ctx.evaluation, input)),
  deleteAgreement: evaluationPartProcedure('attachmentId', 'manage', findAgreementFile, staffProcedure).mutation(
    ({ ctx }) => deleteAgreementFile(ctx.db, ctx.user.id, ctx.files, ctx.evaluation, ctx.item),
  ),
  updatePlan: manage()
    .input(evaluationPlanInput)
    .mutation(({ ctx, input }) => updatePlan(ctx.db, ctx.user.id, ctx.evaluation, input)),
  addTeamMember: manage()
    .input(evaluationTeamAddInput)
    .mutation(({ ctx, input }) => addTeamMember(ctx.db, ctx.actor, ctx.evaluation, input.email, ctx.urls)),
  removeTeamMember: manage()
    .input(evaluationPersonInput)
    .mutation(({ ctx, input }) => removeTeamMember(ctx.db, ctx.user.id, ctx.evaluation, input.userId)),
  addTraining: manage()
    .input(evaluationTrainingInput)
    .mutation(({ ctx, input }) => addTraining(ctx.db, ctx.user.id, ctx.evaluation, input)),
  removeTraining: evaluationPartProcedure('trainingId', 'manage', findTraining, staffProcedure).mutation(({ ctx }) =>
    removeTraining(ctx.db, ctx.user.id, ctx.evaluation, ctx.item),
  ),
  // The lead's own hand-over, or an admin's (the service checks which).
  setLead: manage()
    .input(evaluationPersonInput)
    .mutation(({ ctx, input }) => setLead(ctx.db, ctx.actor, ctx.evaluation, input.userId)),
};
