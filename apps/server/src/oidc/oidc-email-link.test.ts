import { describe, expect, test } from 'vitest';
import { CookieJar, visit } from './testing/browser.ts';
import { PID, PID_NO_EMAIL, useOidcSite } from './testing/oidc-site.ts';

/**
 * Sign-in through a provider that gives no e-mail address (as ID-porten), and the e-mail link
 * as the proof for linking an existing account, against a real OpenID provider and the real
 * server (docs/adr/0016).
 */
const site = useOidcSite();
const { db, signIn, trpc, emailLinkTo } = site;

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
    for (const url of [tampered, `${site.web}/auth/oidc/email-link?token=kort`, `${site.web}/auth/oidc/email-link`]) {
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
