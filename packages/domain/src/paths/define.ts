/**
 * Route paths, one place per module. A path is a pattern in React Router's
 * syntax (`/praksis/rediger/:exampleId`): the apps' routers use the pattern
 * as it is, and links (in pages, notifications, feeds) are made from it with
 * `pathTo`, which fills and encodes the parameters. The parameter names are
 * read from the pattern by the type system, so a missing one is a type error.
 */

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The parameters a pattern needs: none, or an object naming each one. */
export type PathParams<P extends string> = [ParamNames<P>] extends [never]
  ? [params?: undefined, query?: PathQuery]
  : [params: Record<ParamNames<P>, string>, query?: PathQuery];

/** A query string's values; undefined and empty values are left out, arrays repeat the key. */
export type PathQuery = Record<string, string | number | readonly string[] | undefined | null>;

/** The path for a pattern, with its parameters encoded and an optional query string. */
export function pathTo<P extends string>(pattern: P, ...[params, query]: PathParams<P>): string {
  const values = (params ?? {}) as Record<string, string>;
  const path = pattern.replace(/:(\w+)/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`pathTo: ${pattern} needs :${name}`);
    return encodeURIComponent(value);
  });
  const search = queryString(query);
  return search ? `${path}?${search}` : path;
}

function queryString(query: PathQuery | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value as readonly string[]) search.append(key, item);
    else search.set(key, String(value));
  }
  return search.toString();
}

/** An absolute address on a site: `base` is the site's origin (and any path prefix). */
export function urlOn(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
