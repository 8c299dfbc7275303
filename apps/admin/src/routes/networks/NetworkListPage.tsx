import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { EmptyState, Loading, useI18n } from '@knutepunkt/ui';
import { Link } from 'react-router';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { countyNames, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

/** /nettverk: admins see every network, coordinators their own. */
export function NetworkListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const networks = useQuery(trpc.networks.list.queryOptions());
  const captionId = useId();

  return (
    <Page
      title={t('networks.admin.list.title')}
      lead={
        <Paragraph>
          {account.isAdmin ? t('networks.admin.list.intro.admin') : t('networks.admin.list.intro.coordinator')}
        </Paragraph>
      }
      actions={
        account.isAdmin ? (
          <Button asChild variant="secondary">
            <Link to="/nettverk/ny">{t('networks.admin.list.new')}</Link>
          </Button>
        ) : null
      }
    >
      {networks.isPending ? <Loading /> : null}
      {networks.isError ? (
        <SectionError error={networks.error} onRetry={() => void networks.refetch()} headingLevel={2} />
      ) : null}
      {networks.data?.length === 0 ? <EmptyState message={t('networks.admin.list.empty')} /> : null}
      {networks.data && networks.data.length > 0 ? (
        <TableScroll labelledBy={captionId}>
          <Table zebra>
            <caption id={captionId} className="ds-sr-only">
              {t('networks.admin.list.title')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('organisations.field.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.field.counties')}</Table.HeaderCell>
                <Table.HeaderCell className="kp-num">{t('networks.admin.list.col.members')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {networks.data.map((network) => (
                <Table.Row key={network.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`/nettverk/${network.id}`}>{network.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{countyNames(network.counties) || t('admin.common.notGiven')}</Table.Cell>
                  <Table.Cell className="kp-num">{formatNumber(locale, network.memberCount)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </Page>
  );
}
