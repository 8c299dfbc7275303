import type { Db } from '@knutepunkt/db';
import { buildSnapshot } from './snapshot.ts';

/**
 * The stars' part of the API tests' world (docs/adr/0024): an edition of its own with a
 * published release, so the shared edition (./test-world.ts) stays unpublished for the parts
 * that publish their own. Three scheduled sessions (the first two overlap) and one added to
 * the working copy after the release (not starrable).
 */
export interface StarsWorld {
  slug: string;
  editionId: string;
  /** GUIDs of the released sessions: 09:00–10:00, 09:30–10:30, 10:30–11:00 Oslo time on 20 Oct 2031. */
  guids: [string, string, string];
  sessionIds: [string, string, string];
  /** A session created after the release: in the working copy only. */
  unreleasedGuid: string;
  releaseId: string;
}

export async function createStarsWorld(db: Db): Promise<StarsWorld> {
  const edition = await db.conferenceEdition.create({
    data: { slug: 'stjerner-2031', title: 'Stjernekonferansen', startsOn: '2031-10-20', endsOn: '2031-10-20' },
  });
  const editionId = edition.id;
  const room = await db.conferenceRoom.create({ data: { editionId, name: 'Salen' } });
  const session = (number: number, title: string, startsAt: string, durationMinutes: number) =>
    db.conferenceSession.create({
      data: { editionId, number, title, roomId: room.id, startsAt: new Date(startsAt), durationMinutes },
    });
  const sessions = [
    await session(1, 'Morgenmøte', '2031-10-20T07:00:00Z', 60),
    await session(2, 'Parallell samtale', '2031-10-20T07:30:00Z', 60),
    await session(3, 'Avslutning', '2031-10-20T08:30:00Z', 30),
  ] as const;
  const snapshot = await buildSnapshot(db, editionId);
  const release = await db.conferenceRelease.create({
    data: {
      editionId,
      sequence: 1,
      name: 'v1',
      snapshot: snapshot as object,
      publishedAt: new Date('2031-09-01T10:00:00Z'),
    },
  });
  const later = await session(4, 'Kom til etter v1', '2031-10-20T09:00:00Z', 30);
  return {
    slug: edition.slug,
    editionId,
    guids: [sessions[0].guid, sessions[1].guid, sessions[2].guid],
    sessionIds: [sessions[0].id, sessions[1].id, sessions[2].id],
    unreleasedGuid: later.guid,
    releaseId: release.id,
  };
}
