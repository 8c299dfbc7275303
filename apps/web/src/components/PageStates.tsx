import { ErrorState, Loading, NotFound, useI18n, type QueryStateViews } from '@knutepunkt/ui';
import { isNotFound } from '../trpc.ts';
import { errorMessage } from './errors.ts';
import { Page } from './Page.tsx';
import { usePageMeta } from './page-meta.tsx';
import { useNavigatedHere } from './use-navigated-here.ts';

/** While a page's data loads: a polite status, and the tab says so too. */
export function PageLoading() {
  const { t } = useI18n();
  usePageMeta({ title: t('ui.loading'), noindex: true });
  return <Loading showLabel />;
}

/** What does not exist: the server answers it with status 404. */
export function PageNotFound() {
  const { t } = useI18n();
  usePageMeta({ title: t('ui.notFound.title'), status: 404 });
  return <NotFound focusOnMount={useNavigatedHere()} />;
}

/** A page whose data could not be loaded (not "not found"): an h1 (every page has one) and what to do next. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Page title={t('ui.error.title')} meta={{ noindex: true }}>
      <ErrorState title={t('web.error.loadFailed')} message={errorMessage(error, t)} onRetry={onRetry} />
    </Page>
  );
}

/**
 * How the web app shows a page's loading, failed and missing data, for QueryView
 * (@knutepunkt/ui): set once in Providers. A 404 from the server gets the 404 page.
 */
export const webQueryStates: Partial<QueryStateViews> = {
  PageLoading,
  PageNotFound,
  PageError,
  isNotFound,
};
