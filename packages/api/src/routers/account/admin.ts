import { checkCredentials } from '@knutepunkt/auth';
import { UserError, confirmPasswordInput } from '@knutepunkt/domain';
import { memberProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { sessionProcedures } from './session-procedures.ts';

/** The admin app signs in and out; profiles are kept in the web app. */
export const adminAccountRouter = router({
  ...sessionProcedures,

  /**
   * Give the password again, for the sensitive actions (docs/adr/0015): checked and throttled
   * exactly like signing in (a wrong one counts towards the account's lock), then this
   * session's `reauthenticatedAt` is now.
   */
  confirmPassword: memberProcedure.input(confirmPasswordInput).mutation(async ({ ctx, input }) => {
    const result = await checkCredentials(ctx.db, {
      email: ctx.user.email,
      password: input.password,
      address: ctx.address,
    });
    if (!result.ok && result.reason === 'throttled') {
      throw new UserError('tooManyRequests', 'error.tooManyRequests', { params: { minutes: result.minutes } });
    }
    if (!result.ok || result.userId !== ctx.user.id || !ctx.sessionId) {
      throw new UserError('badRequest', 'account.reauth.wrongPassword', {
        fieldErrors: { password: 'account.reauth.wrongPassword' },
      });
    }
    await ctx.db.session.update({ where: { id: ctx.sessionId }, data: { reauthenticatedAt: new Date() } });
    return { ok: true };
  }),
});
