import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { hashPassword } from './password.ts';
import { createSession, invalidateUserSessions, sessionIdFromToken, validateSessionToken } from './session.ts';
import { checkCredentials } from './sign-in.ts';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('sessions and sign-in on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let userId: string;
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    const user = await handle.db.user.create({
      data: { email: 'kari@test.knutepunkt.no', name: 'Kari', passwordHash: await hashPassword('riktig-passord-1') },
    });
    userId = user.id;
  });
  afterAll(async () => handle?.close());

  test('the database stores only the hash of the session token', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { token } = await createSession(handle.db, userId, 'web');
    const stored = await handle.db.session.findMany({ where: { userId } });
    expect(stored.map((s) => s.id)).toContain(sessionIdFromToken(token));
    expect(stored.map((s) => s.id)).not.toContain(token);
    expect((await validateSessionToken(handle.db, token, 'web'))?.user.email).toBe('kari@test.knutepunkt.no');
  });

  test('sessions slide in their second half, and expire after 30 days unused', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const start = new Date('2026-03-01T10:00:00Z');
    const { token } = await createSession(handle.db, userId, 'web', start);
    const early = await validateSessionToken(handle.db, token, 'web', new Date(start.getTime() + 5 * DAY));
    expect(early?.expiresAt.getTime()).toBe(start.getTime() + 30 * DAY);
    const late = await validateSessionToken(handle.db, token, 'web', new Date(start.getTime() + 20 * DAY));
    expect(late?.expiresAt.getTime()).toBe(start.getTime() + 50 * DAY);
    expect(await validateSessionToken(handle.db, token, 'web', new Date(start.getTime() + 81 * DAY))).toBeNull();
    expect(await handle.db.session.count({ where: { id: sessionIdFromToken(token) } })).toBe(0);
  });

  test('a disabled account has no valid session; signing out everywhere ends them all', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const a = await createSession(handle.db, userId, 'web');
    const b = await createSession(handle.db, userId, 'web');
    await invalidateUserSessions(handle.db, userId, sessionIdFromToken(a.token));
    expect(await validateSessionToken(handle.db, a.token, 'web')).not.toBeNull();
    expect(await validateSessionToken(handle.db, b.token, 'web')).toBeNull();
    await handle.db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect(await validateSessionToken(handle.db, a.token, 'web')).toBeNull();
    await handle.db.user.update({ where: { id: userId }, data: { disabledAt: null } });
  });

  test('a session belongs to the app it was started on: the other app treats its token as none', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const web = await createSession(handle.db, userId, 'web');
    const admin = await createSession(handle.db, userId, 'admin');
    expect(await validateSessionToken(handle.db, web.token, 'admin')).toBeNull();
    expect(await validateSessionToken(handle.db, admin.token, 'web')).toBeNull();
    // Refused, not removed: still valid where it belongs.
    expect((await validateSessionToken(handle.db, web.token, 'web'))?.user.id).toBe(userId);
    expect((await validateSessionToken(handle.db, admin.token, 'admin'))?.user.id).toBe(userId);
  });

  test('junk tokens are refused without a query', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect(await validateSessionToken(handle.db, "' OR 1=1 --", 'web')).toBeNull();
    expect(await validateSessionToken(handle.db, 'a'.repeat(32), 'web')).toBeNull();
  });

  test('unknown e-mail, wrong password and disabled account all answer the same', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const address = '10.0.0.1';
    expect(await checkCredentials(handle.db, { email: 'ingen@test.knutepunkt.no', password: 'x', address })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await checkCredentials(handle.db, { email: 'kari@test.knutepunkt.no', password: 'feil', address })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(
      await checkCredentials(handle.db, {
        email: 'KARI@test.knutepunkt.no',
        password: 'riktig-passord-1',
        address: '10.0.0.2',
      }),
    ).toEqual({ ok: true, userId });
  });
});

test('passwords are hashed with argon2id', async () => {
  expect(await hashPassword('et-passord-her')).toMatch(/^\$argon2id\$/);
});
