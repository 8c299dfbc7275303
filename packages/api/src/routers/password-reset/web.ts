import { serializeSessionCookie } from '@knutepunkt/auth';
import { passwordResetInput, passwordResetRequestInput, passwordResetTokenInput } from '@knutepunkt/domain';
import { publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { getAccount } from '../account/service.ts';
import { checkResetToken, requestPasswordReset, resetPassword } from './service.ts';

/** Asking for a reset link and using it (docs/adr/0015): anyone, signed in or not. */
export const webPasswordResetRouter = router({
  /** The same answer for every address; throttled per address and per e-mail without saying so. */
  request: publicProcedure
    .input(passwordResetRequestInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx.db, { email: input.email, address: ctx.address }, ctx.urls)),

  /** Whether a link still works (the page asks before showing the form). */
  check: publicProcedure.input(passwordResetTokenInput).query(({ ctx, input }) => checkResetToken(ctx.db, input.token)),

  /** Set the new password; every session of the account ends, and this device is signed in anew. */
  reset: publicProcedure.input(passwordResetInput).mutation(async ({ ctx, input }) => {
    const session = await resetPassword(ctx.db, input, ctx.app);
    ctx.setCookie(serializeSessionCookie(ctx.app, session.token, session.expiresAt, { secure: ctx.secureCookies }));
    return getAccount(ctx.db, session.userId);
  }),
});
