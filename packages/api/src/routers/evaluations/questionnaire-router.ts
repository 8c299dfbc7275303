import {
  createLinksInput,
  createQuestionnaireInput,
  paperResponseInput,
  questionnaireIdInput,
  responseTokenInput,
  saveQuestionsInput,
  setBreakdownInput,
  submitResponseInput,
  updateQuestionnaireInput,
} from '@knutepunkt/domain';
import { publicProcedure, staffProcedure } from '../../procedures/index.ts';
import { requireKeyring } from './cipher.ts';
import { evaluationPartProcedure, evaluationProcedure } from './procedures.ts';
import {
  createQuestionnaire,
  findQuestionnaire,
  getQuestionnaire,
  listQuestionnaires,
  saveQuestions,
  setBreakdown,
  setQuestionnaireStatus,
  updateQuestionnaire,
} from './questionnaire-admin.ts';
import {
  createLinks,
  enterPaperResponse,
  paperQuestionnaires,
  questionnaireForToken,
  submitResponse,
} from './questionnaire-answers.ts';

/** A questionnaire, decided on its evaluation: another evaluation's questionnaire is a 404. */
const onQuestionnaire = () => evaluationPartProcedure('questionnaireId', 'manage', findQuestionnaire, staffProcedure);

/** The lead's questionnaires in the admin app (./questionnaire-admin.ts). */
export const adminQuestionnaireProcedures = {
  questionnaires: evaluationProcedure('manage', staffProcedure).query(({ ctx }) =>
    listQuestionnaires(ctx.db, ctx.evaluation.id),
  ),
  questionnaire: onQuestionnaire().query(({ ctx }) => getQuestionnaire(ctx.db, ctx.item.id)),
  createQuestionnaire: evaluationProcedure('manage', staffProcedure)
    .input(createQuestionnaireInput)
    .mutation(({ ctx, input: { evaluationId: _, ...fields } }) =>
      createQuestionnaire(ctx.db, ctx.user.id, ctx.evaluation, fields),
    ),
  updateQuestionnaire: onQuestionnaire()
    .input(updateQuestionnaireInput)
    .mutation(({ ctx, input: { questionnaireId: _, ...fields } }) =>
      updateQuestionnaire(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, fields),
    ),
  saveQuestions: onQuestionnaire()
    .input(saveQuestionsInput)
    .mutation(({ ctx, input }) => saveQuestions(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, input.questions)),
  setBreakdown: onQuestionnaire()
    .input(setBreakdownInput)
    .mutation(({ ctx, input }) => setBreakdown(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, input.questionId)),
  openQuestionnaire: onQuestionnaire()
    .input(questionnaireIdInput)
    .mutation(({ ctx }) => setQuestionnaireStatus(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, 'open')),
  closeQuestionnaire: onQuestionnaire()
    .input(questionnaireIdInput)
    .mutation(({ ctx }) => setQuestionnaireStatus(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, 'closed')),
  createLinks: onQuestionnaire()
    .input(createLinksInput)
    .mutation(({ ctx, input }) =>
      createLinks(ctx.db, ctx.user.id, ctx.urls.web, ctx.evaluation, ctx.item, input.count),
    ),
};

/**
 * On the web app: the questionnaire behind a one-time link and its answer (no sign-in: the
 * link is the permission), and the team's paper entry (./questionnaire-answers.ts).
 */
export const webQuestionnaireProcedures = {
  questionnaireForToken: publicProcedure
    .input(responseTokenInput)
    .query(({ ctx, input }) => questionnaireForToken(ctx.db, input.token)),
  submitResponse: publicProcedure
    .input(submitResponseInput)
    .mutation(({ ctx, input }) =>
      submitResponse(ctx.db, requireKeyring(ctx.rawDataKeyring), input.token, input.answers),
    ),
  paperQuestionnaires: evaluationProcedure('team').query(({ ctx }) => paperQuestionnaires(ctx.db, ctx.evaluation.id)),
  enterPaperResponse: evaluationPartProcedure('questionnaireId', 'team', findQuestionnaire)
    .input(paperResponseInput)
    .mutation(({ ctx, input }) =>
      enterPaperResponse(
        ctx.db,
        requireKeyring(ctx.rawDataKeyring),
        ctx.user.id,
        ctx.evaluation,
        ctx.item,
        input.answers,
      ),
    ),
};
