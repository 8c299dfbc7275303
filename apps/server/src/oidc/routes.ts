import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  FLOW_COOKIE,
  blankFlowCookie,
  createSignInFlow,
  finishWithEmailLink,
  flowCookie,
  loadSignInFlow,
  signInWithIdentity,
} from '@knutepunkt/api';
import { createSession, readCookie, serializeSessionCookie } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import { EMAIL_LINK_TOKEN_PARAM, oidcRoutes, shellPaths, signInMethodsPaths } from '@knutepunkt/domain';
import { requestLocale } from '../security.ts';
import { OidcClient, OidcRefusal } from './client.ts';
import type { OidcProviderConfig } from './config.ts';

export interface OidcRoutesOptions {
  db: Db;
  providers: OidcProviderConfig[];
  /** The web site's address as people reach it: the redirect URI is `<web>/auth/oidc/<id>/callback`. */
  webUrl: string;
  /** The admin site's address, for links in notifications (default: the web site's). */
  adminUrl?: string;
  secureCookies: boolean;
}

/** Where a refusal lands: the sign-in page, which says why in the person's language. */
const refused = (reason: string) => `${shellPaths.web.signIn}?oidc=${reason}`;

/** Only a path on this site, never another site (`//host`, `/\host`) or a scheme. */
function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && value.length <= 500 ? value : '/';
}

/**
 * GET /auth/oidc/:id/start and /callback on the web listener (docs/adr/0016): the authorization
 * code flow with PKCE, state and nonce kept server-side (table SignInFlow, cookie kp_oidc).
 */
export function registerOidcRoutes(app: FastifyInstance, opts: OidcRoutesOptions): void {
  const clients = new Map(
    opts.providers.map((p) => [p.id, new OidcClient(p, `${opts.webUrl}${oidcRoutes.callback(p.id)}`)]),
  );
  const go = (reply: FastifyReply, location: string, cookies: string[]) =>
    reply.header('set-cookie', cookies).header('cache-control', 'no-store').redirect(location, 303);

  app.get<{ Params: { id: string }; Querystring: { returnTo?: string } }>(
    '/auth/oidc/:id/start',
    async (req, reply) => {
      const oidc = clients.get(req.params.id);
      if (!oidc) return reply.code(404).send('Not found');
      let started;
      try {
        started = await oidc.start();
      } catch {
        req.log.warn({ provider: oidc.provider.id }, 'OpenID Connect discovery failed');
        return go(reply, refused('provider'), []);
      }
      const { url, ...checks } = started;
      const token = await createSignInFlow(opts.db, {
        providerId: oidc.provider.id,
        ...checks,
        returnTo: safeReturnTo(req.query.returnTo),
      });
      return go(reply, url.href, [flowCookie(token, opts.secureCookies)]);
    },
  );

  app.get<{ Params: { id: string } }>('/auth/oidc/:id/callback', async (req, reply) => {
    const oidc = clients.get(req.params.id);
    if (!oidc) return reply.code(404).send('Not found');
    const blank = blankFlowCookie(opts.secureCookies);
    const flow = await loadSignInFlow(opts.db, readCookie(req.headers.cookie, FLOW_COOKIE));
    if (!flow || flow.providerId !== oidc.provider.id || !flow.state || !flow.nonce || !flow.codeVerifier)
      return go(reply, refused('state'), [blank]);
    const query = req.url.indexOf('?');
    let claims;
    try {
      claims = await oidc.finish(query < 0 ? '' : req.url.slice(query), {
        state: flow.state,
        nonce: flow.nonce,
        codeVerifier: flow.codeVerifier,
      });
    } catch (error) {
      await opts.db.signInFlow.deleteMany({ where: { id: flow.id } });
      if (!(error instanceof OidcRefusal)) throw error;
      req.log.warn({ provider: oidc.provider.id, reason: error.reason }, 'OpenID Connect sign-in refused');
      return go(reply, refused(error.reason), [blank]);
    }
    // Only what identifies the person at this provider, and what the account shows. Never `pid`.
    const identity = {
      providerId: oidc.provider.id,
      issuer: claims.iss,
      subject: claims.sub,
      // Only a verified address (email_verified, or a provider trusted for its addresses) is used: an
      // unverified one could make an account in someone else's name. Without one, the person gives
      // an address and proves it by an e-mail link. Verified or not, an address that belongs to an
      // account is linked only after a proof (password or e-mail link).
      email:
        typeof claims.email === 'string' && (claims.email_verified === true || oidc.provider.trustEmail)
          ? claims.email.slice(0, 254)
          : null,
      name: typeof claims.name === 'string' ? claims.name.slice(0, 200) : null,
      locale: requestLocale(req),
    };
    const outcome = await signInWithIdentity(opts.db, flow, identity);
    if (outcome.kind === 'disabled') return go(reply, refused('disabled'), [blank]);
    if (outcome.kind === 'link') return go(reply, signInMethodsPaths.web.link, []);
    if (outcome.kind === 'complete') return go(reply, signInMethodsPaths.web.complete, []);
    return go(reply, flow.returnTo, [await sessionCookie(outcome.userId), blank]);
  });

  const sessionCookie = async (userId: string) => {
    const { token, expiresAt } = await createSession(opts.db, userId, 'web');
    return serializeSessionCookie('web', token, expiresAt, { secure: opts.secureCookies });
  };
  const providerList = opts.providers.map(({ id, name }) => ({ id, name }));

  // The e-mail link that proves an address (after "Fullfør registreringen" or "Send meg en lenke"):
  // it works only in the browser of its flow, by the kp_oidc cookie. The log never has the token
  // (request lines carry the path only).
  app.get<{ Querystring: Record<string, unknown> }>(oidcRoutes.emailLink, async (req, reply) => {
    const flow = await loadSignInFlow(opts.db, readCookie(req.headers.cookie, FLOW_COOKIE));
    const outcome = await finishWithEmailLink(opts.db, flow, req.query[EMAIL_LINK_TOKEN_PARAM], {
      locale: requestLocale(req),
      providers: providerList,
      urls: { web: opts.webUrl, admin: opts.adminUrl ?? opts.webUrl },
    });
    if (outcome.kind === 'refused') {
      req.log.warn({ reason: outcome.reason }, 'OpenID Connect e-mail link refused');
      // A link opened in another browser is not used up: that browser's own flow, if any, is left alone.
      const cookies = outcome.reason === 'disabled' ? [blankFlowCookie(opts.secureCookies)] : [];
      return go(reply, refused(outcome.reason), cookies);
    }
    return go(reply, outcome.returnTo, [await sessionCookie(outcome.userId), blankFlowCookie(opts.secureCookies)]);
  });
}
