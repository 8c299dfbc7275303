import type { EditionForEditing } from './edition-values.ts';

/** An edition as conference.editing.edition returns it (dates as the wire carries them). */
export function editionFixture(): EditionForEditing {
  return {
    id: 'e1',
    slug: 'ingenting-om-oss-2031',
    title: 'Ingenting om oss uten oss',
    subtitle: 'Menneskerettigheter og deltakelse',
    description: 'Velkommen.',
    language: 'nb',
    languages: ['nb', 'nn'],
    startsOn: '2031-10-20',
    endsOn: '2031-10-21',
    venueName: 'Royal Garden',
    venueAddress: 'Kjøpmannsgata 73, Trondheim',
    widgetOrigins: ['https://partner.example'],
    registrationMeetingId: null,
    createdAt: '2031-01-01T10:00:00.000Z',
    updatedAt: '2031-01-01T10:00:00.000Z',
    owners: [{ id: 'n1', name: 'Recovery-nettverk Midt-Norge' }],
    partners: [
      {
        organisationId: 'o1',
        name: 'Mental Helse',
        slug: 'mental-helse',
        role: 'organiser',
        position: 0,
        logoKey: null,
        logoAlt: '',
      },
      {
        organisationId: 'o2',
        name: 'RIO',
        slug: 'rio',
        role: 'partner',
        position: 1,
        logoKey: 'logo/rio.png',
        logoAlt: 'RIO',
      },
    ],
    rooms: [
      room('r1', 'Store sal', 400, 4, { hearingLoop: true, stepFree: true }),
      room('r2', 'Møterom 2', 30, 1),
      room('r3', 'Bibliotek', null, 0),
    ],
    tracks: [
      {
        id: 't1',
        editionId: 'e1',
        name: 'Medborgerskap',
        colour: '#1f5f8b',
        description: '',
        position: 0,
        sessions: 3,
      },
      { id: 't2', editionId: 'e1', name: 'Rus', colour: '#7a1f5c', description: '', position: 1, sessions: 0 },
    ],
    sessionTypes: [
      { id: 'st1', editionId: 'e1', name: 'Plenum', kind: 'plenary', position: 0, sessions: 2 },
      { id: 'st2', editionId: 'e1', name: 'Verksted', kind: 'workshop', position: 1, sessions: 1 },
    ],
    counts: { sessions: 5, scheduled: 4, speakers: 6, releases: 1, published: 1 },
  } as unknown as EditionForEditing;
}

function room(id: string, name: string, capacity: number | null, sessions: number, flags: object = {}) {
  return {
    id,
    editionId: 'e1',
    guid: `00000000-0000-4000-8000-00000000000${id.slice(1)}`,
    name,
    capacity,
    floor: '',
    hearingLoop: false,
    stepFree: false,
    interpreted: false,
    accessibilityNote: '',
    position: 0,
    sessions,
    ...flags,
  };
}

/** Puts the list's items in the order of `ids` (what the reorder procedures do on the server). */
export function reorder<T extends { id: string }>(list: T[], ids: string[]): T[] {
  return ids.map((id) => list.find((item) => item.id === id)!);
}
