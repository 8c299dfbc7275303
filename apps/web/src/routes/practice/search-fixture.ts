/** One result of `practice.search` as the server sends it, for the search page's tests. */
export function searchItem(overrides: Record<string, unknown> = {}) {
  return {
    id: 'e1',
    slug: 'turgruppe-i-marka',
    title: 'Turgruppe i marka',
    titleHighlighted: null,
    summary: 'Vi går tur sammen hver tirsdag.',
    snippet: null,
    language: 'nb',
    chime: ['CONNECTEDNESS'],
    levels: ['SERVICE'],
    themes: ['PHYSICAL_ACTIVITY'],
    targetGroups: ['ADULTS'],
    featured: false,
    publishedAt: '2026-03-03T10:00:00.000Z',
    organisation: { name: 'Trondheim kommune', slug: 'trondheim-kommune' },
    ...overrides,
  };
}
