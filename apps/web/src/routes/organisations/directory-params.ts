import {
  COUNTY_CODES,
  ORGANISATION_TYPES,
  organisationPaths,
  pathTo,
  type CountyCode,
  type OrganisationType,
} from '@knutepunkt/domain';
import { pathQuery } from '../../components/path-query.ts';

/** The directory's filters as they live in the URL: `?type=MUNICIPALITY&fylke=50&q=trond&side=2`. */
export interface DirectoryFilters {
  type?: OrganisationType;
  county?: CountyCode;
  q?: string;
  page: number;
}

export const PAGE_SIZE = 20;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Anything unknown in a shared or hand-edited link is ignored rather than sent to the server. */
export function parseDirectoryParams(params: URLSearchParams): DirectoryFilters {
  const q = params.get('q')?.trim().slice(0, 100);
  const page = Number.parseInt(params.get('side') ?? '1', 10);
  return {
    type: oneOf(ORGANISATION_TYPES, params.get('type')),
    county: oneOf(COUNTY_CODES, params.get('fylke')),
    q: q ? q : undefined,
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** Only the filters in use, so links stay short and readable. Page 1 is left out. */
export function directorySearch(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.type) params.set('type', filters.type);
  if (filters.county) params.set('fylke', filters.county);
  if (filters.page > 1) params.set('side', String(filters.page));
  return params;
}

/** `/organisasjoner?…` for these filters. */
export function directoryHref(filters: DirectoryFilters): string {
  return pathTo(organisationPaths.web.directory, undefined, pathQuery(directorySearch(filters)));
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return !!(filters.q || filters.type || filters.county);
}
