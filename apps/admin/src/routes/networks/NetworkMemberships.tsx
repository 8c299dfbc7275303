import { useId, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { EmptyState, Loading, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmDialog } from '@knutepunkt/ui';
import { SectionError } from '../../components/PageStates.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
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
  const pendingCaption = useId();
  const approvedCaption = useId();
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

  const person = (m: Membership) => (
    <>
      {account.isAdmin ? (
        <AppLink to={`/personer/${m.user.id}`}>{m.user.name}</AppLink>
      ) : (
        <span className="kp-strong">{m.user.name}</span>
      )}
      <br />
      <span className="kp-muted">{m.user.email}</span>
    </>
  );
  const context = (m: Membership) => <VisuallyHidden>{` – ${m.user.name}, ${m.organisation.name}`}</VisuallyHidden>;

  const pending = list.data?.filter((m) => m.status === 'PENDING') ?? [];
  const approved = list.data?.filter((m) => m.status === 'APPROVED') ?? [];

  return (
    <Section title={t('admin.network.memberships.heading')} headingRef={headingRef}>
      <Paragraph>{t('admin.network.memberships.intro')}</Paragraph>
      <StatusMessage message={status} />
      {inlineError ? <SectionError error={inlineError} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <SectionError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <Section title={t('admin.network.pending.heading')} level={3}>
            {pending.length === 0 ? (
              <EmptyState message={t('admin.network.pending.empty')} />
            ) : (
              <TableScroll labelledBy={pendingCaption}>
                <Table>
                  <caption id={pendingCaption} className="ds-sr-only">
                    {t('admin.network.pending.heading')}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('admin.membership.col.person')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('admin.membership.col.organisation')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('admin.membership.col.note')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('admin.membership.col.requested')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('admin.common.actions')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {pending.map((m) => (
                      <Table.Row key={m.id}>
                        <Table.HeaderCell scope="row">{person(m)}</Table.HeaderCell>
                        <Table.Cell>
                          <AppLink to={`/organisasjoner/${m.organisation.id}`}>{m.organisation.name}</AppLink>
                        </Table.Cell>
                        <Table.Cell className="kp-note">
                          {m.note ?? <span className="kp-muted">{t('admin.common.notGiven')}</span>}
                        </Table.Cell>
                        <Table.Cell>
                          <time dateTime={m.requestedAt}>{formatDate(locale, m.requestedAt)}</time>
                        </Table.Cell>
                        <Table.Cell>
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
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
            )}
          </Section>
          <Section title={t('admin.network.approved.heading')} level={3}>
            {approved.length === 0 ? (
              <EmptyState message={t('admin.network.approved.empty')} />
            ) : (
              <TableScroll labelledBy={approvedCaption}>
                <Table zebra>
                  <caption id={approvedCaption} className="ds-sr-only">
                    {t('admin.network.approved.heading')}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('admin.membership.col.person')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('admin.membership.col.organisation')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('admin.membership.col.role')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('admin.common.actions')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {approved.map((m) => {
                      const nextRole = m.role === 'EDITOR' ? 'MEMBER' : 'EDITOR';
                      return (
                        <Table.Row key={m.id}>
                          <Table.HeaderCell scope="row">{person(m)}</Table.HeaderCell>
                          <Table.Cell>
                            <AppLink to={`/organisasjoner/${m.organisation.id}`}>{m.organisation.name}</AppLink>
                          </Table.Cell>
                          <Table.Cell>
                            <Tag data-color={m.role === 'EDITOR' ? 'accent' : 'neutral'} data-size="sm">
                              {t(`admin.role.${m.role}`)}
                            </Tag>
                          </Table.Cell>
                          <Table.Cell>
                            <div className="kp-row-actions">
                              <Button
                                type="button"
                                variant="secondary"
                                data-size="sm"
                                loading={busyId === m.id && setRole.isPending}
                                onClick={() => act(m.id, () => setRole.mutate({ membershipId: m.id, role: nextRole }))}
                              >
                                {t(
                                  nextRole === 'EDITOR' ? 'admin.membership.makeEditor' : 'admin.membership.makeMember',
                                )}
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
                          </Table.Cell>
                        </Table.Row>
                      );
                    })}
                  </Table.Body>
                </Table>
              </TableScroll>
            )}
          </Section>
        </>
      ) : null}
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
