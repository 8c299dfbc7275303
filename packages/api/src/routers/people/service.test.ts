import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { contextFor } from '../../testing/caller.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { getPerson, setAdmin, setDisabled } from './service.ts';

describe.each(testDatabases())('people administration on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  test('disabling an account ends its sessions at once, in both apps', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect((await contextFor(handle.db, 'web', world, 'member')).user).not.toBeNull();
    await setDisabled(handle.db, world.userIds.admin, world.userIds.member, true);
    expect((await contextFor(handle.db, 'web', world, 'member')).user).toBeNull();
    expect((await contextFor(handle.db, 'admin', world, 'member')).user).toBeNull();
    expect(await handle.db.session.count({ where: { userId: world.userIds.member } })).toBe(0);
  });

  test('the person is told their account was disabled, in their language, as a security message', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await handle.db.user.update({ where: { id: world.userIds.member }, data: { locale: 'nn' } });
    await setDisabled(handle.db, world.userIds.admin, world.userIds.member, true);
    const security = { userId: world.userIds.member, kind: { startsWith: 'security.' } };
    const messages = await handle.db.outboxMessage.findMany({ where: security });
    expect(messages.map((m) => [m.kind, m.subject])).toEqual([
      ['security.accountDisabled', 'Kontoen din på Knutepunkt er stengd'],
    ]);
    // Enabling again sends nothing more.
    await setDisabled(handle.db, world.userIds.admin, world.userIds.member, false);
    expect(await handle.db.outboxMessage.count({ where: security })).toBe(1);
  });

  test('an admin cannot disable or demote themselves', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await expect(setDisabled(handle.db, world.userIds.admin, world.userIds.admin, true)).rejects.toMatchObject({
      kind: 'badRequest',
    });
    await expect(setAdmin(handle.db, world.userIds.admin, world.userIds.admin, false)).rejects.toMatchObject({
      kind: 'badRequest',
    });
  });

  test('reading a person is audited; the audit log never holds a password hash', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await getPerson(handle.db, world.userIds.admin, world.userIds.member);
    await setAdmin(handle.db, world.userIds.admin, world.userIds.member, true);
    const entries = await handle.db.auditEntry.findMany({
      where: { entity: 'user', entityId: world.userIds.member },
      orderBy: { at: 'asc' },
    });
    expect(entries.map((e) => e.action)).toEqual(['read', 'update']);
    expect(JSON.stringify(entries)).not.toContain('argon2');
    expect(entries[1]?.after).toMatchObject({ isAdmin: true });
  });
});
