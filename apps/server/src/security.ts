import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Locale, isLocale, localeFromAcceptLanguage, translate } from '@knutepunkt/domain';
import { readCookie } from '@knutepunkt/auth';

/**
 * A strict Content-Security-Policy: everything from our own origin, nothing
 * inline, no frames. The SPAs are built by Vite into plain files, so they
 * need nothing more.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The web app's service worker (/sw.js) and its manifest, from our own origin only (docs/adr/0024).
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Answers that bring their own policy: only the conference widget, which partners may frame. */
const ownPolicies = new WeakMap<FastifyReply, string>();

/**
 * For a route made to be shown in other sites' frames (the conference widget, docs/adr/0023):
 * its own Content-Security-Policy, whose frame-ancestors lists who may, and no X-Frame-Options
 * (DENY would win over the list in older browsers). Every other answer keeps refusing frames.
 */
export function useFramablePolicy(reply: FastifyReply, policy: string): void {
  if (!/frame-ancestors /.test(policy)) throw new Error('A framable policy must say who may frame it');
  ownPolicies.set(reply, policy);
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply) => {
    const own = ownPolicies.get(reply);
    reply.header('content-security-policy', own ?? CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    if (!own) reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
  });
}

/** The language of a request without a session: the client's choice, else the browser's. */
export function requestLocale(req: FastifyRequest): Locale {
  const asked = req.headers['x-locale'] ?? readCookie(req.headers.cookie, 'kp_locale');
  return isLocale(asked) ? asked : localeFromAcceptLanguage(req.headers['accept-language']);
}

/**
 * CSRF protection for mutations, on top of SameSite=Lax cookies: a POST must
 * carry our custom header (a cross-site form or fetch cannot add one without
 * a CORS preflight, which we never grant), and an Origin, when sent, must be
 * our own host.
 */
export const CSRF_HEADER = 'x-knutepunkt-csrf';

export interface CsrfOptions {
  /**
   * A request that carries its own proof and may come without the header or from another origin:
   * only the one-click unsubscribe with a valid token (notifications/unsubscribe.ts, docs/adr/0017).
   */
  exempt?: (req: FastifyRequest) => Promise<boolean>;
  /**
   * Whether a path is one of the app's pages. A form on a server-rendered page that is sent
   * before the page's JavaScript has taken over arrives here as a plain POST (the forms say
   * method="post", so a password never lands in an address); it is answered with 303 back to
   * the page, where the form is then live. Nothing in it is read or kept.
   */
  isPage?: (path: string) => boolean;
}

export function registerCsrfCheck(app: FastifyInstance, options: CsrfOptions = {}): void {
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const origin = req.headers.origin;
    const sameOrigin = !origin || safeHost(origin) === req.headers.host;
    if (req.headers[CSRF_HEADER] === '1' && sameOrigin) return;
    if (options.exempt && (await options.exempt(req))) return;
    const path = req.url.split('?')[0]!;
    if (req.method === 'POST' && options.isPage?.(path)) return reply.redirect(req.url, 303);
    const locale = requestLocale(req);
    await reply
      .code(403)
      .send({ error: { message: translate(locale, 'error.csrf'), data: { code: 'FORBIDDEN', httpStatus: 403 } } });
  });
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
