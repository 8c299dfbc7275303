import { conferenceManageAccess, unscheduleSessionInput } from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type EditionInScope, loadWithEdition } from './scope.ts';

/** What the programme editor loads about the session it moves. */
export interface SessionToPlace {
  id: string;
  editionId: string;
  title: string;
  roomId: string | null;
  startsAt: Date | null;
  durationMinutes: number;
}

/**
 * A coordinator's move of the session named by `sessionId` (docs/adr/0023): the session is
 * loaded with its edition and the decision is the edition's, so a session of an edition the
 * actor does not coordinate is a 404 like an unknown id. ctx gets `session` and `edition`.
 */
export function sessionToPlaceRule(): ResourceRule<
  typeof unscheduleSessionInput,
  { session: SessionToPlace; edition: EditionInScope }
> {
  return {
    input: unscheduleSessionInput,
    load: async (db, input) => {
      const found = await loadWithEdition(db, () =>
        db.conferenceSession.findUnique({
          where: { id: input.sessionId },
          select: { id: true, editionId: true, title: true, roomId: true, startsAt: true, durationMinutes: true },
        }),
      );
      return found && { session: found.item, edition: found.edition };
    },
    decide: (actor, { edition }) => conferenceManageAccess(actor, edition.ownerNetworkIds),
  };
}

export const sessionToPlaceProcedure = (base?: SignedInProcedure) => scopedProcedure(sessionToPlaceRule(), base);
