import { describe, expect, test } from 'vitest';
import { createResetToken, deleteExpiredResetTokens, resetTokenHash, verifyPassword } from '@knutepunkt/auth';
import { testDatabases } from '@knutepunkt/db/testing';
import { type AppName, adminCaller, outcomeOf, webCaller } from '../../testing/caller.ts';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { createContext } from '../../context.ts';
import { RESET_KIND } from './service.ts';

const NEW_PASSWORD = 'et helt nytt passord';
const MINUTE = 60_000;

describe.each(testDatabases())('password reset on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  async function caller(app: AppName, opts: { token?: string; address?: string } = {}) {
    const cookies: string[] = [];
    const ctx = await createContext({
      db: setup.handle!.db,
      app,
      sessionToken: opts.token ?? null,
      requestedLocale: 'nb',
      address: opts.address ?? '127.0.0.1',
      setCookie: (value) => cookies.push(value),
      secureCookies: false,
      urls: TEST_URLS,
    });
    return { web: webCaller(ctx), admin: adminCaller(ctx), cookies, ctx };
  }
  /** The token in the newest reset message to an address. */
  async function tokenFromMessage(email: string): Promise<string> {
    const message = await setup.handle!.db.outboxMessage.findFirstOrThrow({
      where: { toEmail: email, kind: RESET_KIND },
      orderBy: { createdAt: 'desc' },
    });
    const match = /\/nytt-passord\?token=([A-Za-z0-9_-]+)/.exec(message.body);
    expect(match, message.body).not.toBeNull();
    return match![1]!;
  }
  const resetMessages = (email: string) =>
    setup.handle!.db.outboxMessage.count({ where: { toEmail: email, kind: RESET_KIND } });

  test('a known and an unknown address get the same answer; only the known one gets a message, in its language', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    await db.user.update({ where: { id: setup.world.userIds.editor }, data: { locale: 'nn' } });
    const started = [performance.now()];
    const known = await (
      await caller('web', { address: '192.0.2.1' })
    ).web.passwordReset.request({
      email: 'EDITOR@test.knutepunkt.no',
    });
    started.push(performance.now());
    const unknown = await (
      await caller('web', { address: '192.0.2.1' })
    ).web.passwordReset.request({
      email: 'ingen.her@test.knutepunkt.no',
    });
    started.push(performance.now());
    expect(unknown).toEqual(known);
    // Both take at least the floor, so the time does not tell them apart by much.
    const [a, b, c] = started as [number, number, number];
    expect(b - a).toBeGreaterThanOrEqual(240);
    expect(c - b).toBeGreaterThanOrEqual(240);

    expect(await resetMessages('ingen.her@test.knutepunkt.no')).toBe(0);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { toEmail: 'editor@test.knutepunkt.no' } });
    expect(message).toMatchObject({ userId: setup.world.userIds.editor, kind: RESET_KIND });
    expect(message.subject).toBe('Lag eit nytt passord på Knutepunkt');
    expect(message.body).toContain('https://knutepunkt.example/nytt-passord?token=');

    // Only the token's hash is stored.
    const token = await tokenFromMessage('editor@test.knutepunkt.no');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.passwordResetToken.findMany({ where: { userId: setup.world.userIds.editor } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(resetTokenHash(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.requestedBy).toBeNull();
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(30 * MINUTE);
  });

  test('a disabled account gets no message, and the answer is the same', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const disabled = await db.user.create({
      data: { name: 'Sperret', email: 'sperret@test.knutepunkt.no', passwordHash: 'x', disabledAt: new Date() },
    });
    const answer = await (
      await caller('web', { address: '192.0.2.2' })
    ).web.passwordReset.request({
      email: disabled.email,
    });
    expect(answer).toEqual({ ok: true });
    expect(await resetMessages(disabled.email)).toBe(0);
  });

  test('using a link sets the password, ends every session, signs in here; it works once', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    await (
      await caller('web', { address: '192.0.2.3' })
    ).web.passwordReset.request({
      email: 'member@test.knutepunkt.no',
    });
    const token = await tokenFromMessage('member@test.knutepunkt.no');
    // The member is signed in on both apps' sessions (the setup.world's) before.
    expect(await db.session.count({ where: { userId: setup.world.userIds.member } })).toBe(2);
    expect((await (await caller('web')).web.passwordReset.check({ token })).usable).toBe(true);

    const here = await caller('web');
    const account = await here.web.passwordReset.reset({ token, password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(account.id).toBe(setup.world.userIds.member);
    expect(here.cookies[0]).toMatch(/^kp_session=/);

    // The old sessions are gone; only the new one is left, and it works.
    const sessions = await db.session.findMany({ where: { userId: setup.world.userIds.member } });
    expect(sessions).toHaveLength(1);
    expect(await (await caller('web', { token: setup.world.tokens.member.web })).web.account.me()).toBeNull();
    const newToken = /^kp_session=([^;]+)/.exec(here.cookies[0]!)![1]!;
    expect((await (await caller('web', { token: newToken })).web.account.me())?.id).toBe(setup.world.userIds.member);
    const user = await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.member } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);

    // Used: refused, with the clear message, and nothing changes.
    expect((await (await caller('web')).web.passwordReset.check({ token })).usable).toBe(false);
    expect(
      await outcomeOf(
        (await caller('web')).web.passwordReset.reset({
          token,
          password: 'enda et passord',
          passwordAgain: 'enda et passord',
        }),
      ),
    ).toMatch(/^BAD_REQUEST: Lenken virker ikke lenger/);
    const after = await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.member } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(await db.session.count({ where: { userId: setup.world.userIds.member } })).toBe(1);
  });

  test('an expired or tampered token is refused and changes nothing', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const before = await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.coordinator } });
    const sessionsBefore = await db.session.count({ where: { userId: setup.world.userIds.coordinator } });
    const expired = await createResetToken(
      db,
      setup.world.userIds.coordinator,
      null,
      new Date(Date.now() - 31 * MINUTE),
    );
    const fresh = await createResetToken(db, setup.world.userIds.coordinator, null);
    const last = fresh.token.at(-1) === 'A' ? 'B' : 'A';
    const tampered = `${fresh.token.slice(0, -1)}${last}`;
    for (const token of [expired.token, tampered, `${fresh.token}x`, 'kort', fresh.token.toUpperCase()]) {
      const input = { token, password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD };
      expect(await outcomeOf((await caller('web')).web.passwordReset.reset(input)), token).toMatch(/^BAD_REQUEST: /);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.coordinator } })).toEqual(before);
    expect(await db.session.count({ where: { userId: setup.world.userIds.coordinator } })).toBe(sessionsBefore);
    // The untouched token still works; the two passwords must agree and follow the registration rules.
    expect(
      await outcomeOf(
        (await caller('web')).web.passwordReset.reset({
          token: fresh.token,
          password: NEW_PASSWORD,
          passwordAgain: 'noe annet',
        }),
      ),
    ).toMatch(/^BAD_REQUEST/);
    expect(
      await outcomeOf(
        (await caller('web')).web.passwordReset.reset({ token: fresh.token, password: 'kort', passwordAgain: 'kort' }),
      ),
    ).toMatch(/^BAD_REQUEST/);
    expect((await (await caller('web')).web.passwordReset.check({ token: fresh.token })).usable).toBe(true);

    // The clean-up removes the expired one (and, once they expire, the rest).
    expect(await deleteExpiredResetTokens(db)).toBeGreaterThanOrEqual(1);
    expect(await db.passwordResetToken.count({ where: { id: expired.id } })).toBe(0);
    expect(await db.passwordResetToken.count({ where: { id: fresh.id } })).toBe(1);
    expect(await deleteExpiredResetTokens(db, new Date(Date.now() + 31 * MINUTE))).toBeGreaterThanOrEqual(1);
    expect(await db.passwordResetToken.count({ where: { id: fresh.id } })).toBe(0);
  });

  test('two simultaneous uses of one token: exactly one succeeds', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { token } = await createResetToken(setup.handle.db, setup.world.userIds.otherEditor, null);
    const results = await Promise.all(
      ['første passord her', 'andre passord her'].map(async (password) =>
        outcomeOf((await caller('web')).web.passwordReset.reset({ token, password, passwordAgain: password })),
      ),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r.startsWith('BAD_REQUEST'))).toHaveLength(1);
    expect(await setup.handle.db.session.count({ where: { userId: setup.world.userIds.otherEditor } })).toBe(1);
  });

  test('requests are throttled per e-mail and per address, with the same answer and no message', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const user = await setup.handle.db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.otherCoordinator } });
    const before = await resetMessages(user.email);
    // Per e-mail: 3 an hour, from any address.
    for (let i = 0; i < 5; i++) {
      const answer = await (
        await caller('web', { address: `198.51.100.${i}` })
      ).web.passwordReset.request({
        email: user.email,
      });
      expect(answer).toEqual({ ok: true });
    }
    expect(await resetMessages(user.email)).toBe(before + 3);

    // Per address: 10 in 15 minutes over all addresses; the 11th gets the same answer, and no message.
    const address = '203.0.113.77';
    for (let i = 0; i < 10; i++) {
      await (await caller('web', { address })).web.passwordReset.request({ email: `probe${i}@test.knutepunkt.no` });
    }
    const adminEmail = 'admin@test.knutepunkt.no';
    const adminBefore = await resetMessages(adminEmail);
    expect(await (await caller('web', { address })).web.passwordReset.request({ email: adminEmail })).toEqual({
      ok: true,
    });
    expect(await resetMessages(adminEmail)).toBe(adminBefore);
    // From another address it is sent.
    await (await caller('web', { address: '203.0.113.78' })).web.passwordReset.request({ email: adminEmail });
    expect(await resetMessages(adminEmail)).toBe(adminBefore + 1);
  });

  test('an admin sends a link: to the outbox, audited, refused for a disabled account', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const asAdmin = await caller('admin', { token: setup.world.tokens.admin.admin });
    expect(await asAdmin.admin.passwordReset.send({ userId: setup.world.userIds.pending })).toEqual({
      email: 'pending@test.knutepunkt.no',
    });
    const row = await db.passwordResetToken.findFirstOrThrow({
      where: { userId: setup.world.userIds.pending, requestedBy: setup.world.userIds.admin },
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: 'passwordReset', entityId: row.id } });
    expect(audit).toMatchObject({ actorId: setup.world.userIds.admin, action: 'create' });
    const message = await db.outboxMessage.findFirstOrThrow({
      where: { toEmail: 'pending@test.knutepunkt.no', kind: RESET_KIND },
    });
    expect(message.body).toContain('En administrator');
    const token = /token=([A-Za-z0-9_-]+)/.exec(message.body)![1]!;
    expect(resetTokenHash(token)).toBe(row.tokenHash);

    const disabled = await db.user.create({
      data: { name: 'Av', email: 'av@test.knutepunkt.no', passwordHash: 'x', disabledAt: new Date() },
    });
    expect(await outcomeOf(asAdmin.admin.passwordReset.send({ userId: disabled.id }))).toMatch(
      /^CONFLICT: Kontoen er sperret/,
    );
  });
});
