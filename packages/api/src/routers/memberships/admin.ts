import { membershipDecisionInput, membershipIdInput, membershipRoleInput } from '@knutepunkt/domain';
import { networkCoordinatorProcedure, staffProcedure } from '../../procedures.ts';
import { router } from '../../trpc.ts';
import { decideMembership, listForNetwork, removeMembership, setMembershipRole } from './service.ts';

/** Coordinators approve people and appoint the editors of their network's organisations. */
export const adminMembershipsRouter = router({
  forNetwork: networkCoordinatorProcedure.query(({ ctx, input }) => listForNetwork(ctx.db, input.networkId)),

  decide: staffProcedure
    .input(membershipDecisionInput)
    .mutation(({ ctx, input }) => decideMembership(ctx.db, ctx.actor, input)),

  setRole: staffProcedure
    .input(membershipRoleInput)
    .mutation(({ ctx, input }) => setMembershipRole(ctx.db, ctx.actor, input)),

  remove: staffProcedure.input(membershipIdInput).mutation(async ({ ctx, input }) => {
    await removeMembership(ctx.db, ctx.actor, input.membershipId);
    return { ok: true };
  }),
});
