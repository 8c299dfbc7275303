import {
  CHIME_CATEGORIES,
  COUNTY_CODES,
  LEVELS,
  ORGANISATION_TYPES,
  TARGET_GROUPS,
  THEMES,
  isSlug,
  pathTo,
  practicePaths,
  type ChimeCategory,
  type CountyCode,
  type Level,
  type OrganisationType,
  type TargetGroup,
  type Theme,
} from '@knutepunkt/domain';
import { pathQuery } from '../../components/path-query.ts';

/**
 * The practice search as it lives in the address, so a search can be shared and the back button
 * restores it: `/praksis?q=turgruppe&chime=HOPE&chime=MEANING&nivaa=SERVICE&side=2`.
 * Names are Norwegian and ASCII (`nivaa`, `malgruppe`), so a copied link stays readable;
 * the spellings with å that people may type by hand are read too.
 */
export interface PracticeFilters {
  q: string;
  chime: ChimeCategory[];
  levels: Level[];
  themes: Theme[];
  targetGroups: TargetGroup[];
  organisationTypes: OrganisationType[];
  counties: CountyCode[];
  /** One organisation's examples (its slug), from the link on its page. */
  organisation?: string;
  sort: 'relevance' | 'date';
  page: number;
}

export const PAGE_SIZE = 10;

type ListKey = 'chime' | 'levels' | 'themes' | 'targetGroups' | 'organisationTypes' | 'counties';

/** Each list filter: its name in the address (first the one we write), and the values it may hold. */
export const LIST_PARAMS: Record<ListKey, { names: readonly [string, ...string[]]; values: readonly string[] }> = {
  chime: { names: ['chime'], values: CHIME_CATEGORIES },
  levels: { names: ['nivaa', 'nivå', 'level'], values: LEVELS },
  themes: { names: ['tema'], values: THEMES },
  targetGroups: { names: ['malgruppe', 'målgruppe'], values: TARGET_GROUPS },
  organisationTypes: { names: ['type'], values: ORGANISATION_TYPES },
  counties: { names: ['fylke'], values: COUNTY_CODES },
};
const LIST_KEYS = Object.keys(LIST_PARAMS) as ListKey[];

/** The values of one list filter, in the taxonomy's order, each once; unknown ones are dropped. */
function readList<T extends string>(params: URLSearchParams, key: ListKey): T[] {
  const { names, values } = LIST_PARAMS[key];
  const given = new Set(names.flatMap((name) => params.getAll(name)));
  return values.filter((value) => given.has(value)) as T[];
}

/** The order's values in the address (`sortering=dato`); relevance is the default with words. */
export const SORT_VALUES = { relevance: 'relevans', date: 'dato' } as const;

/** Anything unknown in a shared or hand-edited link is ignored rather than sent to the server. */
export function parsePracticeParams(params: URLSearchParams): PracticeFilters {
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const page = Number.parseInt(params.get('side') ?? '1', 10);
  const organisation = params.get('organisasjon') ?? undefined;
  return {
    q,
    chime: readList(params, 'chime'),
    levels: readList(params, 'levels'),
    themes: readList(params, 'themes'),
    targetGroups: readList(params, 'targetGroups'),
    organisationTypes: readList(params, 'organisationTypes'),
    counties: readList(params, 'counties'),
    organisation: organisation && isSlug(organisation) ? organisation : undefined,
    // Relevance means nothing without words; then the newest come first.
    sort: q && params.get('sortering') !== SORT_VALUES.date ? 'relevance' : 'date',
    page: Number.isFinite(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

/** Only what is in use, so links stay short. Page 1 and the default order are left out. */
export function practiceSearch(filters: PracticeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const key of LIST_KEYS) {
    for (const value of filters[key]) params.append(LIST_PARAMS[key].names[0], value);
  }
  if (filters.organisation) params.set('organisasjon', filters.organisation);
  if (filters.q && filters.sort === 'date') params.set('sortering', SORT_VALUES.date);
  if (filters.page > 1) params.set('side', String(filters.page));
  return params;
}

/** `/praksis?…` for these filters. */
export function practiceSearchHref(filters: Partial<PracticeFilters>): string {
  return pathTo(practicePaths.web.search, undefined, pathQuery(practiceSearch({ ...EMPTY_FILTERS, ...filters })));
}

export const EMPTY_FILTERS: PracticeFilters = {
  q: '',
  chime: [],
  levels: [],
  themes: [],
  targetGroups: [],
  organisationTypes: [],
  counties: [],
  sort: 'date',
  page: 1,
};

/** How many filter values are chosen (not counting words or the organisation). */
export function chosenCount(filters: PracticeFilters): number {
  return LIST_KEYS.reduce((sum, key) => sum + filters[key].length, 0);
}

export function hasAnything(filters: PracticeFilters): boolean {
  return !!filters.q || !!filters.organisation || chosenCount(filters) > 0;
}

/** The search procedure's input for these filters. */
export function searchInput(filters: PracticeFilters, organisationId: string | undefined) {
  return {
    q: filters.q,
    chime: filters.chime,
    levels: filters.levels,
    themes: filters.themes,
    targetGroups: filters.targetGroups,
    organisationTypes: filters.organisationTypes,
    counties: filters.counties,
    ...(organisationId ? { organisationId } : {}),
    sort: filters.sort,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
}
