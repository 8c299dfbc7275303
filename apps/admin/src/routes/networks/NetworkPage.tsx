import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Loading, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { PageError } from '../../components/PageStates.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/useFlash.ts';
import { useTRPC } from '../../trpc.ts';
import { NetworkCoordinators } from './NetworkCoordinators.tsx';
import { NetworkDetailsForm } from './NetworkDetailsForm.tsx';
import { NetworkMembers } from './NetworkMembers.tsx';
import { NetworkMemberships } from './NetworkMemberships.tsx';

/**
 * /nettverk/:networkId: everything a coordinator does for a network, in the
 * order they most often need it: requests waiting, member organisations,
 * coordinators, and the network's own description.
 */
export function NetworkPage() {
  const { networkId = '' } = useParams();
  const { t } = useI18n();
  const trpc = useTRPC();
  const flash = useFlash();
  const network = useQuery(trpc.networks.get.queryOptions({ networkId }));

  if (network.isPending) return <Loading label={t('ui.loading')} />;
  if (network.isError) return <PageError error={network.error} onRetry={() => void network.refetch()} />;

  const data = network.data;
  return (
    <Page title={data.name}>
      <StatusMessage message={flash} />
      <NetworkMemberships networkId={data.id} />
      <NetworkMembers network={data} />
      <NetworkCoordinators network={data} />
      <NetworkDetailsForm network={data} />
    </Page>
  );
}
