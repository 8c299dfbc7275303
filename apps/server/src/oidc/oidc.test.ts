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
const PID_NO_EMAIL = '02020212345';
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

  test('an unknown provider is 404', async () => {
    expect((await fetch(`${web}/auth/oidc/ukjent/start`, { redirect: 'manual' })).status).toBe(404);
  });
});

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

describe('a provider that gives no e-mail address (as ID-porten)', () => {
  test('an address the provider has not verified is not used: no account is made with it', async () => {
    const usersBefore = await db().user.count();
    const { jar, location } = await signIn('uverifisert');
    expect(location).toBe('/logg-inn/fullfor');
    expect(jar.get('kp_session')).toBeUndefined();
    expect(await db().user.count()).toBe(usersBefore);
    expect(await db().user.findUnique({ where: { email: 'uverifisert@oidc.test' } })).toBeNull();
  });

  test('the person gives name and address, follows the e-mail link, gets an account and is signed in', async () => {
    const usersBefore = await db().user.count();
    const { jar, location } = await signIn('utenpost');
    expect(location).toBe('/logg-inn/fullfor');
    expect(jar.get('kp_session')).toBeUndefined();
    expect(await db().user.count()).toBe(usersBefore);
    expect((await trpc(jar, 'signInMethods.pendingCompletion')).data).toEqual({ provider: 'Testinnlogging', name: '' });
    // Another browser has nothing waiting.
    expect((await trpc(new CookieJar(), 'signInMethods.pendingCompletion')).data).toBeNull();

    const bad = await trpc(jar, 'signInMethods.completeRegistration', { name: '', email: 'ikke en adresse' });
    expect(bad.status).toBe(400);
    const sent = await trpc(jar, 'signInMethods.completeRegistration', {
      name: 'Uten Post',
      email: 'Uten.Post@oidc.test',
    });
    expect(sent).toMatchObject({ status: 200, data: { ok: true } });
    const mail = await db().outboxMessage.findFirstOrThrow({ where: { toEmail: 'uten.post@oidc.test' } });
    expect(mail).toMatchObject({ kind: 'security.signInEmailLink', userId: null });
    expect(mail.subject).toBe('Bekreft e-postadressen din på Knutepunkt');
    expect(mail.body).toContain('Testinnlogging');
    const link = await emailLinkTo('uten.post@oidc.test');
    const stored = await db().signInEmailLink.findMany({ where: { email: 'uten.post@oidc.test' } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(new URL(link).searchParams.get('token'));
    expect(JSON.stringify(await db().signInEmailLink.findMany())).not.toContain(
      new URL(link).searchParams.get('token'),
    );

    // Opened in another browser (a mail app's, say): refused, and not used up.
    const elsewhere = await visit(link, new CookieJar());
    expect(elsewhere.headers.get('location')).toBe('/logg-inn?oidc=linkBrowser');
    expect(elsewhere.headers.getSetCookie().some((c) => c.startsWith('kp_session='))).toBe(false);

    const followed = await visit(link, jar);
    expect(followed.status).toBe(303);
    expect(followed.headers.get('location')).toBe('/min-side');
    expect(jar.get('kp_session')).toMatch(/^[a-z2-7]{32}$/);
    expect(jar.get('kp_oidc')).toBeUndefined();
    const user = await db().user.findUniqueOrThrow({
      where: { email: 'uten.post@oidc.test' },
      include: { externalIdentities: true },
    });
    expect(user).toMatchObject({ name: 'Uten Post', passwordHash: '!no-password', locale: 'nb' });
    expect(user.externalIdentities).toEqual([
      expect.objectContaining({ providerId: 'test', subject: 'sub-utenpost', emailAtLink: 'uten.post@oidc.test' }),
    ]);
    const me = await trpc(jar, 'account.me');
    expect(me.data).toMatchObject({ email: 'uten.post@oidc.test' });

    // The link works once.
    const again = await visit(link, jar);
    expect(again.headers.get('location')).toBe('/logg-inn?oidc=link');

    // The next sign-in finds the account at once.
    const second = await signIn('utenpost');
    expect(second.location).toBe('/min-side');
    expect(second.jar.get('kp_session')).toBeTruthy();
    expect(await db().user.count()).toBe(usersBefore + 1);
  });

  test('an address that has an account gets the same answer, and the link links the sign-in to that account', async () => {
    const coordinator = await db().user.findUniqueOrThrow({ where: { email: 'koordinator@demo.knutepunkt.no' } });
    const unknown = await signIn('utenpost3');
    const answerForUnknown = await trpc(unknown.jar, 'signInMethods.completeRegistration', {
      name: 'Noen',
      email: 'finnes.ikke@oidc.test',
    });
    const { jar } = await signIn('utenpost2');
    const answerForKnown = await trpc(jar, 'signInMethods.completeRegistration', {
      name: 'Et annet navn',
      email: 'koordinator@demo.knutepunkt.no',
    });
    expect(answerForKnown).toEqual(answerForUnknown);
    expect(jar.get('kp_session')).toBeUndefined();

    const usersBefore = await db().user.count();
    const followed = await visit(await emailLinkTo('koordinator@demo.knutepunkt.no'), jar);
    expect(followed.headers.get('location')).toBe('/min-side');
    expect(jar.get('kp_session')).toBeTruthy();
    expect(await db().user.count()).toBe(usersBefore);
    const after = await db().user.findUniqueOrThrow({
      where: { id: coordinator.id },
      include: { externalIdentities: true },
    });
    expect(after.name).toBe(coordinator.name);
    expect(after.passwordHash).toBe(coordinator.passwordHash);
    expect(after.externalIdentities.map((i) => i.subject)).toEqual(['sub-utenpost2']);
    expect(
      await db().outboxMessage.count({ where: { userId: coordinator.id, kind: 'security.signInMethodLinked' } }),
    ).toBe(1);
    expect((await trpc(jar, 'account.me')).data).toMatchObject({ email: 'koordinator@demo.knutepunkt.no' });
  });

  test('a tampered, malformed or expired link is refused and changes nothing', async () => {
    const { jar } = await signIn('utenpost3');
    await trpc(jar, 'signInMethods.completeRegistration', { name: 'Tredje', email: 'tredje@oidc.test' });
    const link = await emailLinkTo('tredje@oidc.test');
    const token = new URL(link).searchParams.get('token')!;
    const tampered = `${link.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const url of [tampered, `${web}/auth/oidc/email-link?token=kort`, `${web}/auth/oidc/email-link`]) {
      const res = await visit(url, jar);
      expect(res.headers.get('location'), url).toBe('/logg-inn?oidc=link');
      expect(jar.get('kp_session')).toBeUndefined();
    }
    await db().signInEmailLink.updateMany({
      where: { email: 'tredje@oidc.test' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await visit(link, jar);
    expect(expired.headers.get('location')).toBe('/logg-inn?oidc=link');
    expect(jar.get('kp_session')).toBeUndefined();
    expect(await db().user.count({ where: { email: 'tredje@oidc.test' } })).toBe(0);
    expect(await db().externalIdentity.count({ where: { subject: 'sub-utenpost3' } })).toBe(0);
  });

  test('a sign-in asks for at most a few links', async () => {
    const { jar } = await signIn('utenpost3');
    for (let i = 0; i < 3; i++)
      expect(
        (await trpc(jar, 'signInMethods.completeRegistration', { name: 'N', email: `n${i}@oidc.test` })).status,
      ).toBe(200);
    const fourth = await trpc(jar, 'signInMethods.completeRegistration', { name: 'N', email: 'n4@oidc.test' });
    expect(fourth.status).toBe(429);
  });

  test('the database holds no national identity number after any of it', async () => {
    const pids = [PID, PID_NO_EMAIL, '03030312345', '04040412345', '05050512345'];
    const tables = [
      'ExternalIdentity',
      'User',
      'SignInFlow',
      'SignInEmailLink',
      'Session',
      'OutboxMessage',
      'AuditEntry',
    ];
    for (const table of tables) {
      const rows = JSON.stringify(await db().$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`));
      for (const pid of pids) expect(rows, table).not.toContain(pid);
    }
  });
});

