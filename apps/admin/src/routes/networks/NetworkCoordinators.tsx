import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@digdir/designsystemet-react';
import { pathTo, peoplePaths } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataList, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { AddFromSearch } from '../../components/AddFromSearch.tsx';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC, useTRPCClient } from '../../trpc.ts';

type Network = AdminRouterOutputs['networks']['get'];
type Coordinator = Network['coordinators'][number];

/** Who coordinates the network. Admins appoint and remove coordinators; coordinators see who they work with. */
export function NetworkCoordinators({ network }: { network: Network }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const account = useAccount();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Coordinator | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.networks.get.queryFilter({ networkId: network.id })),
      // Being made (or unmade) coordinator changes what that person's own pages show.
      queryClient.invalidateQueries(trpc.account.me.queryFilter()),
      queryClient.invalidateQueries(trpc.networks.list.queryFilter()),
    ]);

  const remove = useMutation(
    trpc.networks.removeCoordinator.mutationOptions({
      onSuccess: async (_data, variables) => {
        const name = network.coordinators.find((c) => c.id === variables.userId)?.name ?? '';
        await refresh();
        setStatus(t('networks.admin.coordinators.removed', { name }));
        setRemoving(null);
      },
    }),
  );

  return (
    <Section title={t('networks.admin.coordinators.heading')} headingRef={headingRef}>
      <StatusMessage message={status} />
      <DataList
        items={network.coordinators}
        itemKey={(person) => person.id}
        ordered={false}
        className="kp-picklist"
        itemClassName="kp-picklist__item"
        empty={t('networks.admin.coordinators.empty')}
        renderItem={(person) => (
          <>
            <div>
              {account.isAdmin ? (
                <AppLink to={pathTo(peoplePaths.admin.person, { userId: person.id })}>{person.name}</AppLink>
              ) : (
                <span className="kp-strong">{person.name}</span>
              )}
              <span className="kp-muted"> · {person.email}</span>
            </div>
            {account.isAdmin ? (
              <DangerRowButton
                onClick={() => {
                  remove.reset();
                  setRemoving(person);
                }}
              >
                {t('admin.common.remove')}
                <VisuallyHidden> {person.name}</VisuallyHidden>
              </DangerRowButton>
            ) : null}
          </>
        )}
      />
      {removing ? (
        <ConfirmMutationDialog
          title={t('networks.admin.coordinators.confirmTitle', { name: removing.name })}
          confirmLabel={t('networks.admin.coordinators.confirm')}
          mutation={remove}
          onConfirm={() => remove.mutate({ networkId: network.id, userId: removing.id })}
          onCancel={() => setRemoving(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('networks.admin.coordinators.confirmText', { name: removing.name })}
        </ConfirmMutationDialog>
      ) : null}
      {account.isAdmin ? (
        <AddCoordinator
          network={network}
          refresh={refresh}
          onAdded={(name) => setStatus(t('networks.admin.coordinators.added', { name }))}
        />
      ) : (
        <Paragraph data-size="sm">{t('networks.admin.coordinators.adminOnly')}</Paragraph>
      )}
    </Section>
  );
}

function AddCoordinator({
  network,
  refresh,
  onAdded,
}: {
  network: Network;
  refresh: () => Promise<unknown>;
  onAdded: (name: string) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [term, setTerm] = useState('');
  const results = useQuery({ ...trpc.people.list.queryOptions({ q: term, page: 1 }), enabled: term !== '' });
  const coordinatorIds = new Set(network.coordinators.map((c) => c.id));

  return (
    <AddFromSearch
      title={t('networks.admin.addCoordinator.heading')}
      searchId="network-person-search"
      searchLabel={t('networks.admin.addCoordinator.search')}
      term={term}
      onSearch={setTerm}
      results={results}
      add={(person) => client.networks.addCoordinator.mutate({ networkId: network.id, userId: person.id })}
      onAdded={async (person) => {
        await refresh();
        onAdded(person.name);
      }}
      empty={t('networks.admin.addCoordinator.noResults')}
      label={t('networks.admin.addCoordinator.results')}
      describe={(person) => ` · ${person.email}`}
      isChosen={(person) => coordinatorIds.has(person.id)}
      chosenText={t('networks.admin.addCoordinator.already')}
      addLabel={t('networks.admin.addCoordinator.add')}
    />
  );
}
