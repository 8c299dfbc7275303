import type { Db, Prisma } from '@knutepunkt/db';
import type { SessionTypeInput, TrackInput } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';

type Tx = Prisma.TransactionClient;

/**
 * An edition's tracks and session types (docs/adr/0023). The colour's contrast is checked by
 * the input schema (trackColourField). Deleting one in use is allowed: its sessions lose it
 * (the foreign key sets it to null); the answer says how many.
 */

/** Only the fields: the procedure's input also holds the ids that named the thing. */
const trackData = (input: TrackInput): TrackInput => ({
  name: input.name,
  colour: input.colour,
  description: input.description,
});
const typeData = (input: SessionTypeInput): SessionTypeInput => ({ name: input.name, kind: input.kind });

async function nextTrackPosition(tx: Tx, editionId: string) {
  const last = await tx.conferenceTrack.aggregate({ where: { editionId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

async function nextTypePosition(tx: Tx, editionId: string) {
  const last = await tx.conferenceSessionType.aggregate({ where: { editionId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export async function createTrack(db: Db, actorId: string, editionId: string, input: TrackInput) {
  return db.$transaction(async (tx) => {
    const track = await tx.conferenceTrack.create({
      data: { editionId, ...trackData(input), position: await nextTrackPosition(tx, editionId) },
      select: { id: true, name: true, colour: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'conferenceTrack',
      entityId: track.id,
      after: trackData(input),
    });
    return track;
  });
}

export async function updateTrack(db: Db, actorId: string, trackId: string, input: TrackInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.conferenceTrack.findUniqueOrThrow({
      where: { id: trackId },
      select: { name: true, colour: true, description: true },
    });
    const track = await tx.conferenceTrack.update({
      where: { id: trackId },
      data: trackData(input),
      select: { id: true, name: true, colour: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceTrack',
      entityId: trackId,
      before,
      after: trackData(input),
    });
    return track;
  });
}

export async function deleteTrack(db: Db, actorId: string, trackId: string) {
  return db.$transaction(async (tx) => {
    const track = await tx.conferenceTrack.findUniqueOrThrow({
      where: { id: trackId },
      select: { name: true, editionId: true, _count: { select: { sessions: true } } },
    });
    await tx.conferenceTrack.delete({ where: { id: trackId } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'conferenceTrack',
      entityId: trackId,
      before: { name: track.name, editionId: track.editionId, sessions: track._count.sessions },
    });
    return { sessionsChanged: track._count.sessions };
  });
}

export async function createSessionType(db: Db, actorId: string, editionId: string, input: SessionTypeInput) {
  return db.$transaction(async (tx) => {
    const type = await tx.conferenceSessionType.create({
      data: { editionId, ...typeData(input), position: await nextTypePosition(tx, editionId) },
      select: { id: true, name: true, kind: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'conferenceSessionType',
      entityId: type.id,
      after: typeData(input),
    });
    return type;
  });
}

export async function updateSessionType(db: Db, actorId: string, sessionTypeId: string, input: SessionTypeInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.conferenceSessionType.findUniqueOrThrow({
      where: { id: sessionTypeId },
      select: { name: true, kind: true },
    });
    const type = await tx.conferenceSessionType.update({
      where: { id: sessionTypeId },
      data: typeData(input),
      select: { id: true, name: true, kind: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceSessionType',
      entityId: sessionTypeId,
      before,
      after: typeData(input),
    });
    return type;
  });
}

export async function deleteSessionType(db: Db, actorId: string, sessionTypeId: string) {
  return db.$transaction(async (tx) => {
    const type = await tx.conferenceSessionType.findUniqueOrThrow({
      where: { id: sessionTypeId },
      select: { name: true, editionId: true, _count: { select: { sessions: true } } },
    });
    await tx.conferenceSessionType.delete({ where: { id: sessionTypeId } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'conferenceSessionType',
      entityId: sessionTypeId,
      before: { name: type.name, editionId: type.editionId, sessions: type._count.sessions },
    });
    return { sessionsChanged: type._count.sessions };
  });
}
