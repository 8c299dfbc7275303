import { membershipRoleInput } from '@knutepunkt/domain';
import { networkCoordinatorProcedure, staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { membershipDecisionProcedure, membershipRemovalProcedure, membershipRoleProcedure } from './procedures.ts';
import { decideMembership, listForNetwork, removeMembership, setMembershipRole } from './service.ts';

/** Coordinators approve people and appoint the editors of their network's organisations. */
export const adminMembershipsRouter = router({
  forNetwork: networkCoordinatorProcedure.query(({ ctx, input }) => listForNetwork(ctx.db, input.networkId)),
  decide: membershipDecisionProcedure(staffProcedure).mutation(({ ctx, input }) =>
    decideMembership(ctx.db, ctx.user.id, ctx.membership, input),
  ),
  setRole: membershipRoleProcedure(staffProcedure)
    .input(membershipRoleInput)
    .mutation(({ ctx, input }) => setMembershipRole(ctx.db, ctx.user.id, ctx.membership, input.role)),
  remove: membershipRemovalProcedure(staffProcedure).mutation(async ({ ctx }) => {
    await removeMembership(ctx.db, ctx.user.id, ctx.membership);
    return { ok: true };
  }),
});
