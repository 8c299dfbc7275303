import { useId, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { EmptyState, Loading, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmDialog } from '@knutepunkt/ui';
import { SectionError } from '../../components/PageStates.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
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
  const captionId = useId();
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
      {network.members.length === 0 ? (
        <EmptyState message={t('admin.network.members.empty')} />
      ) : (
        <TableScroll labelledBy={captionId}>
          <Table zebra>
            <caption id={captionId} className="ds-sr-only">
              {t('admin.network.members.heading')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('org.field.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('org.field.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('org.field.county')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {network.members.map((member) => (
                <Table.Row key={member.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`/organisasjoner/${member.id}`}>{member.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{t(`org.type.${member.type}`)}</Table.Cell>
                  <Table.Cell>{countyName(member.county) ?? t('admin.common.notGiven')}</Table.Cell>
                  <Table.Cell>
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
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
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
      <div role="status" className="kp-status">
        {results.data ? (
          <Paragraph data-size="sm">{t('admin.common.results', { count: results.data.total })}</Paragraph>
        ) : null}
      </div>
      {term !== '' && results.isPending ? <Loading label={t('admin.common.searching')} /> : null}
      {results.isError ? <SectionError error={results.error} onRetry={() => void results.refetch()} /> : null}
      {results.data && results.data.items.length === 0 ? (
        <EmptyState message={t('admin.network.addOrg.noResults')} />
      ) : null}
      {results.data && results.data.items.length > 0 ? (
        <PickList
          items={results.data.items}
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
      ) : null}
    </Section>
  );
}
