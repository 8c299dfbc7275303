import { useId, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { COUNTIES, COUNTY_CODES, ORGANISATION_TYPES, type CountyCode, type OrganisationType } from '@knutepunkt/domain';
import { EmptyState, Loading, SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { COUNTIES_BY_NAME } from '../../components/CountiesFieldset.tsx';
import { Page } from '../../components/Page.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { Pager, pageFromParams } from '../../components/Pager.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { countyName, formatNumber } from '../../format.ts';
import { useFlash } from '../../components/useFlash.ts';
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
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const flash = useFlash();
  const captionId = useId();
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
            <Link to="/organisasjoner/ny">{t('organisations.admin.list.new')}</Link>
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

      <div role="status" className="kp-status">
        {list.data ? (
          <Paragraph>{t('admin.common.results', { count: formatNumber(locale, list.data.total) })}</Paragraph>
        ) : null}
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <SectionError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState message={t('organisations.admin.list.empty')} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <TableScroll labelledBy={captionId}>
            <Table zebra>
              <caption id={captionId} className="ds-sr-only">
                {t('organisations.admin.list.title')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('organisations.field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('organisations.field.type')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('organisations.field.municipality')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('organisations.field.county')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.data.items.map((org) => (
                  <Table.Row key={org.id}>
                    <Table.HeaderCell scope="row">
                      <AppLink to={`/organisasjoner/${org.id}`}>{org.name}</AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{t(`organisations.type.${org.type}`)}</Table.Cell>
                    <Table.Cell>{org.municipality ?? ''}</Table.Cell>
                    <Table.Cell>{countyName(org.county) ?? ''}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} searchParams={params} />
        </>
      ) : null}
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
            <Link to="/organisasjoner">{t('organisations.admin.list.reset')}</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
