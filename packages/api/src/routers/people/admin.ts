import { userAdminUpdateInput, userDisableInput, userIdInput, userListInput } from '@knutepunkt/domain';
import { adminProcedure, confirmedAdminProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { getPerson, listPeople, setAdmin, setDisabled } from './service.ts';

/** People and their platform roles: admins only. */
export const adminPeopleRouter = router({
  list: adminProcedure.input(userListInput).query(({ ctx, input }) => listPeople(ctx.db, input)),
  get: adminProcedure.input(userIdInput).query(({ ctx, input }) => getPerson(ctx.db, ctx.user.id, input.userId)),
  // Granting roles and disabling accounts need the password given within 15 minutes (docs/adr/0015).
  setAdmin: confirmedAdminProcedure
    .input(userAdminUpdateInput)
    .mutation(({ ctx, input }) => setAdmin(ctx.db, ctx.user.id, input.userId, input.isAdmin)),
  setDisabled: confirmedAdminProcedure
    .input(userDisableInput)
    .mutation(({ ctx, input }) => setDisabled(ctx.db, ctx.user.id, input.userId, input.disabled)),
});
