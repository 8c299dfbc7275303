import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ORGANISATION_TYPES, organisationPaths, type OrganisationType } from '@knutepunkt/domain';
import { EmptyState, ErrorState, Loading, SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { countyOptions } from '../../components/format.ts';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useTRPC } from '../../trpc.ts';
import { OrganisationList } from './OrganisationList.tsx';
import {
  PAGE_SIZE,
  directoryHref,
  directorySearch,
  hasFilters,
  parseDirectoryParams,
  type DirectoryFilters,
} from './directory-params.ts';

/** The public directory: search by name, filter by type and county; the URL holds the filters. */
export function DirectoryPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = parseDirectoryParams(params);
  const list = useQuery({
    ...trpc.organisations.list.queryOptions({ ...filters, pageSize: PAGE_SIZE }),
    // Keep the old results on screen while the next page or filter loads: no flash of emptiness.
    placeholderData: keepPreviousData,
  });

  // The fields are controlled; when the URL changes from outside the form (back/forward, a link),
  // they show that URL's filters (React's "adjust state when a prop changes" pattern).
  const [q, setQ] = useState(filters.q ?? '');
  const [type, setType] = useState<string>(filters.type ?? '');
  const [county, setCounty] = useState<string>(filters.county ?? '');
  const urlFilters = `${filters.q ?? ''}|${filters.type ?? ''}|${filters.county ?? ''}`;
  const [shownFilters, setShownFilters] = useState(urlFilters);
  if (urlFilters !== shownFilters) {
    setShownFilters(urlFilters);
    setQ(filters.q ?? '');
    setType(filters.type ?? '');
    setCounty(filters.county ?? '');
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: DirectoryFilters = parseDirectoryParams(new URLSearchParams({ q, type, fylke: county }));
    // A new entry in the history, so the back button returns to the previous search.
    setParams(directorySearch({ ...next, page: 1 }), { preventScrollReset: true });
  };

  // After moving to another page of results, focus goes to the results heading, not back to the top.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (focusResults.current && list.data && !list.isPlaceholderData) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [list.data, list.isPlaceholderData]);

  const total = list.data?.total ?? 0;
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const hrefFor = (page: number) => directoryHref({ ...filters, page });

  return (
    <Page title={t('organisations.web.directory.title')}>
      <Paragraph>{t('organisations.web.directory.intro')}</Paragraph>

      <form
        role="search"
        aria-label={t('organisations.web.directory.searchLabel')}
        onSubmit={onSubmit}
        className="kp-filters"
      >
        <TextField
          name="q"
          type="search"
          label={t('organisations.web.directory.q')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          maxLength={100}
          autoComplete="off"
        />
        <SelectField
          name="type"
          label={t('organisations.field.type')}
          value={type}
          onChange={(e) => setType(e.target.value)}
          placeholder={t('organisations.web.directory.allTypes')}
          options={ORGANISATION_TYPES.map((type: OrganisationType) => ({
            value: type,
            label: t(`organisations.type.${type}`),
          }))}
        />
        <SelectField
          name="fylke"
          label={t('organisations.field.county')}
          value={county}
          onChange={(e) => setCounty(e.target.value)}
          placeholder={t('organisations.web.directory.allCounties')}
          options={countyOptions()}
        />
        <div className="kp-filters__actions">
          <Button type="submit">{t('organisations.web.directory.submit')}</Button>
          {hasFilters(filters) ? (
            <DsLink asChild>
              <Link to={organisationPaths.web.directory}>{t('organisations.web.directory.clear')}</Link>
            </DsLink>
          ) : null}
        </div>
      </form>

      <section aria-labelledby="results-heading" className="kp-stack">
        <Heading
          level={2}
          data-size="sm"
          id="results-heading"
          ref={resultsHeading}
          tabIndex={-1}
          className="kp-page-heading"
        >
          {t('organisations.web.directory.results')}
        </Heading>
        {/* Always in the page, so each new count is announced without moving focus. */}
        <p role="status" aria-live="polite" className="kp-result-count">
          {list.data
            ? t(total === 1 ? 'organisations.web.directory.countOne' : 'organisations.web.directory.count', {
                count: total,
              })
            : ''}
        </p>
        {list.isPending ? <Loading label={t('organisations.web.directory.loading')} /> : null}
        {list.isError ? (
          <ErrorState headingLevel={3} message={errorMessage(list.error, t)} onRetry={() => void list.refetch()} />
        ) : null}
        {list.data && total === 0 ? (
          <EmptyState
            headingLevel={3}
            title={t('organisations.web.directory.emptyTitle')}
            message={t('organisations.web.directory.emptyText')}
          />
        ) : null}
        {list.data && total > 0 ? (
          <div aria-busy={list.isPlaceholderData || undefined}>
            <OrganisationList organisations={list.data.items} />
          </div>
        ) : null}
        <Pagination
          page={Math.min(filters.page, totalPages)}
          totalPages={totalPages}
          hrefFor={hrefFor}
          onNavigate={() => {
            focusResults.current = true;
          }}
        />
      </section>
    </Page>
  );
}
