import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { DataTable, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { formatDays } from './days.ts';

/** /konferanse: the editions the person may edit (every one, for an admin), newest first. */
export function ConferenceListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const editions = useQuery(trpc.conference.editions.queryOptions());

  return (
    <Page
      title={t('conference.admin.list.title')}
      lead={<Paragraph>{t('conference.admin.list.intro')}</Paragraph>}
      actions={
        account.isAdmin || account.coordinatorOf.length > 0 ? (
          <Button asChild variant="secondary">
            <Link to={pathTo(conferencePaths.admin.create)}>{t('conference.admin.list.new')}</Link>
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('conference.admin.list.title')}
        query={editions}
        rows={editions.data}
        rowKey={(e) => e.id}
        columns={[
          {
            id: 'title',
            header: t('conference.admin.list.col.title'),
            rowHeader: true,
            cell: (e) => <AppLink to={pathTo(conferencePaths.admin.edition, { editionId: e.id })}>{e.title}</AppLink>,
            sortValue: (e) => e.title,
          },
          { id: 'subtitle', header: t('conference.admin.list.col.subtitle'), cell: (e) => e.subtitle },
          {
            id: 'when',
            header: t('conference.admin.list.col.when'),
            cell: (e) => formatDays(locale, e.startsOn, e.endsOn),
            sortValue: (e) => e.startsOn,
          },
        ]}
        empty={t('conference.admin.list.empty')}
        errorHeadingLevel={2}
      />
    </Page>
  );
}
