import { bySlugInput, organisationListInput, organisationProfileInput } from '@knutepunkt/domain';
import { organisationEditorProcedure, publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { getOrganisationById, getOrganisationBySlug, listOrganisations, updateOrganisationProfile } from './service.ts';

/** The public directory, and the editor's own organisation profile. */
export const webOrganisationsRouter = router({
  list: publicProcedure.input(organisationListInput).query(({ ctx, input }) => listOrganisations(ctx.db, input)),

  bySlug: publicProcedure.input(bySlugInput).query(({ ctx, input }) => getOrganisationBySlug(ctx.db, input.slug)),

  /** The profile as its editor edits it. */
  forEditing: organisationEditorProcedure.query(({ ctx, input }) => getOrganisationById(ctx.db, input.organisationId)),

  updateProfile: organisationEditorProcedure.input(organisationProfileInput).mutation(({ ctx, input }) => {
    const { organisationId, ...profile } = input;
    return updateOrganisationProfile(ctx.db, ctx.user.id, organisationId, profile);
  }),
});
