import type { Db } from '@knutepunkt/db';

/**
 * The conference module's part of the API tests' world (../../testing/world.ts composes the
 * whole): an edition owned by network1 with two days, two rooms, a track, a workshop type,
 * two speakers and three sessions (two scheduled, one not). No release is published here;
 * the parts that need one publish it in their own tests.
 */
export interface ConferenceWorld {
  editionId: string;
  slug: string;
  rooms: [string, string];
  trackId: string;
  workshopTypeId: string;
  /** The other session type: the plenary's (created before the workshop's). */
  plenaryTypeId: string;
  speakers: [string, string];
  /** Scheduled: a plenary in room 0 on day 1 at 09:00, and a workshop (10 places) in room 1 at 10:00. */
  plenaryId: string;
  workshopId: string;
  /** Not scheduled (no room, no start). */
  unscheduledId: string;
}

export async function createConferenceWorld(
  db: Db,
  networkId: string,
  organisationId: string,
): Promise<ConferenceWorld> {
  const edition = await db.conferenceEdition.create({
    data: {
      slug: 'konferanse-2031',
      title: 'Ingenting om oss uten oss',
      subtitle: 'Menneskerettigheter og deltakelse',
      languages: ['nb', 'nn'],
      startsOn: '2031-10-20',
      endsOn: '2031-10-21',
      venueName: 'Royal Garden',
      owners: { create: { networkId } },
      partners: { create: { organisationId, role: 'organiser' } },
    },
  });
  const editionId = edition.id;
  const room = (name: string, position: number, capacity: number) =>
    db.conferenceRoom.create({ data: { editionId, name, position, capacity, hearingLoop: position === 0 } });
  const rooms = [await room('Storsalen', 0, 300), await room('Møterom 2', 1, 30)] as const;
  const track = await db.conferenceTrack.create({ data: { editionId, name: 'Medborgerskap', colour: '#1f5f8b' } });
  const plenaryType = await db.conferenceSessionType.create({ data: { editionId, name: 'Plenum', kind: 'plenary' } });
  const workshopType = await db.conferenceSessionType.create({
    data: { editionId, name: 'Verksted', kind: 'workshop', position: 1 },
  });
  const speaker = (name: string, number: number) =>
    db.conferenceSpeaker.create({ data: { editionId, name, number, bio: 'Erfaringskonsulent.', organisationId } });
  const speakers = [await speaker('Kari Nordmann', 1), await speaker('Ola Nordmann', 2)] as const;
  const plenary = await db.conferenceSession.create({
    data: {
      editionId,
      number: 1,
      title: 'Åpning',
      abstract: 'Velkommen til **konferansen**.',
      typeId: plenaryType.id,
      trackId: track.id,
      roomId: rooms[0].id,
      startsAt: new Date('2031-10-20T07:00:00Z'),
      durationMinutes: 45,
      speakers: { create: [{ speakerId: speakers[0].id }] },
    },
  });
  const workshop = await db.conferenceSession.create({
    data: {
      editionId,
      number: 2,
      title: 'Verksted om medvirkning',
      typeId: workshopType.id,
      roomId: rooms[1].id,
      startsAt: new Date('2031-10-20T08:00:00Z'),
      durationMinutes: 90,
      capacity: 10,
      speakers: { create: [{ speakerId: speakers[1].id }] },
    },
  });
  const unscheduled = await db.conferenceSession.create({
    data: { editionId, number: 3, title: 'Ikke plassert ennå', typeId: plenaryType.id },
  });
  return {
    editionId,
    slug: edition.slug,
    rooms: [rooms[0].id, rooms[1].id],
    trackId: track.id,
    workshopTypeId: workshopType.id,
    plenaryTypeId: plenaryType.id,
    speakers: [speakers[0].id, speakers[1].id],
    plenaryId: plenary.id,
    workshopId: workshop.id,
    unscheduledId: unscheduled.id,
  };
}
