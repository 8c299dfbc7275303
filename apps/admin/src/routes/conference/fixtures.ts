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
import type { AdminRouterOutputs } from '@knutepunkt/api';

/** The conference's sessions and speakers as the API returns them (dates as the wire carries them). */
type Out = AdminRouterOutputs['conference'];

export const CHOICES: Out['sessions']['choices'] = {
  edition: {
    id: 'e1',
    slug: 'konferanse-2031',
    title: 'Ingenting om oss uten oss',
    startsOn: '2031-10-20',
    endsOn: '2031-10-21',
  },
  types: [{ id: 'ty1', name: 'Verksted', kind: 'workshop' }],
  tracks: [{ id: 'tr1', name: 'Medborgerskap' }],
  speakers: [
    { id: 'sp1', number: 1, name: 'Kari Nordmann' },
    { id: 'sp2', number: 2, name: 'Ola Nordmann' },
    { id: 'sp3', number: 3, name: 'Per Hansen' },
  ],
  organisations: [{ id: 'o1', name: 'Kommune én' }],
};

export const SESSION = {
  id: 's1',
  editionId: 'e1',
  number: 1,
  guid: '7d1b8a55-0a55-4c47-9b37-1a6a1b9f3e10',
  title: 'Åpning',
  abstract: 'Velkommen.',
  language: 'nb',
  typeId: 'ty1',
  trackId: null,
  tags: ['recovery'],
  signLanguage: true,
  captioned: false,
  streamed: false,
  recorded: true,
  materials: '',
  roomId: 'r1',
  startsAt: '2031-10-20T07:00:00.000Z',
  durationMinutes: 45,
  capacity: null,
  updatedAt: '2031-01-01T10:00:00.000Z',
  type: { id: 'ty1', name: 'Verksted', kind: 'workshop' },
  track: null,
  room: { id: 'r1', name: 'Storsalen' },
  speakers: [{ id: 'sp1', number: 1, name: 'Kari Nordmann' }],
  scheduled: true,
} as unknown as Out['sessions']['get'];

export const UNSCHEDULED = {
  ...SESSION,
  id: 's2',
  number: 2,
  title: 'Ikke plassert ennå',
  roomId: null,
  startsAt: null,
  room: null,
  speakers: [],
  scheduled: false,
} as unknown as Out['sessions']['get'];

export const SPEAKER = {
  id: 'sp1',
  editionId: 'e1',
  number: 1,
  guid: '0b5c2f7a-8f7e-4c0e-9a55-3d6e2f4b1a22',
  name: 'Kari Nordmann',
  bio: 'Erfaringskonsulent.',
  bioLanguage: 'nb',
  contribution: 'erfaringskompetanse',
  organisationId: 'o1',
  userId: null,
  photoKey: 'conference/e1/kari.jpg',
  photoType: 'image/jpeg',
  photoAlt: 'Kari smiler',
  updatedAt: '2031-01-01T10:00:00.000Z',
  organisation: { id: 'o1', name: 'Kommune én' },
  userEmail: null,
  userName: null,
  sessions: [{ id: 's1', number: 1, title: 'Åpning', startsAt: '2031-10-20T07:00:00.000Z', roomName: 'Storsalen' }],
} as unknown as Out['speakers']['get'];
