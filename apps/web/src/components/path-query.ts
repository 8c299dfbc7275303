import type { PathQuery } from '@knutepunkt/domain';

/**
 * Search parameters as `pathTo`'s query, so a page's filters become a link to it: a name given
 * more than once becomes a list, and the order of the names is kept.
 */
export function pathQuery(params: URLSearchParams): PathQuery {
  const query: Record<string, string[]> = {};
  for (const [name, value] of params) (query[name] ??= []).push(value);
  return query;
}
