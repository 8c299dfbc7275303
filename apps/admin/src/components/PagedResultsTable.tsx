import type { UseQueryResult } from '@tanstack/react-query';
import { DataTable, useI18n, type DataTableProps } from '@knutepunkt/ui';
import { formatNumber } from '../format.ts';
import { Pager } from './Pager.tsx';

export interface ResultsPage<T> {
  items: readonly T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PagedResultsTableProps<T> extends Pick<DataTableProps<T>, 'caption' | 'columns' | 'rowKey' | 'empty'> {
  /** One page of a server search, its query kept while the next page loads. */
  list: UseQueryResult<ResultsPage<T>, unknown>;
  /** The page's address parameters, which the pager keeps when it changes page. */
  searchParams: URLSearchParams;
}

/**
 * A list page's results: the number found, the rows, the pager. The table is
 * the page's main content, so its error heading sits at level 2.
 * Its columns should not sort: sorting one page of the server's results would mislead.
 */
export function PagedResultsTable<T>({ list, searchParams, ...table }: PagedResultsTableProps<T>) {
  const { t, locale } = useI18n();
  return (
    <DataTable
      {...table}
      query={list}
      rows={list.data?.items}
      status={list.data ? t('admin.common.results', { count: formatNumber(locale, list.data.total) }) : null}
      errorHeadingLevel={2}
      pagination={
        list.data ? (
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            searchParams={searchParams}
          />
        ) : null
      }
    />
  );
}
