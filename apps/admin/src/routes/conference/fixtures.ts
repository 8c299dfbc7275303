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
