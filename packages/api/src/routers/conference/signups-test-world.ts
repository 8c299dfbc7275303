import type { Db, Prisma } from '@knutepunkt/db';
import { buildSnapshot } from './snapshot.ts';

/**
 * The sign-ups' part of the API tests' world (docs/adr/0023): an edition of its own owned by
 * network1 (so the releases' tests keep theirs unpublished), with a workshop of 5 places in a
 * published release and `member` signed up for it.
 */
export interface SignupsWorld {
  editionId: string;
  slug: string;
  workshopId: string;
  workshopNumber: number;
  /** `member`'s sign-up (confirmed). */
  signupId: string;
}

/** Publish the working copy as the edition's next release, as the releases part does (tests only). */
export async function publishForTest(db: Db, editionId: string, name = 'v1') {
  const last = await db.conferenceRelease.aggregate({ where: { editionId }, _max: { sequence: true } });
  const snapshot = await buildSnapshot(db, editionId);
  return db.conferenceRelease.create({
    data: {
      editionId,
      name,
      sequence: (last._max.sequence ?? 0) + 1,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      publishedAt: new Date(),
    },
  });
}

export async function createSignupsWorld(db: Db, networkId: string, memberId: string): Promise<SignupsWorld> {
  const edition = await db.conferenceEdition.create({
    data: {
      slug: 'konferanse-2032',
      title: 'Ingenting om oss uten oss 2032',
      languages: ['nb'],
      startsOn: '2032-10-20',
      endsOn: '2032-10-21',
      venueName: 'Royal Garden',
      owners: { create: { networkId } },
    },
  });
  const room = await db.conferenceRoom.create({
    data: { editionId: edition.id, name: 'Verkstedrommet', capacity: 20 },
  });
  const workshop = await db.conferenceSession.create({
    data: {
      editionId: edition.id,
      number: 1,
      title: 'Verksted om brukermedvirkning',
      roomId: room.id,
      startsAt: new Date('2032-10-20T08:00:00Z'),
      durationMinutes: 90,
      capacity: 5,
      lastPosition: 1,
      signups: { create: { userId: memberId, status: 'confirmed', position: 1, confirmedAt: new Date() } },
    },
    include: { signups: true },
  });
  await publishForTest(db, edition.id);
  return {
    editionId: edition.id,
    slug: edition.slug,
    workshopId: workshop.id,
    workshopNumber: workshop.number,
    signupId: workshop.signups[0]!.id,
  };
}
