import type { Db } from '@knutepunkt/db';

/**
 * Sessions' and speakers' part of the test world (beside ./test-world.ts): a speaker in no
 * session, whom the access matrix may delete (one still in a session is refused, 409). Not
 * in a scheduled session, so no published snapshot shows them.
 */
export interface ConferenceSessionsWorld {
  unlinkedSpeakerId: string;
}

export async function createConferenceSessionsWorld(db: Db, editionId: string): Promise<ConferenceSessionsWorld> {
  const speaker = await db.conferenceSpeaker.create({
    data: { editionId, number: 3, name: 'Per Uten Sesjon', contribution: 'erfaringskompetanse' },
  });
  return { unlinkedSpeakerId: speaker.id };
}
