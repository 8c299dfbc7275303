import { evaluationAnswerInput, evaluationQuestionsInput } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { answerEvaluation, evaluationForParticipant } from './evaluation-answers.ts';
import { evaluationForStaff, evaluationResultsFor, sendEvaluation, setEvaluationQuestions } from './evaluation.ts';
import { meetingProcedure } from './procedures.ts';

const manage = () => meetingProcedure('manage', staffProcedure);

/** The evaluation after a meeting in the admin app (`meetings.evaluation.*`): the network's coordinators. */
export const adminEvaluationRouter = router({
  get: manage().query(({ ctx }) => evaluationForStaff(ctx.db, ctx.meeting)),
  setQuestions: manage()
    .input(evaluationQuestionsInput)
    .mutation(({ ctx, input }) => setEvaluationQuestions(ctx.db, ctx.user.id, ctx.meeting, input)),
  send: manage().mutation(({ ctx }) => sendEvaluation(ctx.db, ctx.user.id, ctx.meeting, ctx.urls)),
  // Totals only, and only from five answers on (docs/adr/0022).
  results: manage().query(({ ctx }) => evaluationResultsFor(ctx.db, ctx.user.id, ctx.meeting)),
});

/** The evaluation in the web app: a participant's own form; nothing about anyone else. */
export const webEvaluationRouter = router({
  get: meetingProcedure('attend').query(({ ctx }) => evaluationForParticipant(ctx.db, ctx.user.id, ctx.meeting)),
  answer: meetingProcedure('attend')
    .input(evaluationAnswerInput)
    .mutation(({ ctx, input }) => answerEvaluation(ctx.db, ctx.user.id, ctx.meeting, input)),
});
