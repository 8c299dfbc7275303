import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { organisationPaths, pathTo, peoplePaths } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, DataTable, QueryView, VisuallyHidden, useI18n, type DataTableColumn } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { formatDate } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

type Membership = AdminRouterOutputs['memberships']['forNetwork'][number];
type Confirm = { kind: 'reject' | 'remove'; membership: Membership };

/**
 * People linked to (or asking to join) the network's organisations: approve
 * as member or editor, reject, change between member and editor, remove.
 */
export function NetworkMemberships({ networkId }: { networkId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const account = useAccount();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const list = useQuery(trpc.memberships.forNetwork.queryOptions({ networkId }));

  const find = (id: string) => list.data?.find((m) => m.id === id);
  const names = (m: Membership | undefined) => ({
    person: m?.user.name ?? '',
    organisation: m?.organisation.name ?? '',
  });
  const refresh = () => queryClient.invalidateQueries(trpc.memberships.forNetwork.queryFilter({ networkId }));
  // The row whose button was pressed moves or disappears: keep focus in the section.
  const focusSection = () => headingRef.current?.focus();

  const decide = useMutation(
    trpc.memberships.decide.mutationOptions({
      onSuccess: async (_data, variables) => {
        const who = names(find(variables.membershipId));
        await refresh();
        setStatus(
          variables.approve
            ? t('admin.membership.approved', { ...who, role: t(`admin.role.inline.${variables.role ?? 'MEMBER'}`) })
            : t('admin.membership.rejected', who),
        );
        if (variables.approve) focusSection();
        setConfirm(null);
      },
      onSettled: () => setBusyId(null),
    }),
  );
  const setRole = useMutation(
    trpc.memberships.setRole.mutationOptions({
      onSuccess: async (_data, variables) => {
        const who = names(find(variables.membershipId));
        await refresh();
        setStatus(t('admin.membership.roleChanged', { ...who, role: t(`admin.role.inline.${variables.role}`) }));
      },
      onSettled: () => setBusyId(null),
    }),
  );
  const remove = useMutation(
    trpc.memberships.remove.mutationOptions({
      onSuccess: async (_data, variables) => {
        const who = names(find(variables.membershipId));
        await refresh();
        setStatus(t('admin.membership.removed', who));
        setConfirm(null);
      },
    }),
  );

  const act = (id: string, run: () => void) => {
    if (busyId) return;
    setStatus(null);
    setBusyId(id);
    run();
  };
  const inlineError = (decide.error && !confirm ? decide.error : null) ?? setRole.error;

  // The first two columns of both tables: who, and in which organisation.
  const personColumn: DataTableColumn<Membership> = {
    id: 'person',
    header: t('admin.membership.col.person'),
    rowHeader: true,
    cell: (m) => (
      <>
        {account.isAdmin ? (
          <AppLink to={pathTo(peoplePaths.admin.person, { userId: m.user.id })}>{m.user.name}</AppLink>
        ) : (
          <span className="kp-strong">{m.user.name}</span>
        )}
        <br />
        <span className="kp-muted">{m.user.email}</span>
      </>
    ),
    sortValue: (m) => m.user.name,
  };
  const organisationColumn: DataTableColumn<Membership> = {
    id: 'organisation',
    header: t('admin.membership.col.organisation'),
    cell: (m) => (
      <AppLink to={pathTo(organisationPaths.admin.organisation, { organisationId: m.organisation.id })}>
        {m.organisation.name}
      </AppLink>
    ),
    sortValue: (m) => m.organisation.name,
  };
  const context = (m: Membership) => <VisuallyHidden>{` – ${m.user.name}, ${m.organisation.name}`}</VisuallyHidden>;

  return (
    <Section title={t('admin.network.memberships.heading')} headingRef={headingRef}>
      <Paragraph>{t('admin.network.memberships.intro')}</Paragraph>
      <StatusMessage message={status} />
      {inlineError ? <SectionError error={inlineError} /> : null}
      <QueryView scope="section" query={list}>
        {(memberships) => (
          <>
            <Section title={t('admin.network.pending.heading')} level={3}>
              <DataTable
                caption={t('admin.network.pending.heading')}
                rows={memberships.filter((m) => m.status === 'PENDING')}
                rowKey={(m) => m.id}
                zebra={false}
                columns={[
                  personColumn,
                  organisationColumn,
                  {
                    id: 'note',
                    header: t('admin.membership.col.note'),
                    cellClassName: 'kp-note',
                    cell: (m) => m.note ?? <span className="kp-muted">{t('admin.common.notGiven')}</span>,
                  },
                  {
                    id: 'requested',
                    header: t('admin.membership.col.requested'),
                    cell: (m) => <time dateTime={m.requestedAt}>{formatDate(locale, m.requestedAt)}</time>,
                    sortValue: (m) => m.requestedAt,
                  },
                  {
                    id: 'actions',
                    header: t('admin.common.actions'),
                    cell: (m) => (
                      <div className="kp-row-actions">
                        <Button
                          type="button"
                          data-size="sm"
                          loading={busyId === m.id && decide.isPending && decide.variables?.role === 'MEMBER'}
                          onClick={() =>
                            act(m.id, () => decide.mutate({ membershipId: m.id, approve: true, role: 'MEMBER' }))
                          }
                        >
                          {t('admin.membership.approveMember')}
                          {context(m)}
                        </Button>
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          loading={busyId === m.id && decide.isPending && decide.variables?.role === 'EDITOR'}
                          onClick={() =>
                            act(m.id, () => decide.mutate({ membershipId: m.id, approve: true, role: 'EDITOR' }))
                          }
                        >
                          {t('admin.membership.approveEditor')}
                          {context(m)}
                        </Button>
                        <Button
                          type="button"
                          variant="tertiary"
                          data-color="danger"
                          data-size="sm"
                          onClick={() => {
                            decide.reset();
                            setConfirm({ kind: 'reject', membership: m });
                          }}
                        >
                          {t('admin.membership.reject')}
                          {context(m)}
                        </Button>
                      </div>
                    ),
                  },
                ]}
                empty={t('admin.network.pending.empty')}
              />
            </Section>
            <Section title={t('admin.network.approved.heading')} level={3}>
              <DataTable
                caption={t('admin.network.approved.heading')}
                rows={memberships.filter((m) => m.status === 'APPROVED')}
                rowKey={(m) => m.id}
                columns={[
                  personColumn,
                  organisationColumn,
                  {
                    id: 'role',
                    header: t('admin.membership.col.role'),
                    cell: (m) => (
                      <Tag data-color={m.role === 'EDITOR' ? 'accent' : 'neutral'} data-size="sm">
                        {t(`admin.role.${m.role}`)}
                      </Tag>
                    ),
                    sortValue: (m) => t(`admin.role.${m.role}`),
                  },
                  {
                    id: 'actions',
                    header: t('admin.common.actions'),
                    cell: (m) => {
                      const nextRole = m.role === 'EDITOR' ? 'MEMBER' : 'EDITOR';
                      return (
                        <div className="kp-row-actions">
                          <Button
                            type="button"
                            variant="secondary"
                            data-size="sm"
                            loading={busyId === m.id && setRole.isPending}
                            onClick={() => act(m.id, () => setRole.mutate({ membershipId: m.id, role: nextRole }))}
                          >
                            {t(nextRole === 'EDITOR' ? 'admin.membership.makeEditor' : 'admin.membership.makeMember')}
                            {context(m)}
                          </Button>
                          <Button
                            type="button"
                            variant="tertiary"
                            data-color="danger"
                            data-size="sm"
                            onClick={() => {
                              remove.reset();
                              setConfirm({ kind: 'remove', membership: m });
                            }}
                          >
                            {t('admin.membership.remove')}
                            {context(m)}
                          </Button>
                        </div>
                      );
                    },
                  },
                ]}
                empty={t('admin.network.approved.empty')}
              />
            </Section>
          </>
        )}
      </QueryView>
      {confirm?.kind === 'reject' ? (
        <ConfirmDialog
          title={t('admin.membership.rejectTitle', { person: confirm.membership.user.name })}
          confirmLabel={t('admin.membership.rejectConfirm')}
          danger
          pending={decide.isPending}
          error={decide.error ? describeError(decide.error, t).message : null}
          onConfirm={() => decide.mutate({ membershipId: confirm.membership.id, approve: false, role: 'MEMBER' })}
          onCancel={() => setConfirm(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('admin.membership.rejectText', names(confirm.membership))}
        </ConfirmDialog>
      ) : null}
      {confirm?.kind === 'remove' ? (
        <ConfirmDialog
          title={t('admin.membership.removeTitle', { person: confirm.membership.user.name })}
          confirmLabel={t('admin.membership.removeConfirm')}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ membershipId: confirm.membership.id })}
          onCancel={() => setConfirm(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('admin.membership.removeText', names(confirm.membership))}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
