import {
  adoptionInput,
  adoptionRemoveInput,
  attachmentIdInput,
  attachmentUpdateInput,
  exampleIdInput,
  practiceCreateInput,
  practiceSaveInput,
  practiceSearchInput,
  practiceSlugInput,
  versionIdInput,
} from '@knutepunkt/domain';
import { memberProcedure, organisationEditorProcedure, publicProcedure } from '../../procedures.ts';
import { router } from '../../trpc.ts';
import { adoptPractice, removeAdoption } from './adoption.ts';
import { deleteAttachment, updateAttachment } from './attachments.ts';
import {
  createPractice,
  getWorkingCopy,
  listForOrganisation,
  saveDraft,
  startRevision,
  submitVersion,
  versionHistory,
  withdrawVersion,
} from './authoring.ts';
import { getPublishedExample } from './queries.ts';
import { practiceGrid, searchPractice } from './search.ts';

/** The practice bank in the web app: finding examples, and writing them for one's organisation. */
export const webPracticeRouter = router({
  search: publicProcedure.input(practiceSearchInput).query(({ ctx, input }) => searchPractice(ctx.db, input)),
  grid: publicProcedure.query(({ ctx }) => practiceGrid(ctx.db)),
  bySlug: publicProcedure.input(practiceSlugInput).query(({ ctx, input }) => getPublishedExample(ctx.db, input.slug)),

  create: organisationEditorProcedure
    .input(practiceCreateInput)
    .mutation(({ ctx, input }) => createPractice(ctx.db, ctx.actor, input)),
  forOrganisation: organisationEditorProcedure.query(({ ctx, input }) =>
    listForOrganisation(ctx.db, input.organisationId),
  ),
  workingCopy: memberProcedure
    .input(exampleIdInput)
    .query(({ ctx, input }) => getWorkingCopy(ctx.db, ctx.actor, input.exampleId)),
  save: memberProcedure.input(practiceSaveInput).mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.actor, input)),
  submit: memberProcedure
    .input(versionIdInput)
    .mutation(({ ctx, input }) => submitVersion(ctx.db, ctx.actor, input.versionId, ctx.urls)),
  withdraw: memberProcedure
    .input(versionIdInput)
    .mutation(({ ctx, input }) => withdrawVersion(ctx.db, ctx.actor, input.versionId)),
  startRevision: memberProcedure
    .input(exampleIdInput)
    .mutation(({ ctx, input }) => startRevision(ctx.db, ctx.actor, input.exampleId)),
  history: memberProcedure
    .input(exampleIdInput)
    .query(({ ctx, input }) => versionHistory(ctx.db, ctx.actor, input.exampleId)),

  // Attachments are uploaded over plain HTTP (apps/server, POST /api/practice/:exampleId/attachments).
  updateAttachment: memberProcedure
    .input(attachmentUpdateInput)
    .mutation(({ ctx, input }) => updateAttachment(ctx.db, ctx.actor, input)),
  deleteAttachment: memberProcedure
    .input(attachmentIdInput)
    .mutation(({ ctx, input }) => deleteAttachment(ctx.db, ctx.actor, ctx.files, input.attachmentId)),

  adopt: organisationEditorProcedure
    .input(adoptionInput)
    .mutation(({ ctx, input }) => adoptPractice(ctx.db, ctx.user.id, input)),
  removeAdoption: organisationEditorProcedure.input(adoptionRemoveInput).mutation(async ({ ctx, input }) => {
    await removeAdoption(ctx.db, ctx.user.id, input);
    return { ok: true };
  }),
});
