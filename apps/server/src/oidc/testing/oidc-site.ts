import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { RunningServer } from '../../server.ts';
import { startTestServer } from '../../test-server.ts';
import type { OidcProviderConfig } from '../config.ts';
import { CookieJar, locationOf, loginAtProvider, visit } from './browser.ts';
import { type TestOidcProvider, startTestOidcProvider } from './provider.ts';

export const SITE = 'http://knutepunkt.test'; // the redirect URI's site; the test carries the redirect over
export const PID = '24079412345';
export const PID_NO_EMAIL = '02020212345';
export const callbackOf = (id: string) => `${SITE}/auth/oidc/${id}/callback`;

/**
 * For a test file: a real OpenID provider (oidc-provider, in this process) with its test people,
 * and the real server configured with two providers of it, started before the file's tests and
 * stopped after; and the steps a browser takes against them.
 */
export function useOidcSite() {
  let provider: TestOidcProvider;
  let server: RunningServer;
  let web: string;

  beforeAll(async () => {
    provider = await startTestOidcProvider({
      clients: [
        { clientId: 'knutepunkt', clientSecret: 'hemmelig-1', redirectUri: callbackOf('test') },
        { clientId: 'knutepunkt-strict', clientSecret: 'hemmelig-2', redirectUri: callbackOf('strict') },
      ],
      accounts: {
        ny: {
          sub: 'sub-ny',
          email: 'ny.person@oidc.test',
          email_verified: true,
          name: 'Ny Person',
          pid: PID,
          acr: 'idporten-loa-substantial',
        },
        medlem: {
          sub: 'sub-medlem',
          email: 'medlem@demo.knutepunkt.no',
          email_verified: true,
          name: 'Medlem',
          pid: '01010112345',
        },
        // As ID-porten: a subject and the national identity number, no e-mail address, no name.
        utenpost: { sub: 'sub-utenpost', pid: PID_NO_EMAIL },
        utenpost2: { sub: 'sub-utenpost2', pid: '03030312345' },
        utenpost3: { sub: 'sub-utenpost3', pid: '04040412345' },
        // An address the provider has not verified: it could be anyone's.
        uverifisert: { sub: 'sub-uverifisert', email: 'uverifisert@oidc.test', email_verified: false, name: 'U V' },
        redaktor: {
          sub: 'sub-redaktor',
          email: 'redaktor@demo.knutepunkt.no',
          email_verified: true,
          name: 'Redaktør',
          pid: '05050512345',
        },
      },
    });
    const base = { issuer: provider.issuer, scopes: 'openid email profile' };
    const oidcProviders: OidcProviderConfig[] = [
      {
        ...base,
        id: 'test',
        name: 'Testinnlogging',
        clientId: 'knutepunkt',
        clientSecret: 'hemmelig-1',
        acr: [],
        trustEmail: false,
      },
      {
        ...base,
        id: 'strict',
        name: 'Streng',
        clientId: 'knutepunkt-strict',
        clientSecret: 'hemmelig-2',
        acr: ['idporten-loa-high'],
        trustEmail: false,
      },
    ];
    server = await startTestServer({ config: { publicUrl: SITE, oidcProviders } });
    web = server.listeners.web!.url;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });
  beforeEach(() => {
    provider.tamper = null;
  });

  /** Start on the site, sign in at the provider, come back: the callback's answer and the site's cookies. */
  async function signIn(login: string, opts: { providerId?: string; callback?: (url: URL) => void } = {}) {
    const jar = new CookieJar();
    const start = await visit(`${web}/auth/oidc/${opts.providerId ?? 'test'}/start?returnTo=/min-side`, jar);
    expect(start.status).toBe(303);
    expect(jar.get('kp_oidc')).toBeTruthy();
    const back = await loginAtProvider(locationOf(start, web), login);
    expect(back.href.startsWith(callbackOf(opts.providerId ?? 'test'))).toBe(true);
    const callback = new URL(back.pathname + back.search, web);
    opts.callback?.(callback);
    const res = await visit(callback.href, jar);
    return { res, jar, location: res.headers.get('location') };
  }

  const db = () => server.handle.db;

  /** A tRPC call in a browser (its cookie jar), as the pages make it. */
  async function trpc(jar: CookieJar, path: string, input?: unknown) {
    const res = await visit(
      `${web}/trpc/${path}`,
      jar,
      input === undefined && !['signInMethods.sendLink'].includes(path)
        ? {}
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-knutepunkt-csrf': '1' },
            body: JSON.stringify(input ?? null),
          },
    );
    const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string } };
    return { status: res.status, data: body.result?.data, error: body.error?.message };
  }

  /** The newest e-mail link sent to an address, read from the outbox, pointed at the test server. */
  async function emailLinkTo(email: string): Promise<string> {
    const mail = await db().outboxMessage.findFirstOrThrow({
      where: { toEmail: email, kind: 'security.signInEmailLink' },
      orderBy: { createdAt: 'desc' },
    });
    const link = /https?:\/\/\S+\/auth\/oidc\/email-link\?token=[A-Za-z0-9_-]{43}/.exec(mail.body)?.[0];
    expect(link, mail.body).toBeTruthy();
    const url = new URL(link!);
    expect(url.origin).toBe(SITE);
    return `${web}${url.pathname}${url.search}`;
  }

  return {
    get provider() {
      return provider;
    },
    get web() {
      return web;
    },
    db,
    signIn,
    trpc,
    emailLinkTo,
  };
}
