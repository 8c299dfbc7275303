import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { organisationPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataTable, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { AddFromSearch } from '../../components/AddFromSearch.tsx';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { countyName } from '../../format.ts';
import { useTRPC, useTRPCClient } from '../../trpc.ts';

type Network = AdminRouterOutputs['networks']['get'];
type Member = Network['members'][number];

/** The network's member organisations: remove one (after asking), or find and add one. */
export function NetworkMembers({ network }: { network: Network }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.networks.get.queryFilter({ networkId: network.id })),
      queryClient.invalidateQueries(trpc.networks.list.queryFilter()),
      // Who may be approved depends on which organisations are in the network.
      queryClient.invalidateQueries(trpc.memberships.forNetwork.queryFilter({ networkId: network.id })),
    ]);

  const remove = useMutation(
    trpc.networks.removeMember.mutationOptions({
      onSuccess: async (_data, variables) => {
        const name = network.members.find((m) => m.id === variables.organisationId)?.name ?? '';
        await refresh();
        setStatus(t('networks.admin.members.removed', { name }));
        setRemoving(null);
      },
    }),
  );

  return (
    <Section title={t('networks.admin.members.heading')} headingRef={headingRef}>
      <StatusMessage message={status} />
      <DataTable
        caption={t('networks.admin.members.heading')}
        rows={network.members}
        rowKey={(member) => member.id}
        columns={[
          {
            id: 'name',
            header: t('organisations.field.name'),
            rowHeader: true,
            cell: (member) => (
              <AppLink to={pathTo(organisationPaths.admin.organisation, { organisationId: member.id })}>
                {member.name}
              </AppLink>
            ),
            sortValue: (member) => member.name,
          },
          {
            id: 'type',
            header: t('organisations.field.type'),
            cell: (member) => t(`organisations.type.${member.type}`),
            sortValue: (member) => t(`organisations.type.${member.type}`),
          },
          {
            id: 'county',
            header: t('organisations.field.county'),
            cell: (member) => countyName(member.county) ?? t('admin.common.notGiven'),
            sortValue: (member) => countyName(member.county),
          },
          {
            id: 'actions',
            header: t('admin.common.actions'),
            cell: (member) => (
              <DangerRowButton
                onClick={() => {
                  remove.reset();
                  setRemoving(member);
                }}
              >
                {t('admin.common.remove')}
                <VisuallyHidden> {member.name}</VisuallyHidden>
              </DangerRowButton>
            ),
          },
        ]}
        empty={t('networks.admin.members.empty')}
      />
      {removing ? (
        <ConfirmMutationDialog
          title={t('networks.admin.members.confirmTitle', { name: removing.name })}
          confirmLabel={t('networks.admin.members.confirm')}
          mutation={remove}
          onConfirm={() => remove.mutate({ networkId: network.id, organisationId: removing.id })}
          onCancel={() => setRemoving(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('networks.admin.members.confirmText')}
        </ConfirmMutationDialog>
      ) : null}
      <AddOrganisation
        network={network}
        onAdded={(name) => setStatus(t('networks.admin.members.added', { name }))}
        refresh={refresh}
      />
    </Section>
  );
}

function AddOrganisation({
  network,
  onAdded,
  refresh,
}: {
  network: Network;
  onAdded: (name: string) => void;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [term, setTerm] = useState('');
  const results = useQuery({
    ...trpc.organisations.list.queryOptions({ q: term, page: 1, pageSize: 10 }),
    enabled: term !== '',
  });
  const memberIds = new Set(network.members.map((m) => m.id));

  return (
    <AddFromSearch
      title={t('networks.admin.addOrg.heading')}
      searchId="network-org-search"
      searchLabel={t('networks.admin.addOrg.search')}
      searchDescription={t('networks.admin.addOrg.description')}
      term={term}
      onSearch={setTerm}
      results={results}
      add={(org) => client.networks.addMember.mutate({ networkId: network.id, organisationId: org.id })}
      onAdded={async (org) => {
        await refresh();
        onAdded(org.name);
      }}
      empty={t('networks.admin.addOrg.noResults')}
      label={t('networks.admin.addOrg.results')}
      describe={(org) => ` · ${t(`organisations.type.${org.type}`)}${org.municipality ? ` · ${org.municipality}` : ''}`}
      isChosen={(org) => memberIds.has(org.id)}
      chosenText={t('networks.admin.addOrg.already')}
      addLabel={t('admin.common.add')}
    />
  );
}
