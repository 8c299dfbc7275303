import {
  networkCoordinatorInput,
  networkCreateInput,
  networkIdInput,
  networkMemberInput,
  networkUpdateInput,
} from '@knutepunkt/domain';
import {
  adminProcedure,
  confirmedAdminProcedure,
  networkCoordinatorProcedure,
  staffProcedure,
} from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import {
  addNetworkCoordinator,
  addNetworkMember,
  createNetwork,
  getNetworkForStaff,
  listNetworksForStaff,
  removeNetworkCoordinator,
  removeNetworkMember,
  updateNetwork,
} from './service.ts';

/** Networks in the admin app: coordinators run their own, admins create them and name coordinators. */
export const adminNetworksRouter = router({
  list: staffProcedure.query(({ ctx }) => listNetworksForStaff(ctx.db, ctx.actor)),

  get: networkCoordinatorProcedure
    .input(networkIdInput)
    .query(({ ctx, input }) => getNetworkForStaff(ctx.db, input.networkId)),

  create: adminProcedure
    .input(networkCreateInput)
    .mutation(({ ctx, input }) => createNetwork(ctx.db, ctx.user.id, input)),

  update: networkCoordinatorProcedure
    .input(networkUpdateInput)
    .mutation(({ ctx, input }) => updateNetwork(ctx.db, ctx.user.id, input)),

  addMember: networkCoordinatorProcedure.input(networkMemberInput).mutation(async ({ ctx, input }) => {
    await addNetworkMember(ctx.db, ctx.user.id, input.networkId, input.organisationId);
    return { ok: true };
  }),

  removeMember: networkCoordinatorProcedure.input(networkMemberInput).mutation(async ({ ctx, input }) => {
    await removeNetworkMember(ctx.db, ctx.user.id, input.networkId, input.organisationId);
    return { ok: true };
  }),

  // Granting and removing the coordinator role need a recent password (docs/adr/0015).
  addCoordinator: confirmedAdminProcedure.input(networkCoordinatorInput).mutation(async ({ ctx, input }) => {
    await addNetworkCoordinator(ctx.db, ctx.user.id, input.networkId, input.userId);
    return { ok: true };
  }),

  removeCoordinator: confirmedAdminProcedure.input(networkCoordinatorInput).mutation(async ({ ctx, input }) => {
    await removeNetworkCoordinator(ctx.db, ctx.user.id, input.networkId, input.userId);
    return { ok: true };
  }),
});
