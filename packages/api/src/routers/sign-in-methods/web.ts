import { createSession, serializeSessionCookie } from '@knutepunkt/auth';
import { confirmLinkInput, signInMethodIdInput } from '@knutepunkt/domain';
import { memberProcedure, publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { getAccount } from '../account/service.ts';
import { blankFlowCookie, loadSignInFlow } from './flow.ts';
import { confirmLink, listSignInMethods, pendingLink, removeSignInMethod } from './service.ts';

/**
 * Sign-in through OpenID Connect providers (docs/adr/0016). The flow itself runs through the
 * server's own routes (/auth/oidc/:id/start and /callback, apps/server/src/oidc); these are the
 * pages' procedures around it.
 */
export const webSignInMethodsRouter = router({
  /** The configured providers, for the sign-in page's buttons (none: only e-mail and password). */
  providers: publicProcedure.query(({ ctx }) => ctx.signInProviders),

  /** The link waiting for the person to prove an existing account, or null. */
  pendingLink: publicProcedure.query(async ({ ctx }) =>
    pendingLink(await loadSignInFlow(ctx.db, ctx.signInFlowToken), ctx.signInProviders),
  ),

  confirmLink: publicProcedure.input(confirmLinkInput).mutation(async ({ ctx, input }) => {
    const flow = await loadSignInFlow(ctx.db, ctx.signInFlowToken);
    const { userId } = await confirmLink(ctx.db, flow, {
      password: input.password,
      address: ctx.address,
      providers: ctx.signInProviders,
      urls: ctx.urls,
    });
    const { token, expiresAt } = await createSession(ctx.db, userId, ctx.app);
    ctx.setCookie(serializeSessionCookie(ctx.app, token, expiresAt, { secure: ctx.secureCookies }));
    ctx.setCookie(blankFlowCookie(ctx.secureCookies));
    return { account: await getAccount(ctx.db, userId), returnTo: flow?.returnTo ?? '/' };
  }),

  list: memberProcedure.query(({ ctx }) => listSignInMethods(ctx.db, ctx.user.id, ctx.signInProviders)),

  remove: memberProcedure.input(signInMethodIdInput).mutation(async ({ ctx, input }) => {
    await removeSignInMethod(ctx.db, ctx.user.id, input.identityId);
    return { ok: true };
  }),
});
