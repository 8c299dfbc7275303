import { createInterviewInput, recordConsentInput, saveNoteInput, updateInterviewInput } from '@knutepunkt/domain';
import { requireKeyring } from './cipher.ts';
import { createInterview, recordConsent, updateInterview, withdrawConsent } from './collection-interviews.ts';
import { saveNote } from './collection-notes.ts';
import { findInterview } from './collection-scope.ts';
import { collectionWorkspace, interviewWithNotes } from './collection-workspace.ts';
import { evaluationPartProcedure, evaluationProcedure } from './procedures.ts';

/**
 * Data collection on the web app (docs/adr/0025): the team's workspace, interviews, consents
 * and notes. Raw data: only the lead and the team of this evaluation (an admin only through
 * «break the glass»); everyone else gets 404. Spread into webEvaluationsRouter.
 */
const team = () => evaluationProcedure('team');
const onInterview = () => evaluationPartProcedure('interviewId', 'team', findInterview);

export const webCollectionProcedures = {
  workspace: team().query(({ ctx }) => collectionWorkspace(ctx.db, ctx.evaluation)),
  createInterview: team()
    .input(createInterviewInput)
    .mutation(({ ctx, input: { evaluationId: _, ...input } }) =>
      createInterview(ctx.db, ctx.user.id, ctx.evaluation, input),
    ),
  updateInterview: onInterview()
    .input(updateInterviewInput)
    .mutation(({ ctx, input: { interviewId: _, ...input } }) =>
      updateInterview(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, input),
    ),
  recordConsent: onInterview()
    .input(recordConsentInput)
    .mutation(({ ctx, input: { interviewId: _, ...input } }) =>
      recordConsent(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, input),
    ),
  withdrawConsent: onInterview().mutation(({ ctx }) => withdrawConsent(ctx.db, ctx.user.id, ctx.evaluation, ctx.item)),
  interview: onInterview().query(({ ctx }) =>
    interviewWithNotes(ctx.db, ctx.user.id, requireKeyring(ctx.rawDataKeyring), ctx.evaluation, ctx.item),
  ),
  saveNote: onInterview()
    .input(saveNoteInput)
    .mutation(({ ctx, input: { interviewId: _, ...input } }) =>
      saveNote(ctx.db, ctx.user.id, requireKeyring(ctx.rawDataKeyring), ctx.evaluation, ctx.item, input),
    ),
};
