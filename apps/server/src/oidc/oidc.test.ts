import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';
import type { OidcProviderConfig } from './config.ts';
import { CookieJar, locationOf, loginAtProvider, visit } from './testing/browser.ts';
import { type TestOidcProvider, startTestOidcProvider } from './testing/provider.ts';

/**
 * Sign-in through a real OpenID provider (oidc-provider, in this process) against the real
 * server: accounts made and found, linking only after the password, each kind of bad answer
 * refused without a session, and the national identity number nowhere in the database.
 */
const SITE = 'http://knutepunkt.test'; // the redirect URI's site; the test carries the redirect over
const PID = '24079412345';
const callbackOf = (id: string) => `${SITE}/auth/oidc/${id}/callback`;

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
      utenpost: { sub: 'sub-utenpost', pid: '02020212345' },
    },
  });
  const base = { issuer: provider.issuer, scopes: 'openid email profile' };
  const oidcProviders: OidcProviderConfig[] = [
    { ...base, id: 'test', name: 'Testinnlogging', clientId: 'knutepunkt', clientSecret: 'hemmelig-1', acr: [] },
    {
      ...base,
      id: 'strict',
      name: 'Streng',
      clientId: 'knutepunkt-strict',
      clientSecret: 'hemmelig-2',
      acr: ['idporten-loa-high'],
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

describe('signing in through an OpenID Connect provider', () => {
  test('the first sign-in makes an account without a password, the second finds it', async () => {
    const first = await signIn('ny');
    expect(first.res.status).toBe(303);
    expect(first.location).toBe('/min-side');
    expect(first.jar.get('kp_session')).toMatch(/^[a-z2-7]{32}$/);
    const user = await db().user.findUniqueOrThrow({ where: { email: 'ny.person@oidc.test' } });
    expect(user.name).toBe('Ny Person');
    expect(user.passwordHash).toBe('!no-password');
    const me = await fetch(`${web}/trpc/account.me`, { headers: { cookie: first.jar.header() } });
    expect(((await me.json()) as { result: { data: { email: string } } }).result.data.email).toBe(
      'ny.person@oidc.test',
    );

    const second = await signIn('ny');
    expect(second.location).toBe('/min-side');
    expect(second.jar.get('kp_session')).toBeTruthy();
    expect(await db().user.count({ where: { email: 'ny.person@oidc.test' } })).toBe(1);
    const identities = await db().externalIdentity.findMany({ where: { userId: user.id } });
    expect(identities).toHaveLength(1);
    expect(identities[0]).toMatchObject({ providerId: 'test', issuer: provider.issuer, subject: 'sub-ny' });
    expect(identities[0]!.lastUsedAt).not.toBeNull();

    // Password sign-in cannot reach an account without a password.
    const password = await fetch(`${web}/trpc/account.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-knutepunkt-csrf': '1' },
      body: JSON.stringify({ email: 'ny.person@oidc.test', password: '!no-password' }),
    });
    expect(password.status).toBe(400);
  });

  test('the database holds the subject, never the national identity number', async () => {
    await signIn('ny');
    const tables = ['ExternalIdentity', 'User', 'SignInFlow', 'Session', 'OutboxMessage', 'AuditEntry'];
    for (const table of tables) {
      const rows = await db().$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`);
      expect(JSON.stringify(rows), table).not.toContain(PID);
    }
    const rows = await db().$queryRawUnsafe<unknown[]>(`SELECT * FROM "ExternalIdentity"`);
    expect(JSON.stringify(rows)).toContain('sub-ny');
  });

  test('an account with the same e-mail is linked only after its password', async () => {
    const member = await db().user.findUniqueOrThrow({ where: { email: 'medlem@demo.knutepunkt.no' } });
    const { jar, location } = await signIn('medlem');
    expect(location).toBe('/logg-inn/koble-til');
    expect(jar.get('kp_session')).toBeUndefined();
    expect(await db().externalIdentity.count({ where: { userId: member.id } })).toBe(0);

    const pending = await fetch(`${web}/trpc/signInMethods.pendingLink`, { headers: { cookie: jar.header() } });
    expect(((await pending.json()) as { result: { data: unknown } }).result.data).toEqual({
      provider: 'Testinnlogging',
      email: 'medlem@demo.knutepunkt.no',
    });
    const confirm = (password: string) =>
      visit(`${web}/trpc/signInMethods.confirmLink`, jar, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-knutepunkt-csrf': '1' },
        body: JSON.stringify({ password }),
      });
    const wrong = await confirm('ikke-passordet');
    expect(wrong.status).toBe(400);
    expect(jar.get('kp_session')).toBeUndefined();
    expect(await db().externalIdentity.count({ where: { userId: member.id } })).toBe(0);

    const right = await confirm('demo-passord-2026');
    expect(right.status).toBe(200);
    expect(jar.get('kp_session')).toBeTruthy();
    expect(jar.get('kp_oidc')).toBeUndefined();
    expect(await db().externalIdentity.count({ where: { userId: member.id, subject: 'sub-medlem' } })).toBe(1);
    const mail = await db().outboxMessage.findFirstOrThrow({
      where: { userId: member.id, kind: 'security.signInMethodLinked' },
    });
    expect(mail.body).toContain('Testinnlogging');

    // From now on the provider signs the member straight in.
    const again = await signIn('medlem');
    expect(again.location).toBe('/min-side');
    expect(again.jar.get('kp_session')).toBeTruthy();
  });

  const refusals: Array<
    [string, string, Parameters<typeof signIn>[1], ((c: Record<string, unknown>) => Record<string, unknown>) | null]
  > = [
    ['a wrong state', 'state', { callback: (url) => url.searchParams.set('state', 'falsk-tilstand') }, null],
    ['a wrong nonce', 'token', {}, (c) => ({ ...c, nonce: 'falsk-nonce' })],
    ['a wrong issuer', 'token', {}, (c) => ({ ...c, iss: 'https://falsk.example' })],
    ['a wrong audience', 'token', {}, (c) => ({ ...c, aud: 'en-annen-klient' })],
    [
      'an expired ID token',
      'token',
      {},
      (c) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }),
    ],
    ['a too low acr', 'acr', { providerId: 'strict' }, null],
  ];
  test.each(refusals)('%s is refused, with no session', async (_name, reason, opts, tamper) => {
    provider.tamper = tamper;
    const sessionsBefore = await db().session.count();
    const { res, jar, location } = await signIn('ny', opts);
    expect(res.status).toBe(303);
    expect(location).toBe(`/logg-inn?oidc=${reason}`);
    expect(jar.get('kp_session')).toBeUndefined();
    expect(jar.get('kp_oidc')).toBeUndefined();
    expect(await db().session.count()).toBe(sessionsBefore);
  });

  test('a callback without a flow started in this browser is refused', async () => {
    const res = await fetch(`${web}/auth/oidc/test/callback?code=x&state=y`, { redirect: 'manual' });
    expect(res.headers.get('location')).toBe('/logg-inn?oidc=state');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('kp_session='))).toBe(false);
  });

  test('a provider that gives no e-mail address makes no account', async () => {
    const before = await db().user.count();
    const { location, jar } = await signIn('utenpost');
    expect(location).toBe('/logg-inn?oidc=email');
    expect(jar.get('kp_session')).toBeUndefined();
    expect(await db().user.count()).toBe(before);
  });

  test('an unknown provider is 404', async () => {
    expect((await fetch(`${web}/auth/oidc/ukjent/start`, { redirect: 'manual' })).status).toBe(404);
  });
});
