import { adminSendResetInput } from '@knutepunkt/domain';
import { confirmedAdminProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { sendResetLinkAsAdmin } from './service.ts';

/** An admin sends a person a reset link: a sensitive action, so the password must be recent. */
export const adminPasswordResetRouter = router({
  send: confirmedAdminProcedure
    .input(adminSendResetInput)
    .mutation(({ ctx, input }) => sendResetLinkAsAdmin(ctx.db, ctx.user.id, input.userId, ctx.urls)),
});
