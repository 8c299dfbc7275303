import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { pathTo, shellPaths } from '@knutepunkt/domain';
import { NotFound, ErrorState, useI18n, type QueryStateViews } from '@knutepunkt/ui';
import { describeError, errorCode } from '../errors.ts';
import { Page, useFocusOnNavigation, usePageTitle } from './Page.tsx';

/** The 404 content with its tab title. */
export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('ui.notFound.title'));
  return <NotFound homeHref={pathTo(shellPaths.admin.dashboard)} focusOnMount={useFocusOnNavigation()} />;
}

/**
 * A page whose data could not be loaded ("not found" gets the 404 page, see
 * adminQueryStates): "no access" gets a page saying so; anything else says
 * what went wrong and offers to try again.
 */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const described = describeError(error, t);
  const forbidden = described.code === 'FORBIDDEN';
  return (
    <Page title={forbidden ? t('admin.forbidden.title') : t('ui.error.title')}>
      <Alert data-color={forbidden ? 'warning' : 'danger'} className="kp-state">
        <Paragraph>{described.message}</Paragraph>
        {onRetry && !forbidden ? (
          <Button type="button" variant="secondary" onClick={onRetry}>
            {t('ui.error.retry')}
          </Button>
        ) : null}
      </Alert>
    </Page>
  );
}

/** A part of a page that could not be loaded (a table, a list). */
export function SectionError({
  error,
  onRetry,
  headingLevel = 3,
}: {
  error: unknown;
  onRetry?: () => void;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useI18n();
  return <ErrorState message={describeError(error, t).message} onRetry={onRetry} headingLevel={headingLevel} />;
}

/**
 * Shown by the router when a page throws while rendering (a bug of ours):
 * a plain message in the person's language instead of a blank page.
 */
export function RouteErrorPage() {
  const { t } = useI18n();
  return (
    <Page title={t('ui.error.title')}>
      <Paragraph>{t('admin.routeError.text')}</Paragraph>
    </Page>
  );
}

/** How the admin app shows loading, failed and missing data (set once in AppProviders, used by QueryView and the lists). */
export const adminQueryStates: Partial<QueryStateViews> = {
  PageNotFound: NotFoundPage,
  PageError,
  SectionError,
  isNotFound: (error) => errorCode(error) === 'NOT_FOUND',
};
