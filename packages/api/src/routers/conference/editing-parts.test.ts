import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type RoomInput, trackInput } from '@knutepunkt/domain';
import { type World, createWorld } from '../../testing/world.ts';
import { createRoom, deleteRoom, reorderRooms, updateRoom } from './editing-rooms.ts';
import {
  createSessionType,
  createTrack,
  deleteSessionType,
  deleteTrack,
  updateSessionType,
  updateTrack,
} from './editing-tracks.ts';

const room: RoomInput = {
  name: 'Lille sal',
  capacity: 80,
  floor: '2',
  hearingLoop: true,
  stepFree: true,
  interpreted: false,
  accessibilityNote: 'Heis fra resepsjonen.',
};

describe.each(testDatabases())('rooms, tracks and session types, on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  test('a room is added last, edited, reordered and deleted; its sessions lose it', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const actorId = world.userIds.coordinator;
    const { editionId, rooms, workshopId } = world.conference;
    const added = await createRoom(db, actorId, editionId, room);
    expect(added.position).toBe(2);
    expect(added.guid).toMatch(/^[0-9a-f-]{36}$/);
    await updateRoom(db, actorId, added.id, { ...room, capacity: null, interpreted: true });
    expect(await db.conferenceRoom.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      capacity: null,
      interpreted: true,
      guid: added.guid,
    });

    await reorderRooms(db, actorId, editionId, [added.id, rooms[1], rooms[0]]);
    const order = await db.conferenceRoom.findMany({ where: { editionId }, orderBy: { position: 'asc' } });
    expect(order.map((r) => r.id)).toEqual([added.id, rooms[1], rooms[0]]);
    // Not every room, or one twice: refused, the order stays.
    for (const wrong of [
      [rooms[0], rooms[1]],
      [added.id, rooms[1], rooms[1]],
      [added.id, rooms[1], world.conference.trackId],
    ]) {
      await expect(reorderRooms(db, actorId, editionId, wrong)).rejects.toMatchObject({ kind: 'badRequest' });
    }
    expect(
      (await db.conferenceRoom.findMany({ where: { editionId }, orderBy: { position: 'asc' } })).map((r) => r.id),
    ).toEqual([added.id, rooms[1], rooms[0]]);

    // The workshop's room goes: the workshop stays, unscheduled in that room.
    expect(await deleteRoom(db, actorId, rooms[1])).toEqual({ sessionsUnscheduled: 1 });
    const workshop = await db.conferenceSession.findUniqueOrThrow({ where: { id: workshopId } });
    expect(workshop.roomId).toBeNull();
    expect(workshop.title).toBe('Verksted om medvirkning');
    const audit = await db.auditEntry.findMany({ where: { entity: 'conferenceRoom' }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit[2]!.before).toMatchObject({ name: 'Møterom 2', sessions: 1 });
  });

  test('a track with a colour that passes; deleting it leaves its sessions without a track', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const actorId = world.userIds.admin;
    const { editionId, trackId, plenaryId } = world.conference;
    const track = await createTrack(
      db,
      actorId,
      editionId,
      trackInput.parse({ name: 'Rus', colour: '#7A1F5C', description: '' }),
    );
    expect(track.colour).toBe('#7a1f5c');
    await updateTrack(
      db,
      actorId,
      track.id,
      trackInput.parse({ name: 'Rus og psykisk helse', colour: '#000000', description: 'Om rus.' }),
    );
    expect(await db.conferenceTrack.findUniqueOrThrow({ where: { id: track.id } })).toMatchObject({
      name: 'Rus og psykisk helse',
      position: 1,
    });
    expect(await deleteTrack(db, actorId, trackId)).toEqual({ sessionsChanged: 1 });
    expect((await db.conferenceSession.findUniqueOrThrow({ where: { id: plenaryId } })).trackId).toBeNull();
    expect(await db.auditEntry.count({ where: { entity: 'conferenceTrack' } })).toBe(3);
  });

  test('session types: added, renamed, deleted with their sessions keeping the rest', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const actorId = world.userIds.coordinator;
    const { editionId, workshopTypeId, workshopId } = world.conference;
    const poster = await createSessionType(db, actorId, editionId, { name: 'Poster', kind: 'poster' });
    expect(poster.kind).toBe('poster');
    await updateSessionType(db, actorId, workshopTypeId, { name: 'Verksted (påmelding)', kind: 'workshop' });
    expect(await deleteSessionType(db, actorId, workshopTypeId)).toEqual({ sessionsChanged: 1 });
    const workshop = await db.conferenceSession.findUniqueOrThrow({ where: { id: workshopId } });
    expect(workshop.typeId).toBeNull();
    expect(workshop.capacity).toBe(10);
    expect(await db.auditEntry.count({ where: { entity: 'conferenceSessionType' } })).toBe(3);
  });
});
