import { changePasswordInput, profileInput, registerInput } from '@knutepunkt/domain';
import { memberProcedure, publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { changePassword, getAccount, registerUser, updateProfile } from './service.ts';
import { sessionProcedures } from './session-procedures.ts';
import { listOutbox } from '../outbox/service.ts';

/** The account as the public web app offers it: register, sign in, profile, password. */
export const webAccountRouter = router({
  ...sessionProcedures,

  /** The same answer for a new and a taken address; nobody is signed in (docs/adr/0013). */
  register: publicProcedure.input(registerInput).mutation(({ ctx, input }) => registerUser(ctx.db, input, ctx.urls)),

  updateProfile: memberProcedure.input(profileInput).mutation(async ({ ctx, input }) => {
    await updateProfile(ctx.db, ctx.user.id, input);
    return getAccount(ctx.db, ctx.user.id);
  }),

  /** The person's own notifications (e-mail not yet sent while no SMTP server is configured). */
  notifications: memberProcedure.query(({ ctx }) => listOutbox(ctx.db, { userId: ctx.user.id, page: 1 })),

  changePassword: memberProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await changePassword(ctx.db, ctx.user.id, ctx.sessionId, input);
    return { ok: true };
  }),
});
