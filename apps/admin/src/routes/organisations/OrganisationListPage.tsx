import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import {
  COUNTIES,
  COUNTY_CODES,
  ORGANISATION_TYPES,
  organisationPaths,
  pathTo,
  type CountyCode,
  type OrganisationType,
} from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { COUNTIES_BY_NAME } from '../../components/CountiesFieldset.tsx';
import { Page } from '../../components/Page.tsx';
import { PagedResultsTable } from '../../components/PagedResultsTable.tsx';
import { pageFromParams } from '../../components/Pager.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { countyName } from '../../format.ts';
import { useFlash } from '../../components/use-flash.ts';
import { useTRPC } from '../../trpc.ts';

const PAGE_SIZE = 20;

const isType = (value: string | null): value is OrganisationType =>
  (ORGANISATION_TYPES as readonly string[]).includes(value ?? '');
const isCounty = (value: string | null): value is CountyCode =>
  (COUNTY_CODES as readonly string[]).includes(value ?? '');

/**
 * /organisasjoner?q=&type=&fylke=&side=: the search lives in the address, so
 * a result can be bookmarked and the back button returns to it.
 */
export function OrganisationListPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const flash = useFlash();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const typeParam = params.get('type');
  const countyParam = params.get('fylke');
  const type = isType(typeParam) ? typeParam : undefined;
  const county = isCounty(countyParam) ? countyParam : undefined;
  const page = pageFromParams(params);

  const list = useQuery({
    ...trpc.organisations.list.queryOptions({ q: q || undefined, type, county, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Page
      title={t('organisations.admin.list.title')}
      lead={<Paragraph>{t('organisations.admin.list.intro')}</Paragraph>}
      actions={
        account.isAdmin ? (
          <Button asChild variant="secondary">
            <Link to={pathTo(organisationPaths.admin.create)}>{t('organisations.admin.list.new')}</Link>
          </Button>
        ) : null
      }
    >
      <StatusMessage message={flash} />
      <OrganisationFilters
        // A new address (back button, a bookmark) shows its own search in the fields.
        key={`${q}|${type ?? ''}|${county ?? ''}`}
        initial={{ q, type: type ?? '', county: county ?? '' }}
        filtered={Boolean(q || type || county)}
        onApply={(draft) => {
          const next = new URLSearchParams();
          if (draft.q.trim()) next.set('q', draft.q.trim());
          if (draft.type) next.set('type', draft.type);
          if (draft.county) next.set('fylke', draft.county);
          setParams(next);
        }}
      />

      <PagedResultsTable
        caption={t('organisations.admin.list.title')}
        list={list}
        searchParams={params}
        rowKey={(org) => org.id}
        columns={[
          {
            id: 'name',
            header: t('organisations.field.name'),
            rowHeader: true,
            cell: (org) => (
              <AppLink to={pathTo(organisationPaths.admin.organisation, { organisationId: org.id })}>
                {org.name}
              </AppLink>
            ),
          },
          { id: 'type', header: t('organisations.field.type'), cell: (org) => t(`organisations.type.${org.type}`) },
          { id: 'municipality', header: t('organisations.field.municipality'), cell: (org) => org.municipality ?? '' },
          { id: 'county', header: t('organisations.field.county'), cell: (org) => countyName(org.county) ?? '' },
        ]}
        empty={t('organisations.admin.list.empty')}
      />
    </Page>
  );
}

interface Filters {
  q: string;
  type: string;
  county: string;
}

function OrganisationFilters({
  initial,
  filtered,
  onApply,
}: {
  initial: Filters;
  filtered: boolean;
  onApply: (filters: Filters) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filters>(initial);
  return (
    <form
      role="search"
      aria-label={t('organisations.admin.list.filters')}
      className="kp-filters"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <TextField
        name="q"
        type="search"
        label={t('organisations.admin.list.q')}
        value={draft.q}
        onChange={(e) => setDraft({ ...draft, q: e.target.value })}
      />
      <SelectField
        name="type"
        label={t('organisations.field.type')}
        placeholder={t('organisations.admin.list.anyType')}
        value={draft.type}
        onChange={(e) => setDraft({ ...draft, type: e.target.value })}
        options={ORGANISATION_TYPES.map((value) => ({ value, label: t(`organisations.type.${value}`) }))}
      />
      <SelectField
        name="county"
        label={t('organisations.field.county')}
        placeholder={t('organisations.admin.list.anyCounty')}
        value={draft.county}
        onChange={(e) => setDraft({ ...draft, county: e.target.value })}
        options={COUNTIES_BY_NAME.map((value) => ({ value, label: COUNTIES[value] }))}
      />
      <div className="kp-filters__buttons">
        <Button type="submit">{t('organisations.admin.list.apply')}</Button>
        {filtered ? (
          <Button asChild variant="tertiary">
            <Link to={pathTo(organisationPaths.admin.list)}>{t('organisations.admin.list.reset')}</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
