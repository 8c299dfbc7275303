import {
  adoptionInput,
  adoptionRemoveInput,
  attachmentUpdateInput,
  practiceCreateInput,
  practiceSaveInput,
  practiceSearchInput,
  practiceSlugInput,
} from '@knutepunkt/domain';
import { organisationEditorProcedure, publicProcedure } from '../../procedures/index.ts';
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
import { practiceAttachmentProcedure, practiceExampleProcedure, practiceVersionProcedure } from './procedures.ts';
import { getPublishedExample } from './queries.ts';
import { practiceGrid, searchPractice } from './search.ts';

/** The practice bank in the web app: finding examples, and writing them for one's organisation. */
export const webPracticeRouter = router({
  search: publicProcedure.input(practiceSearchInput).query(({ ctx, input }) => searchPractice(ctx.db, input)),
  grid: publicProcedure.query(({ ctx }) => practiceGrid(ctx.db)),
  bySlug: publicProcedure.input(practiceSlugInput).query(({ ctx, input }) => getPublishedExample(ctx.db, input.slug)),

  create: organisationEditorProcedure
    .input(practiceCreateInput)
    .mutation(({ ctx, input }) => createPractice(ctx.db, ctx.user.id, input)),
  forOrganisation: organisationEditorProcedure.query(({ ctx, input }) =>
    listForOrganisation(ctx.db, input.organisationId),
  ),
  workingCopy: practiceExampleProcedure('edit').query(({ ctx }) => getWorkingCopy(ctx.db, ctx.scope.exampleId)),
  save: practiceVersionProcedure('edit')
    .input(practiceSaveInput)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.user.id, ctx.version, input)),
  submit: practiceVersionProcedure('submit').mutation(({ ctx }) => submitVersion(ctx.db, ctx.user.id, ctx, ctx.urls)),
  withdraw: practiceVersionProcedure('withdraw').mutation(({ ctx }) => withdrawVersion(ctx.db, ctx.user.id, ctx)),
  startRevision: practiceExampleProcedure('edit').mutation(({ ctx }) =>
    startRevision(ctx.db, ctx.user.id, ctx.scope.exampleId),
  ),
  history: practiceExampleProcedure('readHistory').query(({ ctx }) => versionHistory(ctx.db, ctx.actor, ctx.scope)),

  // Attachments are uploaded over plain HTTP (apps/server, POST practicePaths.web.upload; rights in ./file-access.ts).
  updateAttachment: practiceAttachmentProcedure('edit')
    .input(attachmentUpdateInput)
    .mutation(({ ctx, input }) => updateAttachment(ctx.db, ctx.user.id, ctx.attachment, input.altText)),
  deleteAttachment: practiceAttachmentProcedure('edit').mutation(({ ctx }) =>
    deleteAttachment(ctx.db, ctx.user.id, ctx.files, ctx.attachment),
  ),

  adopt: organisationEditorProcedure
    .input(adoptionInput)
    .mutation(({ ctx, input }) => adoptPractice(ctx.db, ctx.user.id, input)),
  removeAdoption: organisationEditorProcedure.input(adoptionRemoveInput).mutation(async ({ ctx, input }) => {
    await removeAdoption(ctx.db, ctx.user.id, input);
    return { ok: true };
  }),
});
