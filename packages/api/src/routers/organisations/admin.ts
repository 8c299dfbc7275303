import {
  organisationAdminUpdateInput,
  organisationCreateInput,
  organisationIdInput,
  organisationListInput,
} from '@knutepunkt/domain';
import { adminProcedure, staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisationById,
  listOrganisations,
  updateOrganisationProfile,
} from './service.ts';

/** Organisations in the admin app: coordinators look them up, admins manage them. */
export const adminOrganisationsRouter = router({
  list: staffProcedure.input(organisationListInput).query(({ ctx, input }) => listOrganisations(ctx.db, input)),

  get: staffProcedure
    .input(organisationIdInput)
    .query(({ ctx, input }) => getOrganisationById(ctx.db, input.organisationId)),

  create: adminProcedure
    .input(organisationCreateInput)
    .mutation(({ ctx, input }) => createOrganisation(ctx.db, ctx.user.id, input)),

  update: adminProcedure.input(organisationAdminUpdateInput).mutation(({ ctx, input }) => {
    const { organisationId, ...data } = input;
    return updateOrganisationProfile(ctx.db, ctx.user.id, organisationId, data);
  }),

  delete: adminProcedure.input(organisationIdInput).mutation(async ({ ctx, input }) => {
    await deleteOrganisation(ctx.db, ctx.user.id, input.organisationId);
    return { ok: true };
  }),
});
