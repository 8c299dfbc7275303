import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { UserError } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { adminCaller, contextFor, webCaller } from '../../testing/caller.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { decideMembership, removeMembership, requestMembership, setMembershipRole } from './service.ts';

describe.each(testDatabases())('linking people to organisations on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  const actorOf = (role: keyof World['userIds']) =>
    handle!.db.user.findUniqueOrThrow({ where: { id: world.userIds[role] } }).then((u) => loadActor(handle!.db, u));
  // What the procedures load (and decide on) before the services run.
  const membership = (id: string) => handle!.db.membership.findUniqueOrThrow({ where: { id } });
  // The rights are the procedures', so refusals are asked through them.
  const web = async (role: 'editor') => webCaller(await contextFor(handle!.db, 'web', world, role)).memberships;
  const admin = async (role: 'coordinator') =>
    adminCaller(await contextFor(handle!.db, 'admin', world, role)).memberships;

  test('ask → editor approves → the person is a member, and the decision is in the audit log', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const request = await requestMembership(handle.db, world.userIds.pending, world.org3, 'Jeg er ny her');
    expect(request.status).toBe('PENDING');
    // org3 is in no network and has no editor: only an admin decides.
    await expect(
      (await admin('coordinator')).decide({ membershipId: request.id, approve: true, role: 'MEMBER' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const approved = await decideMembership(handle.db, world.userIds.admin, await membership(request.id), {
      approve: true,
      role: 'MEMBER',
    });
    expect(approved.status).toBe('APPROVED');
    expect((await actorOf('pending')).memberships).toContainEqual({ organisationId: world.org3, role: 'MEMBER' });
    const audit = await handle.db.auditEntry.findFirstOrThrow({
      where: { entity: 'membership', entityId: request.id },
    });
    expect(audit).toMatchObject({ action: 'update', actorId: world.userIds.admin });
    expect(audit.before).toMatchObject({ status: 'PENDING' });
    expect(audit.after).toMatchObject({ status: 'APPROVED' });
  });

  test('an editor may approve members but not make editors; a coordinator may', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const input = { membershipId: world.pendingMembership, approve: true, role: 'EDITOR' as const };
    await expect((await web('editor')).decide(input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const decided = await decideMembership(
      handle.db,
      world.userIds.coordinator,
      await membership(world.pendingMembership),
      input,
    );
    expect(decided).toMatchObject({ status: 'APPROVED', role: 'EDITOR' });
  });

  test('a rejected request can be asked again; a pending one cannot be asked twice', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await expect(requestMembership(handle.db, world.userIds.pending, world.org1, undefined)).rejects.toBeInstanceOf(
      UserError,
    );
    await decideMembership(handle.db, world.userIds.editor, await membership(world.pendingMembership), {
      approve: false,
      role: 'MEMBER',
    });
    const again = await requestMembership(handle.db, world.userIds.pending, world.org1, 'Prøver igjen');
    expect(again).toMatchObject({ id: world.pendingMembership, status: 'PENDING', note: 'Prøver igjen' });
  });

  test('role changes need an approved link; removing an editor needs a coordinator', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const coordinatorId = world.userIds.coordinator;
    await expect(
      setMembershipRole(handle.db, coordinatorId, await membership(world.pendingMembership), 'EDITOR'),
    ).rejects.toMatchObject({ kind: 'conflict' });
    const promoted = await setMembershipRole(
      handle.db,
      coordinatorId,
      await membership(world.memberMembership),
      'EDITOR',
    );
    expect(promoted.role).toBe('EDITOR');
    await expect((await web('editor')).remove({ membershipId: world.memberMembership })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await removeMembership(handle.db, coordinatorId, await membership(world.memberMembership));
    expect(await handle.db.membership.count({ where: { id: world.memberMembership } })).toBe(0);
  });
});
