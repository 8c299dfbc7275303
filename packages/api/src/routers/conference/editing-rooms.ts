import type { Db, Prisma } from '@knutepunkt/db';
import { type RoomInput, fieldError } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';

type Tx = Prisma.TransactionClient;

/**
 * An edition's rooms (docs/adr/0023). A room keeps its guid for life (frab's room guid). A
 * room in use may be deleted: its sessions keep everything but the room and become
 * unscheduled (the foreign key sets it to null), which the confirm dialog says with the count.
 */

/** Only the room's fields: the procedure's input also holds the ids that named it. */
const roomData = (input: RoomInput): RoomInput => ({
  name: input.name,
  capacity: input.capacity,
  floor: input.floor,
  hearingLoop: input.hearingLoop,
  stepFree: input.stepFree,
  interpreted: input.interpreted,
  accessibilityNote: input.accessibilityNote,
});

async function nextPosition(tx: Tx, editionId: string): Promise<number> {
  const last = await tx.conferenceRoom.aggregate({ where: { editionId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export async function createRoom(db: Db, actorId: string, editionId: string, input: RoomInput) {
  return db.$transaction(async (tx) => {
    const room = await tx.conferenceRoom.create({
      data: { editionId, ...roomData(input), position: await nextPosition(tx, editionId) },
      select: { id: true, guid: true, name: true, position: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'conferenceRoom',
      entityId: room.id,
      after: roomData(input),
    });
    return room;
  });
}

export async function updateRoom(db: Db, actorId: string, roomId: string, input: RoomInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.conferenceRoom.findUniqueOrThrow({ where: { id: roomId } });
    const room = await tx.conferenceRoom.update({
      where: { id: roomId },
      data: roomData(input),
      select: { id: true, name: true },
    });
    const { id: _id, editionId: _e, guid: _g, position: _p, ...was } = before;
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceRoom',
      entityId: roomId,
      before: was,
      after: roomData(input),
    });
    return room;
  });
}

/** Delete a room; its sessions lose it. Answers how many did. */
export async function deleteRoom(db: Db, actorId: string, roomId: string) {
  return db.$transaction(async (tx) => {
    const room = await tx.conferenceRoom.findUniqueOrThrow({
      where: { id: roomId },
      select: { name: true, editionId: true, _count: { select: { sessions: true } } },
    });
    await tx.conferenceRoom.delete({ where: { id: roomId } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'conferenceRoom',
      entityId: roomId,
      before: { name: room.name, editionId: room.editionId, sessions: room._count.sessions },
    });
    return { sessionsUnscheduled: room._count.sessions };
  });
}

/** The rooms in a new order (the grid's columns, frab's room order): every room of the edition, once. */
export async function reorderRooms(db: Db, actorId: string, editionId: string, roomIds: string[]) {
  return db.$transaction(async (tx) => {
    const rooms = await tx.conferenceRoom.findMany({ where: { editionId }, select: { id: true } });
    const given = new Set(roomIds);
    if (given.size !== roomIds.length || rooms.length !== roomIds.length || rooms.some((r) => !given.has(r.id))) {
      throw fieldError('roomIds', 'conference.admin.error.roomOrder', 'badRequest');
    }
    for (const [position, id] of roomIds.entries()) {
      await tx.conferenceRoom.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceEdition',
      entityId: editionId,
      after: { roomOrder: roomIds },
    });
    return { rooms: roomIds.length };
  });
}
