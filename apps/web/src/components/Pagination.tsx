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
 * Previous / "page 2 of 5" / next, as real links: they work with the keyboard, can be opened in
 * a new tab and are few enough to stay on one line at 320 px. (Designsystemet's Pagination is
 * built from buttons for client-side state; here every page has an address.)
 */
export function Pagination({ page, totalPages, hrefFor, onNavigate }: PaginationProps) {
  const { t } = useI18n();
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t('web.pagination.label')} className="kp-pagination">
      {page > 1 ? (
        <DsLink asChild>
          <Link to={hrefFor(page - 1)} onClick={onNavigate}>
            {t('web.pagination.previous')}
          </Link>
        </DsLink>
      ) : null}
      <span>{t('web.pagination.status', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <DsLink asChild>
          <Link to={hrefFor(page + 1)} onClick={onNavigate}>
            {t('web.pagination.next')}
          </Link>
        </DsLink>
      ) : null}
    </nav>
  );
}
