import type { Db, Prisma } from '@knutepunkt/db';
import { releaseChanges } from '@knutepunkt/domain';
import { buildSnapshot } from './snapshot.ts';

/**
 * The releases' part of the API tests' world (docs/adr/0023): a small edition of its own
 * (network1's, the 2030 one), so the main conference world stays unpublished for the other
 * parts' tests. It has one scheduled session, «v1» published and «v2» a draft.
 */
export interface ReleasesWorld {
  editionId: string;
  slug: string;
  publishedReleaseId: string;
  draftReleaseId: string;
}

export async function createReleasesWorld(db: Db, networkId: string): Promise<ReleasesWorld> {
  const edition = await db.conferenceEdition.create({
    data: {
      slug: 'konferanse-2030',
      title: 'Ingenting om oss uten oss 2030',
      languages: ['nb'],
      startsOn: '2030-10-21',
      endsOn: '2030-10-22',
      venueName: 'Royal Garden',
      owners: { create: { networkId } },
    },
  });
  const room = await db.conferenceRoom.create({ data: { editionId: edition.id, name: 'Storsalen' } });
  await db.conferenceSession.create({
    data: {
      editionId: edition.id,
      number: 1,
      title: 'Åpning 2030',
      roomId: room.id,
      startsAt: new Date('2030-10-21T07:00:00Z'),
    },
  });
  const snapshot = await buildSnapshot(db, edition.id);
  const published = await db.conferenceRelease.create({
    data: {
      editionId: edition.id,
      sequence: 1,
      name: 'v1',
      note: 'Det første programmet.',
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      changes: releaseChanges(null, snapshot) as unknown as Prisma.InputJsonValue,
      publishedAt: new Date('2030-09-01T10:00:00Z'),
    },
  });
  const draft = await db.conferenceRelease.create({ data: { editionId: edition.id, name: 'v2' } });
  return { editionId: edition.id, slug: edition.slug, publishedReleaseId: published.id, draftReleaseId: draft.id };
}
