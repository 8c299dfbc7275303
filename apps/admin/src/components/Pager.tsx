import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from './AppLink.tsx';

interface PagerBase {
  page: number;
  /** The current search parameters; the pager changes only `side`. */
  searchParams: URLSearchParams;
  param?: string;
}

/** A list whose total the server counts: "Side 2 av 5". */
interface CountedPager extends PagerBase {
  pageSize: number;
  total: number;
}

/** A list the server sends a page at a time without a total: a full page means there may be more. */
interface OpenEndedPager extends PagerBase {
  hasMore: boolean;
  /** What to say about where we are ("Side 2"). */
  status: string;
}

export type PagerProps = CountedPager | OpenEndedPager;

/**
 * Previous / next as real links (`?side=3`), so a page of results can be
 * bookmarked, opened in a new tab and reached with the back button. Given to
 * DataTable and DataList as their `pagination`.
 */
export function Pager(props: PagerProps) {
  const { t } = useI18n();
  const { page, searchParams, param = 'side' } = props;
  let hasMore: boolean;
  let status: string;
  if ('total' in props) {
    const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
    // Past the last page there are no rows to page through.
    if (pages <= 1 || page > pages) return null;
    hasMore = page < pages;
    status = t('admin.pager.status', { page, pages });
  } else {
    if (page <= 1 && !props.hasMore) return null;
    hasMore = props.hasMore;
    status = props.status;
  }
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
      <Paragraph className="kp-pager__status">{status}</Paragraph>
      {hasMore ? <AppLink to={hrefFor(page + 1)}>{t('admin.pager.next')}</AppLink> : null}
    </nav>
  );
}

/** Reads `?side=` safely: a missing or odd value means page 1. */
export function pageFromParams(searchParams: URLSearchParams, param = 'side'): number {
  const value = Number(searchParams.get(param));
  return Number.isInteger(value) && value >= 1 && value <= 10_000 ? value : 1;
}
