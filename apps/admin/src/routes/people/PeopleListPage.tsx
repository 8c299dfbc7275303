import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { pathTo, peoplePaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PagedResultsTable } from '../../components/PagedResultsTable.tsx';
import { pageFromParams } from '../../components/Pager.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { formatDate } from '../../format.ts';
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
    <Page title={t('people.admin.list.title')} lead={<Paragraph>{t('people.admin.list.intro')}</Paragraph>}>
      <SearchForm
        key={q}
        id="people-search"
        label={t('people.admin.list.search')}
        initial={q}
        pending={list.isFetching}
        onSearch={(term) => setParams(term ? { q: term } : {})}
      />
      <PagedResultsTable
        caption={t('people.admin.list.title')}
        list={list}
        searchParams={params}
        rowKey={(person) => person.id}
        columns={[
          {
            id: 'name',
            header: t('organisations.field.name'),
            rowHeader: true,
            cell: (person) => (
              <AppLink to={pathTo(peoplePaths.admin.person, { userId: person.id })}>{person.name}</AppLink>
            ),
          },
          { id: 'email', header: t('organisations.field.email'), cell: (person) => person.email },
          {
            id: 'roles',
            header: t('people.admin.list.col.roles'),
            cell: (person) =>
              person.isAdmin ? (
                <Tag data-color="accent" data-size="sm">
                  {t('people.admin.admin')}
                </Tag>
              ) : null,
          },
          {
            id: 'account',
            header: t('people.admin.list.col.account'),
            cell: (person) =>
              person.disabledAt ? (
                <Tag data-color="danger" data-size="sm">
                  {t('people.admin.disabled')}
                </Tag>
              ) : (
                t('people.admin.active')
              ),
          },
          {
            id: 'registered',
            header: t('people.admin.list.col.registered'),
            cell: (person) => <time dateTime={person.createdAt}>{formatDate(locale, person.createdAt)}</time>,
          },
        ]}
        empty={t('people.admin.list.empty')}
      />
    </Page>
  );
}
