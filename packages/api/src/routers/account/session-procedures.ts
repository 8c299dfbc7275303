import {
  checkCredentials,
  createSession,
  invalidateSession,
  invalidateUserSessions,
  serializeBlankSessionCookie,
  serializeSessionCookie,
} from '@knutepunkt/auth';
import { localeInput, signInInput, UserError } from '@knutepunkt/domain';
import { memberProcedure, publicProcedure } from '../../procedures/index.ts';
import type { Context } from '../../context.ts';
import { getAccount } from './service.ts';

/** Sign-in and session procedures, the same in the web and the admin router. */

async function startSession(ctx: Context, userId: string) {
  const { token, expiresAt } = await createSession(ctx.db, userId, ctx.app);
  ctx.setCookie(serializeSessionCookie(ctx.app, token, expiresAt, { secure: ctx.secureCookies }));
}

export const sessionProcedures = {
  me: publicProcedure.query(({ ctx }) => (ctx.user ? getAccount(ctx.db, ctx.user.id) : null)),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const result = await checkCredentials(ctx.db, { ...input, address: ctx.address });
    if (!result.ok && result.reason === 'throttled') {
      throw new UserError('tooManyRequests', 'error.tooManyRequests', { params: { minutes: result.minutes } });
    }
    if (!result.ok) throw new UserError('badRequest', 'error.signIn.failed');
    await startSession(ctx, result.userId);
    return getAccount(ctx.db, result.userId);
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionId) await invalidateSession(ctx.db, ctx.sessionId);
    ctx.setCookie(serializeBlankSessionCookie(ctx.app, { secure: ctx.secureCookies }));
    return { ok: true };
  }),

  /** End every session of this account, on every device, this one included. */
  signOutEverywhere: memberProcedure.mutation(async ({ ctx }) => {
    await invalidateUserSessions(ctx.db, ctx.user.id);
    ctx.setCookie(serializeBlankSessionCookie(ctx.app, { secure: ctx.secureCookies }));
    return { ok: true };
  }),

  /** Remember the interface language on the account. */
  setLocale: memberProcedure.input(localeInput).mutation(async ({ ctx, input }) => {
    await ctx.db.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
    return { locale: input.locale };
  }),
};
