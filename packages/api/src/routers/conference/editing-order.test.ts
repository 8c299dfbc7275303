import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type World, createWorld } from '../../testing/world.ts';
import { reorderSessionTypes, reorderTracks } from './editing-order.ts';
import { createTrack } from './editing-tracks.ts';

describe.each(testDatabases())('the order of tracks and session types, on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  test('tracks take the order given; an incomplete or foreign list is refused and changes nothing', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { editionId, trackId, rooms } = world.conference;
    const added = await createTrack(db, world.userIds.coordinator, editionId, {
      name: 'Rus',
      colour: '#7a1f5c',
      description: '',
    });
    const order = async () =>
      (await db.conferenceTrack.findMany({ where: { editionId }, orderBy: { position: 'asc' } })).map((t) => t.id);
    expect(await order()).toEqual([trackId, added.id]);
    expect(await reorderTracks(db, world.userIds.coordinator, editionId, [added.id, trackId])).toEqual({ tracks: 2 });
    expect(await order()).toEqual([added.id, trackId]);
    for (const wrong of [[trackId], [added.id, added.id], [added.id, rooms[0]]]) {
      await expect(reorderTracks(db, world.userIds.coordinator, editionId, wrong)).rejects.toMatchObject({
        kind: 'badRequest',
        fieldErrors: { trackIds: 'conference.admin.error.order' },
      });
    }
    expect(await order()).toEqual([added.id, trackId]);
    const audit = await db.auditEntry.findMany({ where: { entity: 'conferenceEdition', entityId: editionId } });
    expect(audit.map((a) => a.after)).toContainEqual({ trackOrder: [added.id, trackId] });
  });

  test('session types take the order given; a stale list is refused', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { editionId, workshopTypeId, plenaryTypeId } = world.conference;
    const order = async () =>
      (await db.conferenceSessionType.findMany({ where: { editionId }, orderBy: { position: 'asc' } })).map(
        (t) => t.id,
      );
    await reorderSessionTypes(db, world.userIds.admin, editionId, [workshopTypeId, plenaryTypeId]);
    expect(await order()).toEqual([workshopTypeId, plenaryTypeId]);
    await reorderSessionTypes(db, world.userIds.admin, editionId, [plenaryTypeId, workshopTypeId]);
    expect(await order()).toEqual([plenaryTypeId, workshopTypeId]);
    await expect(reorderSessionTypes(db, world.userIds.admin, editionId, [workshopTypeId])).rejects.toMatchObject({
      kind: 'badRequest',
    });
    expect(await order()).toEqual([plenaryTypeId, workshopTypeId]);
  });
});
