import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from './AppLink.tsx';

export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** The current search parameters; the pager changes only `side`. */
  searchParams: URLSearchParams;
  param?: string;
}

/**
 * Previous / next as real links (`?side=3`), so a page of results can be
 * bookmarked, opened in a new tab and reached with the back button.
 */
export function Pager({ page, pageSize, total, searchParams, param = 'side' }: PagerProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(searchParams);
    if (target <= 1) next.delete(param);
    else next.set(param, String(target));
    const query = next.toString();
    return query ? `?${query}` : '?';
  };
  return (
    <nav aria-label={t('admin.pager.label')} className="kp-pager">
      {page > 1 ? <AppLink to={hrefFor(page - 1)}>{t('admin.pager.previous')}</AppLink> : null}
      <Paragraph className="kp-pager__status">{t('admin.pager.status', { page, pages })}</Paragraph>
      {page < pages ? <AppLink to={hrefFor(page + 1)}>{t('admin.pager.next')}</AppLink> : null}
    </nav>
  );
}

/** Reads `?side=` safely: a missing or odd value means page 1. */
export function pageFromParams(searchParams: URLSearchParams, param = 'side'): number {
  const value = Number(searchParams.get(param));
  return Number.isInteger(value) && value >= 1 && value <= 10_000 ? value : 1;
}
