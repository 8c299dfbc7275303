import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@digdir/designsystemet-react';
import { organisationPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, DataTable, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { PickList } from '../../components/PickList.tsx';
import { describeError } from '../../errors.ts';
import { countyName } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

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
        setStatus(t('admin.network.members.removed', { name }));
        setRemoving(null);
      },
    }),
  );

  return (
    <Section title={t('admin.network.members.heading')} headingRef={headingRef}>
      <StatusMessage message={status} />
      <DataTable
        caption={t('admin.network.members.heading')}
        rows={network.members}
        rowKey={(member) => member.id}
        columns={[
          {
            id: 'name',
            header: t('org.field.name'),
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
            header: t('org.field.type'),
            cell: (member) => t(`org.type.${member.type}`),
            sortValue: (member) => t(`org.type.${member.type}`),
          },
          {
            id: 'county',
            header: t('org.field.county'),
            cell: (member) => countyName(member.county) ?? t('admin.common.notGiven'),
            sortValue: (member) => countyName(member.county),
          },
          {
            id: 'actions',
            header: t('admin.common.actions'),
            cell: (member) => (
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => {
                  remove.reset();
                  setRemoving(member);
                }}
              >
                {t('admin.common.remove')}
                <VisuallyHidden> {member.name}</VisuallyHidden>
              </Button>
            ),
          },
        ]}
        empty={t('admin.network.members.empty')}
      />
      {removing ? (
        <ConfirmDialog
          title={t('admin.network.members.confirmTitle', { name: removing.name })}
          confirmLabel={t('admin.network.members.confirm')}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ networkId: network.id, organisationId: removing.id })}
          onCancel={() => setRemoving(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('admin.network.members.confirmText')}
        </ConfirmDialog>
      ) : null}
      <AddOrganisation
        network={network}
        onAdded={(name) => setStatus(t('admin.network.members.added', { name }))}
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
  const [term, setTerm] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const results = useQuery({
    ...trpc.organisations.list.queryOptions({ q: term, page: 1, pageSize: 10 }),
    enabled: term !== '',
  });
  const memberIds = new Set(network.members.map((m) => m.id));
  const [addingId, setAddingId] = useState<string | null>(null);

  const add = useMutation(
    trpc.networks.addMember.mutationOptions({
      onSuccess: async (_data, variables) => {
        await refresh();
        const name = results.data?.items.find((o) => o.id === variables.organisationId)?.name ?? '';
        onAdded(name);
        // The button just pressed becomes "Allerede med": put focus somewhere useful.
        inputRef.current?.focus();
      },
      onSettled: () => setAddingId(null),
    }),
  );

  return (
    <Section title={t('admin.network.addOrg.heading')} level={3}>
      <SearchForm
        id="network-org-search"
        label={t('admin.network.addOrg.search')}
        description={t('admin.network.addOrg.description')}
        onSearch={setTerm}
        pending={results.isFetching}
        inputRef={inputRef}
      />
      {add.error ? <SectionError error={add.error} /> : null}
      <PickList
        query={term !== '' ? results : undefined}
        items={results.data?.items}
        status={results.data ? t('admin.common.results', { count: results.data.total }) : null}
        statusSize="sm"
        loadingLabel={t('admin.common.searching')}
        empty={t('admin.network.addOrg.noResults')}
        label={t('admin.network.addOrg.results')}
        describe={(org) => ` · ${t(`org.type.${org.type}`)}${org.municipality ? ` · ${org.municipality}` : ''}`}
        isChosen={(org) => memberIds.has(org.id)}
        chosenText={t('admin.network.addOrg.already')}
        addLabel={t('admin.common.add')}
        addingId={addingId}
        onAdd={(org) => {
          if (add.isPending) return;
          setAddingId(org.id);
          add.mutate({ networkId: network.id, organisationId: org.id });
        }}
      />
    </Section>
  );
}
