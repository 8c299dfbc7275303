import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { formatDate } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { MembershipTable, membershipContext, type Membership } from './MembershipTable.tsx';

type Confirm = { kind: 'reject' | 'remove'; membership: Membership };

/**
 * People linked to (or asking to join) the network's organisations: approve
 * as member or editor, reject, change between member and editor, remove.
 */
export function NetworkMemberships({ networkId }: { networkId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
            ? t('memberships.admin.approved', {
                ...who,
                role: t(`memberships.admin.roleInline.${variables.role ?? 'MEMBER'}`),
              })
            : t('memberships.admin.rejected', who),
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
        setStatus(
          t('memberships.admin.roleChanged', { ...who, role: t(`memberships.admin.roleInline.${variables.role}`) }),
        );
      },
      onSettled: () => setBusyId(null),
    }),
  );
  const remove = useMutation(
    trpc.memberships.remove.mutationOptions({
      onSuccess: async (_data, variables) => {
        const who = names(find(variables.membershipId));
        await refresh();
        setStatus(t('memberships.admin.removed', who));
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

  return (
    <Section title={t('networks.admin.memberships.heading')} headingRef={headingRef}>
      <Paragraph>{t('networks.admin.memberships.intro')}</Paragraph>
      <StatusMessage message={status} />
      {inlineError ? <SectionError error={inlineError} /> : null}
      <QueryView scope="section" query={list}>
        {(memberships) => (
          <>
            <MembershipTable
              title={t('networks.admin.pending.heading')}
              rows={memberships.filter((m) => m.status === 'PENDING')}
              zebra={false}
              columns={[
                {
                  id: 'note',
                  header: t('memberships.admin.col.note'),
                  cellClassName: 'kp-note',
                  cell: (m) => m.note ?? <span className="kp-muted">{t('admin.common.notGiven')}</span>,
                },
                {
                  id: 'requested',
                  header: t('memberships.admin.col.requested'),
                  cell: (m) => <time dateTime={m.requestedAt}>{formatDate(locale, m.requestedAt)}</time>,
                  sortValue: (m) => m.requestedAt,
                },
              ]}
              actions={(m) => (
                <>
                  <Button
                    type="button"
                    data-size="sm"
                    loading={busyId === m.id && decide.isPending && decide.variables?.role === 'MEMBER'}
                    onClick={() =>
                      act(m.id, () => decide.mutate({ membershipId: m.id, approve: true, role: 'MEMBER' }))
                    }
                  >
                    {t('memberships.admin.approveMember')}
                    {membershipContext(m)}
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
                    {t('memberships.admin.approveEditor')}
                    {membershipContext(m)}
                  </Button>
                  <DangerRowButton
                    onClick={() => {
                      decide.reset();
                      setConfirm({ kind: 'reject', membership: m });
                    }}
                  >
                    {t('memberships.admin.reject')}
                    {membershipContext(m)}
                  </DangerRowButton>
                </>
              )}
              empty={t('networks.admin.pending.empty')}
            />
            <MembershipTable
              title={t('networks.admin.approved.heading')}
              rows={memberships.filter((m) => m.status === 'APPROVED')}
              columns={[
                {
                  id: 'role',
                  header: t('memberships.admin.col.role'),
                  cell: (m) => (
                    <Tag data-color={m.role === 'EDITOR' ? 'accent' : 'neutral'} data-size="sm">
                      {t(`memberships.role.${m.role}`)}
                    </Tag>
                  ),
                  sortValue: (m) => t(`memberships.role.${m.role}`),
                },
              ]}
              actions={(m) => {
                const nextRole = m.role === 'EDITOR' ? 'MEMBER' : 'EDITOR';
                return (
                  <>
                    <Button
                      type="button"
                      variant="secondary"
                      data-size="sm"
                      loading={busyId === m.id && setRole.isPending}
                      onClick={() => act(m.id, () => setRole.mutate({ membershipId: m.id, role: nextRole }))}
                    >
                      {t(nextRole === 'EDITOR' ? 'memberships.admin.makeEditor' : 'memberships.admin.makeMember')}
                      {membershipContext(m)}
                    </Button>
                    <DangerRowButton
                      onClick={() => {
                        remove.reset();
                        setConfirm({ kind: 'remove', membership: m });
                      }}
                    >
                      {t('memberships.admin.remove')}
                      {membershipContext(m)}
                    </DangerRowButton>
                  </>
                );
              }}
              empty={t('networks.admin.approved.empty')}
            />
          </>
        )}
      </QueryView>
      {confirm?.kind === 'reject' ? (
        <ConfirmMutationDialog
          title={t('memberships.admin.rejectTitle', { person: confirm.membership.user.name })}
          confirmLabel={t('memberships.admin.rejectConfirm')}
          mutation={decide}
          onConfirm={() => decide.mutate({ membershipId: confirm.membership.id, approve: false, role: 'MEMBER' })}
          onCancel={() => setConfirm(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('memberships.admin.rejectText', names(confirm.membership))}
        </ConfirmMutationDialog>
      ) : null}
      {confirm?.kind === 'remove' ? (
        <ConfirmMutationDialog
          title={t('memberships.admin.removeTitle', { person: confirm.membership.user.name })}
          confirmLabel={t('memberships.admin.removeConfirm')}
          mutation={remove}
          onConfirm={() => remove.mutate({ membershipId: confirm.membership.id })}
          onCancel={() => setConfirm(null)}
          fallbackFocus={() => headingRef.current}
        >
          {t('memberships.admin.removeText', names(confirm.membership))}
        </ConfirmMutationDialog>
      ) : null}
    </Section>
  );
}
