import { Link as DsLink } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useI18n } from '@knutepunkt/ui';

export interface PaginationProps {
  page: number;
  totalPages: number;
  /** The address of a page, keeping the other filters. */
  hrefFor: (page: number) => string;
  /** Called when a page link is followed, e.g. to move focus to the new results. */
  onNavigate?: () => void;
}

/**
 * The page numbers to show: the first, the last, and the current one with its neighbours; `null`
 * where pages are left out ("…"). Few enough to fit two short lines at 320 px.
 */
export function pageWindow(page: number, totalPages: number): Array<number | null> {
  const shown = [...new Set([1, page - 1, page, page + 1, totalPages])]
    .filter((p) => p >= 1 && p <= totalPages)
    .sort((a, b) => a - b);
  const result: Array<number | null> = [];
  for (const p of shown) {
    const last = result.at(-1);
    // A gap of one page shows that page rather than "…", which would stand for just as much.
    if (typeof last === 'number' && p - last === 2) result.push(last + 1);
    else if (typeof last === 'number' && p - last > 2) result.push(null);
    result.push(p);
  }
  return result;
}

/**
 * Previous, the page numbers and next, as real links (`<a href>` with the filters in the address):
 * they work before the script has loaded or without it (the server renders them), with the
 * keyboard, and open in a new tab. With the script running, React Router's Link follows them
 * without a page load. The current page carries aria-current, and each number is named "Side 3"
 * (the current one "Side 3 av 5"), so a screen reader says more than a bare digit.
 * (Designsystemet's Pagination is built from buttons for client-side state; here every page has an address.)
 */
export function Pagination({ page, totalPages, hrefFor, onNavigate }: PaginationProps) {
  const { t } = useI18n();
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t('web.pagination.label')} className="kp-pagination">
      {page > 1 ? (
        <DsLink asChild>
          <Link to={hrefFor(page - 1)} rel="prev" onClick={onNavigate}>
            {t('web.pagination.previous')}
          </Link>
        </DsLink>
      ) : null}
      <ol className="kp-pagination__pages">
        {pageWindow(page, totalPages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <DsLink asChild>
                <Link
                  to={hrefFor(p)}
                  onClick={onNavigate}
                  aria-current={p === page ? 'page' : undefined}
                  aria-label={
                    p === page
                      ? t('web.pagination.status', { page: p, total: totalPages })
                      : t('web.pagination.page', { page: p })
                  }
                >
                  {p}
                </Link>
              </DsLink>
            </li>
          ),
        )}
      </ol>
      {page < totalPages ? (
        <DsLink asChild>
          <Link to={hrefFor(page + 1)} rel="next" onClick={onNavigate}>
            {t('web.pagination.next')}
          </Link>
        </DsLink>
      ) : null}
    </nav>
  );
}
