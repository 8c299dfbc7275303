import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { NetworkList } from './NetworkList.tsx';

/** All networks on the platform. */
export function NetworkListPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.networks.list.queryOptions());
  return (
    <QueryView query={query}>
      {(networks) => (
        <Page title={t('networks.web.list.title')} meta={{ description: t('networks.web.list.intro') }}>
          <Paragraph>{t('networks.web.list.intro')}</Paragraph>
          {networks.length === 0 ? <EmptyState /> : <NetworkList networks={networks} />}
        </Page>
      )}
    </QueryView>
  );
}
