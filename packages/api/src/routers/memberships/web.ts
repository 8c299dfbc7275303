import { membershipDecisionInput, membershipIdInput, membershipRequestInput } from '@knutepunkt/domain';
import { memberProcedure, organisationEditorProcedure } from '../../procedures.ts';
import { router } from '../../trpc.ts';
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

  decide: memberProcedure
    .input(membershipDecisionInput)
    .mutation(({ ctx, input }) => decideMembership(ctx.db, ctx.actor, input)),

  remove: memberProcedure.input(membershipIdInput).mutation(async ({ ctx, input }) => {
    await removeMembership(ctx.db, ctx.actor, input.membershipId);
    return { ok: true };
  }),
});
