import type { ProgrammeSnapshot, PublishedRelease, SnapshotSession } from '@knutepunkt/domain';

/** A published programme as `conference.programme` answers it, for the pages' tests. */
function session(number: number, overrides: Partial<SnapshotSession>): SnapshotSession {
  return {
    guid: `guid-${number}`,
    number,
    title: `Sesjon ${number}`,
    abstract: '',
    language: 'nb',
    typeId: 'talk',
    trackId: null,
    tags: [],
    signLanguage: false,
    captioned: false,
    streamed: false,
    recorded: false,
    materials: '',
    roomGuid: 'hall',
    startsAt: '2031-10-20T07:00:00.000Z',
    durationMinutes: 45,
    speakers: [],
    capacity: null,
    ...overrides,
  };
}

export const snapshot: ProgrammeSnapshot = {
  format: 1,
  edition: {
    slug: 'konferanse-2031',
    title: 'Ingenting om oss uten oss',
    subtitle: 'Menneskerettigheter og deltakelse',
    description: 'To dager om **medvirkning**.',
    language: 'nb',
    languages: ['nb', 'nn'],
    startsOn: '2031-10-20',
    endsOn: '2031-10-21',
    venueName: 'Royal Garden',
    venueAddress: 'Kjøpmannsgata 73, Trondheim',
  },
  partners: [
    {
      role: 'organiser',
      name: 'Mental Helse Trøndelag',
      slug: 'mental-helse-trondelag',
      website: null,
      logo: { key: 'logo-1', alt: 'Logoen til Mental Helse Trøndelag' },
    },
    { role: 'partner', name: 'Trondheim kommune', slug: 'trondheim-kommune', website: null, logo: null },
  ],
  rooms: [
    {
      guid: 'hall',
      name: 'Storsalen',
      capacity: 300,
      floor: '1',
      hearingLoop: true,
      stepFree: true,
      interpreted: false,
      accessibilityNote: 'Rullestolplasser foran.',
    },
    {
      guid: 'small',
      name: 'Møterom Ørn',
      capacity: 20,
      floor: '2',
      hearingLoop: false,
      stepFree: false,
      interpreted: false,
      accessibilityNote: '',
    },
  ],
  tracks: [{ id: 'rights', name: 'Rettigheter', colour: '#1f5f8b', description: '' }],
  types: [
    { id: 'talk', name: 'Foredrag', kind: 'plenary' },
    { id: 'ws', name: 'Verksted', kind: 'workshop' },
  ],
  speakers: [
    {
      guid: 'sp-1',
      number: 1,
      name: 'Kari Ås',
      bio: 'Erfaringskonsulent i **Trondheim**.',
      bioLanguage: 'nb',
      contribution: 'Erfaringskonsulent',
      organisation: { name: 'Mental Helse Trøndelag', slug: 'mental-helse-trondelag' },
      photo: { key: 'photo-1', alt: 'Kari Ås smiler' },
    },
    {
      guid: 'sp-2',
      number: 2,
      name: 'José Øren',
      bio: '',
      bioLanguage: 'nn',
      contribution: '',
      organisation: null,
      photo: null,
    },
  ],
  sessions: [
    session(1, {
      title: 'Åpning',
      abstract: 'Velkommen til **konferansen**.',
      materials: 'Lysark kommer.',
      trackId: 'rights',
      signLanguage: true,
      recorded: true,
      speakers: [1],
    }),
    session(2, {
      title: 'Likepersoner på sykehuset',
      roomGuid: 'small',
      language: 'nn',
      captioned: true,
      speakers: [2],
    }),
    session(3, {
      title: 'Verksted om medvirkning',
      typeId: 'ws',
      roomGuid: 'small',
      startsAt: '2031-10-21T08:00:00.000Z',
      durationMinutes: 90,
      capacity: 12,
      speakers: [1, 2],
    }),
  ],
};

export const release: PublishedRelease = {
  id: 'rel-2',
  sequence: 2,
  name: 'v2',
  note: '',
  publishedAt: '2031-09-01T10:00:00.000Z',
};

export const programme = { release, snapshot };
