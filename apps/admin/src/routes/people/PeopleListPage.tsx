import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { pathTo, peoplePaths } from '@knutepunkt/domain';
import { DataTable, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager, pageFromParams } from '../../components/Pager.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

/** /personer?q=&side= (admins): find a person by name or e-mail. */
export function PeopleListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = pageFromParams(params);
  const list = useQuery({
    ...trpc.people.list.queryOptions({ q: q || undefined, page }),
    placeholderData: keepPreviousData,
  });

  return (
    <Page title={t('admin.people.title')} lead={<Paragraph>{t('admin.people.intro')}</Paragraph>}>
      <SearchForm
        key={q}
        id="people-search"
        label={t('admin.people.search')}
        initial={q}
        pending={list.isFetching}
        onSearch={(term) => setParams(term ? { q: term } : {})}
      />
      <DataTable
        caption={t('admin.people.title')}
        query={list}
        rows={list.data?.items}
        rowKey={(person) => person.id}
        // A page of the server's results: sorting it would mislead, so no column sorts.
        columns={[
          {
            id: 'name',
            header: t('org.field.name'),
            rowHeader: true,
            cell: (person) => (
              <AppLink to={pathTo(peoplePaths.admin.person, { userId: person.id })}>{person.name}</AppLink>
            ),
          },
          { id: 'email', header: t('org.field.email'), cell: (person) => person.email },
          {
            id: 'roles',
            header: t('admin.people.col.roles'),
            cell: (person) =>
              person.isAdmin ? (
                <Tag data-color="accent" data-size="sm">
                  {t('admin.person.admin')}
                </Tag>
              ) : null,
          },
          {
            id: 'account',
            header: t('admin.people.col.account'),
            cell: (person) =>
              person.disabledAt ? (
                <Tag data-color="danger" data-size="sm">
                  {t('admin.person.disabled')}
                </Tag>
              ) : (
                t('admin.person.active')
              ),
          },
          {
            id: 'registered',
            header: t('admin.people.col.registered'),
            cell: (person) => <time dateTime={person.createdAt}>{formatDate(locale, person.createdAt)}</time>,
          },
        ]}
        status={list.data ? t('admin.common.results', { count: formatNumber(locale, list.data.total) }) : null}
        empty={t('admin.people.empty')}
        errorHeadingLevel={2}
        pagination={
          list.data ? (
            <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} searchParams={params} />
          ) : null
        }
      />
    </Page>
  );
}
