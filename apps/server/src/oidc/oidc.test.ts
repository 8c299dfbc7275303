import { describe, expect, test } from 'vitest';
import { visit } from './testing/browser.ts';
import { PID, useOidcSite } from './testing/oidc-site.ts';

/**
 * Sign-in through a real OpenID provider (oidc-provider, in this process) against the real
 * server: accounts made and found, linking only after the password, each kind of bad answer
 * refused without a session, and the national identity number nowhere in the database.
 */
const site = useOidcSite();
const { db, signIn } = site;

describe('signing in through an OpenID Connect provider', () => {
  test('the first sign-in makes an account without a password, the second finds it', async () => {
    const first = await signIn('ny');
    expect(first.res.status).toBe(303);
    expect(first.location).toBe('/min-side');
    expect(first.jar.get('kp_session')).toMatch(/^[a-z2-7]{32}$/);
    const user = await db().user.findUniqueOrThrow({ where: { email: 'ny.person@oidc.test' } });
    expect(user.name).toBe('Ny Person');
    expect(user.passwordHash).toBe('!no-password');
    const me = await fetch(`${site.web}/trpc/account.me`, { headers: { cookie: first.jar.header() } });
    expect(((await me.json()) as { result: { data: { email: string } } }).result.data.email).toBe(
      'ny.person@oidc.test',
    );

    const second = await signIn('ny');
    expect(second.location).toBe('/min-side');
    expect(second.jar.get('kp_session')).toBeTruthy();
    expect(await db().user.count({ where: { email: 'ny.person@oidc.test' } })).toBe(1);
    const identities = await db().externalIdentity.findMany({ where: { userId: user.id } });
    expect(identities).toHaveLength(1);
    expect(identities[0]).toMatchObject({ providerId: 'test', issuer: site.provider.issuer, subject: 'sub-ny' });
    expect(identities[0]!.lastUsedAt).not.toBeNull();

    // Password sign-in cannot reach an account without a password.
    const password = await fetch(`${site.web}/trpc/account.signIn`, {
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

    const pending = await fetch(`${site.web}/trpc/signInMethods.pendingLink`, { headers: { cookie: jar.header() } });
    expect(((await pending.json()) as { result: { data: unknown } }).result.data).toEqual({
      provider: 'Testinnlogging',
      email: 'medlem@demo.knutepunkt.no',
    });
    const confirm = (password: string) =>
      visit(`${site.web}/trpc/signInMethods.confirmLink`, jar, {
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
    site.provider.tamper = tamper;
    const sessionsBefore = await db().session.count();
    const { res, jar, location } = await signIn('ny', opts);
    expect(res.status).toBe(303);
    expect(location).toBe(`/logg-inn?oidc=${reason}`);
    expect(jar.get('kp_session')).toBeUndefined();
    expect(jar.get('kp_oidc')).toBeUndefined();
    expect(await db().session.count()).toBe(sessionsBefore);
  });

  test('a callback without a flow started in this browser is refused', async () => {
    const res = await fetch(`${site.web}/auth/oidc/test/callback?code=x&state=y`, { redirect: 'manual' });
    expect(res.headers.get('location')).toBe('/logg-inn?oidc=state');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('kp_session='))).toBe(false);
  });

  test('an unknown provider is 404', async () => {
    expect((await fetch(`${site.web}/auth/oidc/ukjent/start`, { redirect: 'manual' })).status).toBe(404);
  });
});
