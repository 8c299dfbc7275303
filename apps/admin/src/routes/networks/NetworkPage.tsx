import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryView } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
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
  const trpc = useTRPC();
  const flash = useFlash();
  const network = useQuery(trpc.networks.get.queryOptions({ networkId }));

  return (
    <QueryView query={network}>
      {(data) => (
        <Page title={data.name}>
          <StatusMessage message={flash} />
          <NetworkMemberships networkId={data.id} />
          <NetworkMembers network={data} />
          <NetworkCoordinators network={data} />
          <NetworkDetailsForm network={data} />
        </Page>
      )}
    </QueryView>
  );
}
