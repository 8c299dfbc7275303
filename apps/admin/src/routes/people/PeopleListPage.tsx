import { useId } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { EmptyState, Loading, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { Pager, pageFromParams } from '../../components/Pager.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

/** /personer?q=&side= (admins): find a person by name or e-mail. */
export function PeopleListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const captionId = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = pageFromParams(params);
  const list = useQuery({
    ...trpc.people.list.queryOptions({ q: q || undefined, page }),
    placeholderData: keepPreviousData,
  });

  return (
    <Page title={t('people.admin.list.title')} lead={<Paragraph>{t('people.admin.list.intro')}</Paragraph>}>
      <SearchForm
        key={q}
        id="people-search"
        label={t('people.admin.list.search')}
        initial={q}
        pending={list.isFetching}
        onSearch={(term) => setParams(term ? { q: term } : {})}
      />
      <div role="status" className="kp-status">
        {list.data ? (
          <Paragraph>{t('admin.common.results', { count: formatNumber(locale, list.data.total) })}</Paragraph>
        ) : null}
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <SectionError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState message={t('people.admin.list.empty')} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <TableScroll labelledBy={captionId}>
            <Table zebra>
              <caption id={captionId} className="ds-sr-only">
                {t('people.admin.list.title')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('organisations.field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('organisations.field.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('people.admin.list.col.roles')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('people.admin.list.col.account')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('people.admin.list.col.registered')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.data.items.map((person) => (
                  <Table.Row key={person.id}>
                    <Table.HeaderCell scope="row">
                      <AppLink to={`/personer/${person.id}`}>{person.name}</AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{person.email}</Table.Cell>
                    <Table.Cell>
                      {person.isAdmin ? (
                        <Tag data-color="accent" data-size="sm">
                          {t('people.admin.admin')}
                        </Tag>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>
                      {person.disabledAt ? (
                        <Tag data-color="danger" data-size="sm">
                          {t('people.admin.disabled')}
                        </Tag>
                      ) : (
                        t('people.admin.active')
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <time dateTime={person.createdAt}>{formatDate(locale, person.createdAt)}</time>
                    </Table.Cell>
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
