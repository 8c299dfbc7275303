import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState, Loading, NotFound, useI18n } from '@knutepunkt/ui';
import { isNotFound } from '../trpc.ts';
import { errorMessage } from './errors.ts';
import { Page } from './Page.tsx';
import { useDocumentTitle, useNavigatedHere } from './usePageMeta.ts';

/** While a page's data loads: a polite status, and the tab says so too. */
export function PageLoading() {
  const { t } = useI18n();
  useDocumentTitle(t('ui.loading'));
  return <Loading showLabel />;
}

export function PageNotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('ui.notFound.title'));
  return <NotFound focusOnMount={useNavigatedHere()} />;
}

/** A page whose data could not be loaded: an h1 (every page has one) and what to do next. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (isNotFound(error)) return <PageNotFound />;
  return (
    <Page title={t('ui.error.title')}>
      <ErrorState title={t('web.error.loadFailed')} message={errorMessage(error, t)} onRetry={onRetry} />
    </Page>
  );
}

export interface QueryViewProps<T> {
  query: UseQueryResult<T, unknown>;
  children: (data: T) => ReactNode;
}

/** The three states of a page that shows fetched data: loading, failed (404 or other), loaded. */
export function QueryView<T>({ query, children }: QueryViewProps<T>) {
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
