import type { ProgrammeSnapshot, SnapshotSession } from './snapshot.ts';

/**
 * Snapshots for the release tests (release-changes.test.ts, release-format.test.ts): a session
 * and a programme with two rooms and two speakers, each field overridable. Not exported from
 * the package.
 */
export const session = (guid: string, number: number, over: Partial<SnapshotSession> = {}): SnapshotSession => ({
  guid,
  number,
  title: `Sesjon ${number}`,
  abstract: '',
  language: 'nb',
  typeId: null,
  trackId: null,
  tags: [],
  signLanguage: false,
  captioned: false,
  streamed: false,
  recorded: true,
  materials: '',
  roomGuid: 'room-a',
  startsAt: '2031-10-20T07:00:00.000Z',
  durationMinutes: 45,
  speakers: [1],
  capacity: null,
  ...over,
});

export const snapshot = (sessions: SnapshotSession[], over: Partial<ProgrammeSnapshot> = {}): ProgrammeSnapshot => ({
  format: 1,
  edition: {
    slug: 'k',
    title: 'K',
    subtitle: '',
    description: '',
    language: 'nb',
    languages: ['nb'],
    startsOn: '2031-10-20',
    endsOn: '2031-10-21',
    venueName: 'Royal Garden',
    venueAddress: '',
  },
  partners: [],
  rooms: [
    {
      guid: 'room-a',
      name: 'Storsalen',
      capacity: 300,
      floor: '',
      hearingLoop: true,
      stepFree: true,
      interpreted: false,
      accessibilityNote: '',
    },
    {
      guid: 'room-b',
      name: 'Møterom 2',
      capacity: 30,
      floor: '',
      hearingLoop: false,
      stepFree: true,
      interpreted: false,
      accessibilityNote: '',
    },
  ],
  tracks: [],
  types: [],
  speakers: [
    {
      guid: 'sp1',
      number: 1,
      name: 'Kari Nordmann',
      bio: '',
      bioLanguage: 'nb',
      contribution: '',
      organisation: null,
      photo: null,
    },
    {
      guid: 'sp2',
      number: 2,
      name: 'Ola Nordmann',
      bio: '',
      bioLanguage: 'nb',
      contribution: '',
      organisation: null,
      photo: null,
    },
  ],
  sessions,
  ...over,
});

/** Three sessions: g1 and g3 in Storsalen, g2 in Møterom 2. */
export const v1 = snapshot([session('g1', 1), session('g2', 2, { roomGuid: 'room-b' }), session('g3', 3)]);
