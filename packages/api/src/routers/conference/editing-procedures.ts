import { conferenceManageAccess, roomIdInput, sessionTypeIdInput, trackIdInput } from '@knutepunkt/domain';
import type { z } from 'zod';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type EditionInScope, loadWithEdition } from './scope.ts';

/**
 * The builders of the edition's parts (docs/adr/0023): each loads the room, track or session
 * type with its edition and decides on the edition, so a part of an edition the actor may
 * not edit is a 404 like a part that does not exist.
 */
function partRule<Schema extends z.ZodType<object>, Key extends string>(
  input: Schema,
  key: Key,
  find: (
    db: Parameters<ResourceRule<Schema, object>['load']>[0],
    input: z.output<Schema>,
  ) => Promise<{
    id: string;
    editionId: string;
  } | null>,
): ResourceRule<Schema, { edition: EditionInScope } & Record<Key, { id: string; editionId: string }>> {
  return {
    input,
    load: async (db, parsed) => {
      const loaded = await loadWithEdition(db, () => find(db, parsed));
      return (
        loaded &&
        ({ edition: loaded.edition, [key]: loaded.item } as { edition: EditionInScope } & Record<
          Key,
          { id: string; editionId: string }
        >)
      );
    },
    decide: (actor, { edition }) => conferenceManageAccess(actor, edition.ownerNetworkIds),
  };
}

const PART = { id: true, editionId: true } as const;

/** An action on the room named by `roomId`; ctx gets `room` and its `edition`. */
export const roomProcedure = (base?: SignedInProcedure) =>
  scopedProcedure(
    partRule(roomIdInput, 'room', (db, { roomId }) =>
      db.conferenceRoom.findUnique({ where: { id: roomId }, select: PART }),
    ),
    base,
  );

/** An action on the track named by `trackId`; ctx gets `track` and its `edition`. */
export const trackProcedure = (base?: SignedInProcedure) =>
  scopedProcedure(
    partRule(trackIdInput, 'track', (db, { trackId }) =>
      db.conferenceTrack.findUnique({ where: { id: trackId }, select: PART }),
    ),
    base,
  );

/** An action on the session type named by `sessionTypeId`; ctx gets `sessionType` and its `edition`. */
export const sessionTypeProcedure = (base?: SignedInProcedure) =>
  scopedProcedure(
    partRule(sessionTypeIdInput, 'sessionType', (db, { sessionTypeId }) =>
      db.conferenceSessionType.findUnique({ where: { id: sessionTypeId }, select: PART }),
    ),
    base,
  );
