import type { Prisma } from '@knutepunkt/db';
import { conferenceManageAccess, sessionIdInput, speakerIdInput } from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type EditionInScope, loadWithEdition } from './scope.ts';

/**
 * Builders for one session or one speaker of an edition (ADR 8, docs/adr/0023): each loads
 * the thing with its edition and decides on the edition's owners, so a session of another
 * edition the actor cannot edit is a 404 like an id that names nothing.
 */

const SESSION_SCOPE = {
  id: true,
  editionId: true,
  number: true,
  title: true,
} as const satisfies Prisma.ConferenceSessionSelect;
const SPEAKER_SCOPE = {
  id: true,
  editionId: true,
  number: true,
  name: true,
  photoKey: true,
} as const satisfies Prisma.ConferenceSpeakerSelect;

export type SessionInScope = Prisma.ConferenceSessionGetPayload<{ select: typeof SESSION_SCOPE }>;
export type SpeakerInScope = Prisma.ConferenceSpeakerGetPayload<{ select: typeof SPEAKER_SCOPE }>;

export function sessionRule(): ResourceRule<
  typeof sessionIdInput,
  { session: SessionInScope; edition: EditionInScope }
> {
  return {
    input: sessionIdInput,
    load: async (db, input) => {
      const found = await loadWithEdition(db, () =>
        db.conferenceSession.findUnique({ where: { id: input.sessionId }, select: SESSION_SCOPE }),
      );
      return found && { session: found.item, edition: found.edition };
    },
    decide: (actor, { edition }) => conferenceManageAccess(actor, edition.ownerNetworkIds),
  };
}

export function speakerRule(): ResourceRule<
  typeof speakerIdInput,
  { speaker: SpeakerInScope; edition: EditionInScope }
> {
  return {
    input: speakerIdInput,
    load: async (db, input) => {
      const found = await loadWithEdition(db, () =>
        db.conferenceSpeaker.findUnique({ where: { id: input.speakerId }, select: SPEAKER_SCOPE }),
      );
      return found && { speaker: found.item, edition: found.edition };
    },
    decide: (actor, { edition }) => conferenceManageAccess(actor, edition.ownerNetworkIds),
  };
}

/** A coordinator's action on the session named by `sessionId`; ctx gets `session` and `edition`. */
export const sessionProcedure = (base?: SignedInProcedure) => scopedProcedure(sessionRule(), base);

/** A coordinator's action on the speaker named by `speakerId`; ctx gets `speaker` and `edition`. */
export const speakerProcedure = (base?: SignedInProcedure) => scopedProcedure(speakerRule(), base);
