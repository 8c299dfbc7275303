import { useState, type FormEvent } from 'react';
import { Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ORGANISATION_TYPES, organisationPaths, type OrganisationType } from '@knutepunkt/domain';
import { EmptyState, SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { countyOptions } from '../../components/format.ts';
import { Page } from '../../components/Page.tsx';
import { ResultsSection } from '../../components/ResultsSection.tsx';
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

  const total = list.data?.total ?? 0;
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const hrefFor = (page: number) => directoryHref({ ...filters, page });

  return (
    <Page title={t('organisations.web.directory.title')} meta={{ description: t('organisations.web.directory.intro') }}>
      <Paragraph>{t('organisations.web.directory.intro')}</Paragraph>

      {/* A plain GET form to this page's address: without JavaScript the browser submits the same
          search (the fields carry the names the address uses); with it, the app does, without a page load. */}
      <form
        method="get"
        action={organisationPaths.web.directory}
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

      <ResultsSection
        heading={t('organisations.web.directory.results')}
        query={list}
        total={total}
        count={
          list.data
            ? t(total === 1 ? 'organisations.web.directory.countOne' : 'organisations.web.directory.count', {
                count: total,
              })
            : ''
        }
        loading={list.isPending ? t('organisations.web.directory.loading') : null}
        empty={
          <EmptyState
            headingLevel={3}
            title={t('organisations.web.directory.emptyTitle')}
            message={t('organisations.web.directory.emptyText')}
          />
        }
        page={Math.min(filters.page, totalPages)}
        totalPages={totalPages}
        hrefFor={hrefFor}
      >
        {list.data ? <OrganisationList organisations={list.data.items} /> : null}
      </ResultsSection>
    </Page>
  );
}
