import { useQuery } from '@tanstack/react-query';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { networkPaths, pathTo } from '@knutepunkt/domain';
import { DataTable, useI18n } from '@knutepunkt/ui';
import { Link } from 'react-router';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { countyNames, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

/** /nettverk: admins see every network, coordinators their own. */
export function NetworkListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const networks = useQuery(trpc.networks.list.queryOptions());

  return (
    <Page
      title={t('admin.networks.title')}
      lead={
        <Paragraph>
          {account.isAdmin ? t('admin.networks.intro.admin') : t('admin.networks.intro.coordinator')}
        </Paragraph>
      }
      actions={
        account.isAdmin ? (
          <Button asChild variant="secondary">
            <Link to={pathTo(networkPaths.admin.create)}>{t('admin.networks.new')}</Link>
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('admin.networks.title')}
        query={networks}
        rows={networks.data}
        rowKey={(network) => network.id}
        // Every network is loaded at once, so the table can sort itself.
        columns={[
          {
            id: 'name',
            header: t('org.field.name'),
            rowHeader: true,
            cell: (network) => (
              <AppLink to={pathTo(networkPaths.admin.network, { networkId: network.id })}>{network.name}</AppLink>
            ),
            sortValue: (network) => network.name,
          },
          {
            id: 'counties',
            header: t('admin.field.counties'),
            cell: (network) => countyNames(network.counties) || t('admin.common.notGiven'),
          },
          {
            id: 'members',
            header: t('admin.networks.col.members'),
            className: 'kp-num',
            cell: (network) => formatNumber(locale, network.memberCount),
            sortValue: (network) => network.memberCount,
          },
        ]}
        empty={t('admin.networks.empty')}
        errorHeadingLevel={2}
      />
    </Page>
  );
}
