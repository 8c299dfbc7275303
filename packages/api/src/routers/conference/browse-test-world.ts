import type { Db, Prisma } from '@knutepunkt/db';
import { buildSnapshot } from './snapshot.ts';

/**
 * A second edition for the public pages' tests (docs/adr/0023): network1's previous
 * conference, with a published release «v1» and a later draft «v2» (never public). Kept
 * apart from test-world.ts's edition, which the releases' own tests publish from scratch.
 */
export interface PublishedConferenceWorld {
  editionId: string;
  slug: string;
  releaseId: string;
  draftReleaseId: string;
  /** Session numbers in the published release: an opening plenary and a captioned talk on day 1, a workshop on day 2. */
  sessionNumbers: [number, number, number];
  speakerNumbers: [number, number];
}

export async function createPublishedConferenceWorld(
  db: Db,
  networkId: string,
  organisationId: string,
  publisherId: string,
): Promise<PublishedConferenceWorld> {
  const edition = await db.conferenceEdition.create({
    data: {
      slug: 'ingenting-om-oss-2030',
      title: 'Ingenting om oss uten oss 2030',
      subtitle: 'Recovery i praksis',
      description: 'To dager om **medvirkning**.',
      languages: ['nb', 'nn'],
      startsOn: '2030-10-21',
      endsOn: '2030-10-22',
      venueName: 'Royal Garden',
      venueAddress: 'Kjøpmannsgata 73, Trondheim',
      owners: { create: { networkId } },
      partners: { create: { organisationId, role: 'organiser' } },
    },
  });
  const editionId = edition.id;
  const hall = await db.conferenceRoom.create({
    data: { editionId, name: 'Storsalen', capacity: 300, hearingLoop: true, stepFree: true },
  });
  const small = await db.conferenceRoom.create({
    data: { editionId, name: 'Møterom Ørn', capacity: 20, position: 1, accessibilityNote: 'Trapp til andre etasje.' },
  });
  const track = await db.conferenceTrack.create({ data: { editionId, name: 'Brukermedvirkning', colour: '#1f5f8b' } });
  const talk = await db.conferenceSessionType.create({ data: { editionId, name: 'Foredrag', kind: 'plenary' } });
  const workshop = await db.conferenceSessionType.create({
    data: { editionId, name: 'Verksted', kind: 'workshop', position: 1 },
  });
  const kari = await db.conferenceSpeaker.create({
    data: { editionId, number: 1, name: 'Kari Ås', bio: 'Erfaringskonsulent i **Trondheim**.', organisationId },
  });
  const ola = await db.conferenceSpeaker.create({ data: { editionId, number: 2, name: 'Ola Øren' } });
  const session = (data: Omit<Prisma.ConferenceSessionUncheckedCreateInput, 'editionId'>) =>
    db.conferenceSession.create({ data: { editionId, ...data } });
  await session({
    number: 1,
    title: 'Åpning',
    abstract: 'Velkommen.',
    typeId: talk.id,
    trackId: track.id,
    roomId: hall.id,
    startsAt: new Date('2030-10-21T07:00:00Z'),
    durationMinutes: 45,
    signLanguage: true,
    speakers: { create: [{ speakerId: kari.id }] },
  });
  await session({
    number: 2,
    title: 'Likepersoner på sykehuset',
    abstract: 'Om erfaringskompetanse.',
    tags: ['likeperson'],
    typeId: talk.id,
    roomId: small.id,
    startsAt: new Date('2030-10-21T07:00:00Z'),
    durationMinutes: 45,
    captioned: true,
    language: 'nn',
    speakers: { create: [{ speakerId: ola.id, position: 0 }] },
  });
  await session({
    number: 3,
    title: 'Verksted om medvirkning',
    typeId: workshop.id,
    roomId: small.id,
    startsAt: new Date('2030-10-22T08:00:00Z'),
    durationMinutes: 90,
    capacity: 12,
    speakers: { create: [{ speakerId: kari.id }, { speakerId: ola.id, position: 1 }] },
  });
  const snapshot = (await buildSnapshot(db, editionId)) as unknown as Prisma.InputJsonValue;
  const release = await db.conferenceRelease.create({
    data: {
      editionId,
      sequence: 1,
      name: 'v1',
      snapshot,
      publishedAt: new Date('2030-09-01T10:00:00Z'),
      publishedById: publisherId,
    },
  });
  // A draft: a release being prepared, never seen publicly (no sequence, no publishing time).
  const draft = await db.conferenceRelease.create({ data: { editionId, name: 'v2', snapshot } });
  return {
    editionId,
    slug: edition.slug,
    releaseId: release.id,
    draftReleaseId: draft.id,
    sessionNumbers: [1, 2, 3],
    speakerNumbers: [1, 2],
  };
}
