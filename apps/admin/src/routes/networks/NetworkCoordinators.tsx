import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { pathTo, peoplePaths } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, DataList, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { PickList } from '../../components/PickList.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';

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
        setStatus(t('admin.network.coordinators.removed', { name }));
        setRemoving(null);
      },
    }),
  );

  return (
    <Section title={t('admin.network.coordinators.heading')} headingRef={headingRef}>
      <StatusMessage message={status} />
      <DataList
        items={network.coordinators}
        itemKey={(person) => person.id}
        ordered={false}
        className="kp-picklist"
        itemClassName="kp-picklist__item"
        empty={t('admin.network.coordinators.empty')}
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
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => {
                  remove.reset();
                  setRemoving(person);
                }}
              >
                {t('admin.common.remove')}
                <VisuallyHidden> {person.name}</VisuallyHidden>
              </Button>
            ) : null}
          </>
        )}
      />
      {removing ? (
        <ConfirmDialog
          title={t('admin.network.coordinators.confirmTitle', { name: removing.name })}
          confirmLabel={t('admin.network.coordinators.confirm')}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ networkId: network.id, userId: removing.id })}
          onCancel={() => setRemoving(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('admin.network.coordinators.confirmText', { name: removing.name })}
        </ConfirmDialog>
      ) : null}
      {account.isAdmin ? (
        <AddCoordinator
          network={network}
          refresh={refresh}
          onAdded={(name) => setStatus(t('admin.network.coordinators.added', { name }))}
        />
      ) : (
        <Paragraph data-size="sm">{t('admin.network.coordinators.adminOnly')}</Paragraph>
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
  const [term, setTerm] = useState('');
  const [addingId, setAddingId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const results = useQuery({ ...trpc.people.list.queryOptions({ q: term, page: 1 }), enabled: term !== '' });
  const coordinatorIds = new Set(network.coordinators.map((c) => c.id));

  const add = useMutation(
    trpc.networks.addCoordinator.mutationOptions({
      onSuccess: async (_data, variables) => {
        await refresh();
        onAdded(results.data?.items.find((p) => p.id === variables.userId)?.name ?? '');
        inputRef.current?.focus();
      },
      onSettled: () => setAddingId(null),
    }),
  );

  return (
    <Section title={t('admin.network.addCoordinator.heading')} level={3}>
      <SearchForm
        id="network-person-search"
        label={t('admin.network.addCoordinator.search')}
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
        empty={t('admin.network.addCoordinator.noResults')}
        label={t('admin.network.addCoordinator.results')}
        describe={(person) => ` · ${person.email}`}
        isChosen={(person) => coordinatorIds.has(person.id)}
        chosenText={t('admin.network.addCoordinator.already')}
        addLabel={t('admin.network.addCoordinator.add')}
        addingId={addingId}
        onAdd={(person) => {
          if (add.isPending) return;
          setAddingId(person.id);
          add.mutate({ networkId: network.id, userId: person.id });
        }}
      />
    </Section>
  );
}
