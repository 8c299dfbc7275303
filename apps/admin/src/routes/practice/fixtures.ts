/** Practice bank data as the admin router returns it, for the page tests. */
export const organisation = { id: 'o1', slug: 'trondheim-kommune', name: 'Trondheim kommune' };

const content = {
  language: 'nb',
  title: 'Recoveryverksted i Trondheim',
  summary: 'Et verksted der brukere og ansatte lærer sammen.',
  background: 'Vi startet i 2021.',
  approach: 'Vi møtes **hver uke** i biblioteket.',
  experiences: '',
  results: '',
  contactName: 'Kari Nordmann',
  contactRole: 'Erfaringskonsulent',
  contactEmail: 'kari@trondheim.kommune.no',
  chime: ['HOPE'],
  chimeSubthemes: [],
  levels: ['SERVICE'],
  targetGroups: ['ADULTS'],
  themes: [],
  ongoing: true,
};

const versionBase = {
  exampleId: 'e1',
  authorId: 'u-editor',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  reviewedAt: null,
  reviewedById: null,
  publishedAt: null,
};

export const publishedVersion = {
  ...versionBase,
  ...content,
  id: 'v1',
  number: 1,
  state: 'PUBLISHED',
  submittedAt: '2026-02-01T09:00:00.000Z',
  publishedAt: '2026-02-03T09:00:00.000Z',
};

/** Version 2 changes a word in the approach and adds a CHIME category; everything else is as published. */
export const revision = {
  ...versionBase,
  ...content,
  id: 'v2',
  number: 2,
  state: 'IN_REVIEW',
  approach: 'Vi møtes **annenhver uke** i biblioteket.',
  chime: ['HOPE', 'CONNECTEDNESS'],
  submittedAt: '2026-03-02T09:00:00.000Z',
};

export function forReview(
  overrides: { version?: Record<string, unknown>; published?: unknown; comments?: unknown[] } = {},
) {
  return {
    example: { id: 'e1', slug: 'recoveryverksted-i-trondheim', archivedAt: null, featured: false, organisation },
    version: { ...revision, ...overrides.version },
    published: overrides.published === undefined ? publishedVersion : overrides.published,
    comments: overrides.comments ?? [],
  };
}

export const queueItem = {
  id: 'v2',
  number: 2,
  title: 'Recoveryverksted i Trondheim',
  submittedAt: '2026-03-02T09:00:00.000Z',
  language: 'nb',
  example: {
    id: 'e1',
    slug: 'recoveryverksted-i-trondheim',
    publishedVersionId: 'v1',
    organisation: { id: 'o1', name: 'Trondheim kommune' },
  },
};

export const listedExample = {
  id: 'e1',
  slug: 'recoveryverksted-i-trondheim',
  featured: false,
  archivedAt: null,
  lastPublishedAt: '2026-02-03T09:00:00.000Z',
  organisation: { id: 'o1', name: 'Trondheim kommune' },
  publishedVersion: { title: 'Recoveryverksted i Trondheim' },
};
