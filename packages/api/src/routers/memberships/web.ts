import { membershipIdInput, membershipRequestInput } from '@knutepunkt/domain';
import { memberProcedure, organisationEditorProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { membershipDecisionProcedure, membershipRemovalProcedure } from './procedures.ts';
import {
  decideMembership,
  leaveMembership,
  listPendingForOrganisation,
  removeMembership,
  requestMembership,
} from './service.ts';

/** Links between people and organisations, in the web app: asking, leaving, and the editor's approvals. */
export const webMembershipsRouter = router({
  request: memberProcedure
    .input(membershipRequestInput)
    .mutation(({ ctx, input }) => requestMembership(ctx.db, ctx.user.id, input.organisationId, input.note)),
  leave: memberProcedure.input(membershipIdInput).mutation(async ({ ctx, input }) => {
    await leaveMembership(ctx.db, ctx.user.id, input.membershipId);
    return { ok: true };
  }),
  pending: organisationEditorProcedure.query(({ ctx, input }) =>
    listPendingForOrganisation(ctx.db, input.organisationId),
  ),
  decide: membershipDecisionProcedure().mutation(({ ctx, input }) =>
    decideMembership(ctx.db, ctx.user.id, ctx.membership, input),
  ),
  remove: membershipRemovalProcedure().mutation(async ({ ctx }) => {
    await removeMembership(ctx.db, ctx.user.id, ctx.membership);
    return { ok: true };
  }),
});
