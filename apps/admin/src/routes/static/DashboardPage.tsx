import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { auditPaths, networkPaths, organisationPaths, pathTo, peoplePaths } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { ReviewWaiting } from '../practice/ReviewWaiting.tsx';

/** /: the person's networks with what waits for them, and shortcuts to the rest. */
export function DashboardPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const networks = useQuery(trpc.networks.list.queryOptions());
  const memberships = useQueries({
    queries: (networks.data ?? []).map((network) =>
      trpc.memberships.forNetwork.queryOptions({ networkId: network.id }),
    ),
  });

  const pendingLine = (index: number) => {
    const query = memberships[index];
    if (!query || query.isPending) return t('ui.loading');
    if (query.isError) return t('admin.dashboard.pendingUnknown');
    const count = query.data.filter((m) => m.status === 'PENDING').length;
    return t('admin.dashboard.pending', { count: formatNumber(locale, count) });
  };

  return (
    <Page
      title={t('admin.dashboard.title')}
      lead={<Paragraph>{t('admin.dashboard.welcome', { name: account.name })}</Paragraph>}
    >
      <Section title={account.isAdmin ? t('admin.dashboard.allNetworks') : t('admin.dashboard.myNetworks')}>
        <QueryView
          scope="section"
          query={networks}
          isEmpty={(list) => list.length === 0}
          empty={t('admin.dashboard.noNetworks')}
        >
          {(list) => (
            <ul className="kp-cards">
              {list.map((network, index) => {
                const pending = memberships[index]?.data?.filter((m) => m.status === 'PENDING').length ?? 0;
                return (
                  <li key={network.id}>
                    <Card
                      data-color={pending > 0 ? 'warning' : 'neutral'}
                      variant={pending > 0 ? 'tinted' : 'default'}
                      className="kp-card"
                    >
                      <Heading level={3} data-size="xs">
                        <AppLink to={pathTo(networkPaths.admin.network, { networkId: network.id })}>
                          {network.name}
                        </AppLink>
                      </Heading>
                      <Paragraph data-size="sm">
                        {t('admin.dashboard.members', { count: formatNumber(locale, network.memberCount) })}
                      </Paragraph>
                      <Paragraph data-size="sm" className={pending > 0 ? 'kp-strong' : undefined}>
                        {pendingLine(index)}
                      </Paragraph>
                    </Card>
                  </li>
                );
              })}
            </ul>
          )}
        </QueryView>
      </Section>
      <ReviewWaiting />
      <Section title={t('admin.dashboard.quickLinks')}>
        <ul className="kp-links">
          <li>
            <AppLink to={pathTo(organisationPaths.admin.list)}>{t('admin.dashboard.link.organisations')}</AppLink>
          </li>
          {account.isAdmin ? (
            <>
              <li>
                <AppLink to={pathTo(organisationPaths.admin.create)}>
                  {t('admin.dashboard.link.newOrganisation')}
                </AppLink>
              </li>
              <li>
                <AppLink to={pathTo(networkPaths.admin.create)}>{t('admin.dashboard.link.newNetwork')}</AppLink>
              </li>
              <li>
                <AppLink to={pathTo(peoplePaths.admin.list)}>{t('admin.dashboard.link.people')}</AppLink>
              </li>
              <li>
                <AppLink to={pathTo(auditPaths.admin.log)}>{t('admin.dashboard.link.audit')}</AppLink>
              </li>
            </>
          ) : null}
        </ul>
      </Section>
    </Page>
  );
}
