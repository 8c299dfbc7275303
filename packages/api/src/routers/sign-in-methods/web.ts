import { createSession, serializeSessionCookie } from '@knutepunkt/auth';
import { completeRegistrationInput, confirmLinkInput, signInMethodIdInput } from '@knutepunkt/domain';
import { memberProcedure, publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { getAccount } from '../account/service.ts';
import type { Context } from '../../context.ts';
import { EMAIL_LINK_MINUTES } from './email-link.ts';
import { blankFlowCookie, flowCookie, loadSignInFlow } from './flow.ts';
import { confirmLink, listSignInMethods, pendingCompletion, pendingLink, removeSignInMethod } from './service.ts';
import { sendCompletionLink, sendLinkToAccount } from './email-proof.ts';

/** A link was sent: the flow (and its cookie) lives as long as the link. */
function keepFlowForLink(ctx: Context): void {
  if (ctx.signInFlowToken) ctx.setCookie(flowCookie(ctx.signInFlowToken, ctx.secureCookies, EMAIL_LINK_MINUTES));
}

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

  /** The provider's sign-in waiting for a name and e-mail address ("Fullfør registreringen"), or null. */
  pendingCompletion: publicProcedure.query(async ({ ctx }) =>
    pendingCompletion(await loadSignInFlow(ctx.db, ctx.signInFlowToken), ctx.signInProviders),
  ),

  /** Send the e-mail link that proves the given address; the same answer whether it has an account or not. */
  completeRegistration: publicProcedure.input(completeRegistrationInput).mutation(async ({ ctx, input }) => {
    const flow = await loadSignInFlow(ctx.db, ctx.signInFlowToken);
    const result = await sendCompletionLink(ctx.db, flow, {
      ...input,
      locale: ctx.locale,
      providers: ctx.signInProviders,
      urls: ctx.urls,
    });
    keepFlowForLink(ctx);
    return result;
  }),

  /** "Send meg en lenke" on the link page: an e-mail link to the account's address, instead of its password. */
  sendLink: publicProcedure.mutation(async ({ ctx }) => {
    const flow = await loadSignInFlow(ctx.db, ctx.signInFlowToken);
    const result = await sendLinkToAccount(ctx.db, flow, { providers: ctx.signInProviders, urls: ctx.urls });
    keepFlowForLink(ctx);
    return result;
  }),

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
