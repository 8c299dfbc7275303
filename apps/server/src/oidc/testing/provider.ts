import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JWK, SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK } from 'jose';
// @ts-expect-error oidc-provider ships no types: ./oidc-provider-types.ts describes the part used here.
import ProviderModule from 'oidc-provider';
import type { KoaContext, ProviderClass } from './oidc-provider-types.ts';

const Provider = ProviderModule as ProviderClass;

/**
 * A real OpenID provider (panva's oidc-provider) on loopback, for tests and the end-to-end run:
 * authorization code flow with PKCE required, a plain login form at /interaction/:uid (type a
 * person's login name), consent granted on the person's behalf. Each person's claims come from
 * `accounts`, `pid` included, as ID-porten sends it. `tamper` changes the next ID tokens (re-signed
 * with the provider's own key), to see the client refuse a wrong issuer, audience, nonce or expiry.
 */
export interface TestPerson {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  pid?: string;
  acr?: string;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TestOidcProvider {
  issuer: string;
  accounts: Map<string, TestPerson>;
  /** Change the claims of the ID tokens the token endpoint gives out, until set back to null. */
  tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  close(): Promise<void>;
}

export const ACR_VALUES = ['idporten-loa-substantial', 'idporten-loa-high'];

export async function startTestOidcProvider(options: {
  clients: TestClient[];
  port?: number;
  accounts?: Record<string, TestPerson>;
}): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const signingKey = await importJWK(jwk, 'RS256');
  const accounts = new Map(Object.entries(options.accounts ?? {}));

  const provider = new Provider(issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-provider-cookie-key'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
    acrValues: ACR_VALUES,
    claims: { openid: ['sub', 'pid'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const person = [...accounts.values()].find((p) => p.sub === sub);
      if (!person) return undefined;
      const { acr: _acr, ...claims } = person;
      return { accountId: sub, claims: () => claims };
    },
    // First-party test client: consent is granted for whatever was asked.
    loadExistingGrant: async (ctx: KoaContext) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(ctx.oidc.params.scope);
      await grant.save();
      return grant;
    },
  });

  const handle: TestOidcProvider = { issuer, accounts, tamper: null, close: async () => {} };

  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(ctx.path);
    if (!match) {
      await next();
      const body = ctx.body;
      if (ctx.path === '/token' && handle.tamper && typeof body === 'object' && body.id_token) {
        const header = decodeProtectedHeader(body.id_token);
        const claims = handle.tamper(decodeJwt(body.id_token));
        ctx.body = {
          ...body,
          id_token: await new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(signingKey),
        };
      }
      return;
    }
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (ctx.method === 'GET') {
      ctx.type = 'html';
      ctx.body = loginForm(details.uid);
      return;
    }
    const login = new URLSearchParams(await readBody(ctx.req)).get('login') ?? '';
    const person = accounts.get(login);
    if (!person) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = loginForm(details.uid, 'Unknown person');
      return;
    }
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: person.sub, ...(person.acr ? { acr: person.acr } : {}) } },
      { mergeWithLastSubmission: false },
    );
    ctx.respond = false;
  });

  server.on('request', provider.callback());
  handle.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return handle;
}

function loginForm(uid: string, error?: string): string {
  return `<!doctype html><html lang="en"><head><title>Test provider</title></head><body><main>
<h1>Test provider sign-in</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}">
<label for="login">Login name</label> <input id="login" name="login" autocomplete="username">
<button type="submit">Sign in at the test provider</button></form></main></body></html>`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk.length + body.length > 10_000 ? '' : chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
