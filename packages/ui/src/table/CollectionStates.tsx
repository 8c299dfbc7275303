import type { ReactNode } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../state/EmptyState.tsx';
import { Loading } from '../state/Loading.tsx';
import { useQueryStateViews, type HeadingLevel, type QueryProgress } from '../state/query-states.tsx';

/** What DataTable and DataList share: where the rows come from and the states around them. */
export interface CollectionProps {
  /**
   * The query the rows come from, for its loading and failed states. Leave it out for rows
   * that are already at hand (a panel showing part of its page's data).
   */
  query?: QueryProgress;
  /** Shown when the rows are loaded and there are none: a message (EmptyState) or an element. */
  empty?: ReactNode;
  /**
   * A line in a polite live region above the rows, e.g. "12 treff". The region is in the
   * page from the start (null: empty for now), because screen readers announce changes only
   * inside a region that already existed; leave the prop out for no region at all.
   */
  status?: string | null;
  /** The size of the status line's text. */
  statusSize?: 'sm' | 'md';
  /** Previous / next links, shown under the rows; the app decides when it has any. */
  pagination?: ReactNode;
  /** What the spinner says while loading ("Søker …"); "Laster inn …" by default. */
  loadingLabel?: string;
  /** The level of the error's heading, to fit the page's outline (the app's default otherwise). */
  errorHeadingLevel?: HeadingLevel;
}

interface CollectionStatesProps extends CollectionProps {
  /** How many rows are loaded; undefined while there are none to show (loading, failed). */
  count: number | undefined;
  /** The rows themselves, rendered only when there is at least one. */
  children: ReactNode;
}

/**
 * Status line, loading, failure (with "try again"), empty, the rows, pagination: in that
 * order, each shown on its own condition, so a failed refresh keeps showing the rows it
 * had together with the error.
 */
export function CollectionStates({
  query,
  empty,
  status,
  statusSize,
  pagination,
  loadingLabel,
  errorHeadingLevel,
  count,
  children,
}: CollectionStatesProps) {
  const { SectionError } = useQueryStateViews();
  return (
    <>
      {status !== undefined ? (
        <div role="status" className="kp-status">
          {status ? <Paragraph data-size={statusSize}>{status}</Paragraph> : null}
        </div>
      ) : null}
      {query?.isPending ? <Loading label={loadingLabel} /> : null}
      {query?.isError ? (
        <SectionError error={query.error} onRetry={() => void query.refetch()} headingLevel={errorHeadingLevel} />
      ) : null}
      {count === 0 ? typeof empty === 'string' ? <EmptyState message={empty} /> : empty : null}
      {count ? children : null}
      {pagination}
    </>
  );
}
