import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState.tsx';
import { Loading } from './Loading.tsx';
import { useQueryStateViews, type HeadingLevel, type QueryLike } from './query-states.tsx';

export interface QueryViewProps<T> {
  query: QueryLike<T>;
  /** The loaded data. */
  children: (data: T) => ReactNode;
  /**
   * `page` (the default): the query is the page's subject, so loading, failure and "not found"
   * replace the whole page with the app's page views. `section`: a part of a page; it shows a
   * spinner or the app's section error in its place and the rest of the page stays. A section
   * whose refresh fails keeps showing what it had under the error, as DataTable does: the
   * person may be in the middle of working with it.
   */
  scope?: 'page' | 'section';
  /** For `section`: what the spinner says ("Søker …"); "Laster inn …" by default. */
  loadingLabel?: string;
  /** For `section`: the level of the error's heading, to fit the page's outline. */
  headingLevel?: HeadingLevel;
  /** Loaded, but nothing to show: then `empty` is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  /** A message (shown as EmptyState) or an element of its own. */
  empty?: ReactNode;
}

/**
 * The states of what a query fetched: loading, failed (with "try again"), not found, empty,
 * loaded. On a page, a refetch that fails after data was shown counts as failed (the page
 * shows the error instead), so nobody reads stale data unawares.
 */
export function QueryView<T>({
  query,
  children,
  scope = 'page',
  loadingLabel,
  headingLevel,
  isEmpty,
  empty,
}: QueryViewProps<T>) {
  const views = useQueryStateViews();
  const retry = () => void query.refetch();
  if (scope === 'page') {
    if (query.isPending) return <views.PageLoading />;
    if (query.isError) {
      return views.isNotFound(query.error) ? (
        <views.PageNotFound />
      ) : (
        <views.PageError error={query.error} onRetry={retry} />
      );
    }
  } else if (query.isPending) {
    return <Loading label={loadingLabel} />;
  }
  const error =
    scope === 'section' && query.isError ? (
      <views.SectionError error={query.error} onRetry={retry} headingLevel={headingLevel} />
    ) : null;
  if (query.data === undefined) return error;
  // Not pending and not a failed page: TanStack Query guarantees the data is there.
  const data = query.data;
  const content =
    isEmpty?.(data) === true ? typeof empty === 'string' ? <EmptyState message={empty} /> : empty : children(data);
  return (
    <>
      {error}
      {content}
    </>
  );
}
