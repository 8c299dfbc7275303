import type { Db } from '@knutepunkt/db';
import { fieldError } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';

/**
 * The order of an edition's tracks and session types (docs/adr/0023), as reorderRooms
 * (editing-rooms.ts) does the rooms': the whole list, every item of the edition once, so a
 * page showing an old list (someone else added one meanwhile) is refused rather than guessed.
 */

/** Every id of the edition's list, once, and nothing else; otherwise a refusal at `field`. */
function checkOrder(existing: { id: string }[], given: string[], field: string) {
  const ids = new Set(given);
  if (ids.size !== given.length || existing.length !== given.length || existing.some((e) => !ids.has(e.id))) {
    throw fieldError(field, 'conference.admin.error.order', 'badRequest');
  }
}

export async function reorderTracks(db: Db, actorId: string, editionId: string, trackIds: string[]) {
  return db.$transaction(async (tx) => {
    checkOrder(await tx.conferenceTrack.findMany({ where: { editionId }, select: { id: true } }), trackIds, 'trackIds');
    for (const [position, id] of trackIds.entries()) {
      await tx.conferenceTrack.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceEdition',
      entityId: editionId,
      after: { trackOrder: trackIds },
    });
    return { tracks: trackIds.length };
  });
}

export async function reorderSessionTypes(db: Db, actorId: string, editionId: string, sessionTypeIds: string[]) {
  return db.$transaction(async (tx) => {
    checkOrder(
      await tx.conferenceSessionType.findMany({ where: { editionId }, select: { id: true } }),
      sessionTypeIds,
      'sessionTypeIds',
    );
    for (const [position, id] of sessionTypeIds.entries()) {
      await tx.conferenceSessionType.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceEdition',
      entityId: editionId,
      after: { sessionTypeOrder: sessionTypeIds },
    });
    return { sessionTypes: sessionTypeIds.length };
  });
}
