import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { ErrorState, Loading, useI18n } from '@knutepunkt/ui';
import { errorMessage } from './errors.ts';
import { Pagination } from './Pagination.tsx';

/** The part of a react-query list query the section reads. */
interface ResultsQuery {
  data: unknown;
  isPlaceholderData: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export interface ResultsSectionProps {
  heading: string;
  className?: string;
  query: ResultsQuery;
  total: number;
  /** "12 treff"; empty until the first answer. */
  count: string;
  /** The label of the loading indicator, or null when it is not to show. */
  loading: string | null;
  /** What to show when the answer has no results. */
  empty: ReactNode;
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  /** The results themselves. */
  children: ReactNode;
}

/**
 * A search's results under their heading: the count, loading, error and empty states, the list and
 * the page links, alike on every searchable page.
 */
export function ResultsSection({
  heading,
  className = 'kp-stack',
  query,
  total,
  count,
  loading,
  empty,
  page,
  totalPages,
  hrefFor,
  children,
}: ResultsSectionProps) {
  const { t } = useI18n();

  // After moving to another page of results, focus goes to the results heading, not back to the top.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (focusResults.current && query.data && !query.isPlaceholderData) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [query.data, query.isPlaceholderData]);

  return (
    <section aria-labelledby="results-heading" className={className}>
      <Heading
        level={2}
        data-size="sm"
        id="results-heading"
        ref={resultsHeading}
        tabIndex={-1}
        className="kp-page-heading"
      >
        {heading}
      </Heading>
      {/* Always in the page, so each new count is announced without moving focus. */}
      <p role="status" aria-live="polite" className="kp-result-count">
        {count}
      </p>
      {loading !== null ? <Loading label={loading} /> : null}
      {query.isError ? (
        <ErrorState headingLevel={3} message={errorMessage(query.error, t)} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data && total === 0 ? empty : null}
      {query.data && total > 0 ? <div aria-busy={query.isPlaceholderData || undefined}>{children}</div> : null}
      <Pagination
        page={page}
        totalPages={totalPages}
        hrefFor={hrefFor}
        onNavigate={() => {
          focusResults.current = true;
        }}
      />
    </section>
  );
}