describe('"Send meg en lenke": the account\'s mailbox as the proof for linking', () => {
  test("the link goes to the account's address; following it links and signs in", async () => {
    const editor = await db().user.findUniqueOrThrow({ where: { email: 'redaktor@demo.knutepunkt.no' } });
    const { jar, location } = await signIn('redaktor');
    expect(location).toBe('/logg-inn/koble-til');
    // Without a link waiting in this browser there is nothing to send.
    expect((await trpc(new CookieJar(), 'signInMethods.sendLink')).status).toBe(404);
    const sent = await trpc(jar, 'signInMethods.sendLink');
    expect(sent).toMatchObject({ status: 200, data: { ok: true } });
    const mail = await db().outboxMessage.findFirstOrThrow({
      where: { userId: editor.id, kind: 'security.signInEmailLink' },
    });
    expect(mail.toEmail).toBe('redaktor@demo.knutepunkt.no');
    expect(await db().externalIdentity.count({ where: { userId: editor.id } })).toBe(0);

    const followed = await visit(await emailLinkTo('redaktor@demo.knutepunkt.no'), jar);
    expect(followed.headers.get('location')).toBe('/min-side');
    expect(jar.get('kp_session')).toBeTruthy();
    expect(await db().externalIdentity.count({ where: { userId: editor.id, subject: 'sub-redaktor' } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { userId: editor.id, kind: 'security.signInMethodLinked' } })).toBe(
      1,
    );
    const again = await signIn('redaktor');
    expect(again.location).toBe('/min-side');
  });
});
