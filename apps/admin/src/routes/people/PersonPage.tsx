import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { LOCALE_NAMES, networkPaths, organisationPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { PersonPasswordReset } from './PersonPasswordReset.tsx';

type Person = AdminRouterOutputs['people']['get'];
type Confirm = 'grant' | 'revoke' | 'disable' | 'enable';

/** /personer/:userId (admins): a person's links, the admin role, and disabling the account. */
export function PersonPage() {
  const { userId = '' } = useParams();
  const trpc = useTRPC();
  // Each look-up is logged on the server as a read of personal data: do not refetch it in the background.
  const person = useQuery({ ...trpc.people.get.queryOptions({ userId }), staleTime: Infinity });

  return <QueryView query={person}>{(data) => <PersonDetails person={data} />}</QueryView>;
}

function PersonDetails({ person }: { person: Person }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const account = useAccount();
  const self = account.id === person.id;
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const refresh = async (updated: Partial<Person>) => {
    queryClient.setQueryData(trpc.people.get.queryKey({ userId: person.id }), (old) =>
      old ? { ...old, ...updated } : old,
    );
    await queryClient.invalidateQueries(trpc.people.list.queryFilter());
  };
  const setAdmin = useMutation(
    trpc.people.setAdmin.mutationOptions({
      onSuccess: async (after) => {
        await refresh({ isAdmin: after.isAdmin });
        setStatus(t(after.isAdmin ? 'people.admin.role.granted' : 'people.admin.role.revoked', { name: person.name }));
        setConfirm(null);
      },
    }),
  );
  const setDisabled = useMutation(
    trpc.people.setDisabled.mutationOptions({
      onSuccess: async (after) => {
        await refresh({ disabledAt: after.disabledAt });
        setStatus(
          t(after.disabledAt ? 'people.admin.account.disabledDone' : 'people.admin.account.enabledDone', {
            name: person.name,
          }),
        );
        setConfirm(null);
      },
    }),
  );

  const open = (kind: Confirm) => {
    setAdmin.reset();
    setDisabled.reset();
    setStatus(null);
    setConfirm(kind);
  };

  const dialogs: Record<
    Confirm,
    {
      title: string;
      text: string;
      confirm: string;
      danger: boolean;
      run: () => void;
      mutation: typeof setAdmin | typeof setDisabled;
    }
  > = {
    grant: {
      title: t('people.admin.role.grantTitle', { name: person.name }),
      text: t('people.admin.role.grantText'),
      confirm: t('people.admin.role.grantConfirm'),
      danger: false,
      run: () => setAdmin.mutate({ userId: person.id, isAdmin: true }),
      mutation: setAdmin,
    },
    revoke: {
      title: t('people.admin.role.revokeTitle', { name: person.name }),
      text: t('people.admin.role.revokeText', { name: person.name }),
      confirm: t('people.admin.role.revokeConfirm'),
      danger: true,
      run: () => setAdmin.mutate({ userId: person.id, isAdmin: false }),
      mutation: setAdmin,
    },
    disable: {
      title: t('people.admin.account.disableTitle', { name: person.name }),
      text: t('people.admin.account.disableText', { name: person.name }),
      confirm: t('people.admin.account.disableConfirm'),
      danger: true,
      run: () => setDisabled.mutate({ userId: person.id, disabled: true }),
      mutation: setDisabled,
    },
    enable: {
      title: t('people.admin.account.enableTitle', { name: person.name }),
      text: t('people.admin.account.enableText', { name: person.name }),
      confirm: t('people.admin.account.enableConfirm'),
      danger: false,
      run: () => setDisabled.mutate({ userId: person.id, disabled: false }),
      mutation: setDisabled,
    },
  };
  const dialog = confirm ? dialogs[confirm] : null;

  return (
    <Page title={person.name} lead={<Paragraph data-size="sm">{t('people.admin.readLogged')}</Paragraph>}>
      <StatusMessage message={status} />
      <Section title={t('admin.common.details')}>
        <dl className="kp-facts">
          <div className="kp-facts__row">
            <dt>{t('organisations.field.email')}</dt>
            <dd>{person.email}</dd>
          </div>
          <div className="kp-facts__row">
            <dt>{t('people.admin.language')}</dt>
            <dd lang={person.locale}>{LOCALE_NAMES[person.locale]}</dd>
          </div>
          <div className="kp-facts__row">
            <dt>{t('people.admin.list.col.registered')}</dt>
            <dd>
              <time dateTime={person.createdAt}>{formatDate(locale, person.createdAt)}</time>
            </dd>
          </div>
        </dl>
      </Section>

      <Section title={t('people.admin.links.heading')}>
        {person.memberships.length === 0 ? (
          <Paragraph>{t('people.admin.links.empty')}</Paragraph>
        ) : (
          <ul className="kp-picklist">
            {person.memberships.map((m) => (
              <li key={m.id} className="kp-picklist__item">
                <AppLink to={pathTo(organisationPaths.admin.organisation, { organisationId: m.organisation.id })}>
                  {m.organisation.name}
                </AppLink>
                <span className="kp-tags">
                  <Tag data-size="sm" data-color={m.role === 'EDITOR' ? 'accent' : 'neutral'}>
                    {t(`memberships.role.${m.role}`)}
                  </Tag>
                  <Tag
                    data-size="sm"
                    data-color={m.status === 'APPROVED' ? 'success' : m.status === 'PENDING' ? 'warning' : 'danger'}
                  >
                    {t(`memberships.admin.status.${m.status}`)}
                  </Tag>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('people.admin.coordinates.heading')}>
        {person.coordinatorOf.length === 0 ? (
          <Paragraph>{t('people.admin.coordinates.empty')}</Paragraph>
        ) : (
          <ul className="kp-links">
            {person.coordinatorOf.map((network) => (
              <li key={network.id}>
                <AppLink to={pathTo(networkPaths.admin.network, { networkId: network.id })}>{network.name}</AppLink>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {self ? <Paragraph className="kp-note-box">{t('people.admin.self')}</Paragraph> : null}

      <Section title={t('people.admin.role.heading')}>
        <Paragraph>
          {t(person.isAdmin ? 'people.admin.role.isAdmin' : 'people.admin.role.notAdmin', { name: person.name })}
        </Paragraph>
        {self ? null : (
          <div>
            <Button
              type="button"
              variant="secondary"
              data-color={person.isAdmin ? 'danger' : undefined}
              onClick={() => open(person.isAdmin ? 'revoke' : 'grant')}
            >
              {t(person.isAdmin ? 'people.admin.role.revoke' : 'people.admin.role.grant')}
            </Button>
          </div>
        )}
      </Section>

      <Section title={t('people.admin.account.heading')}>
        <Paragraph>
          {person.disabledAt
            ? t('people.admin.account.disabledSince', { date: formatDateTime(locale, person.disabledAt) })
            : t('people.admin.account.active')}
        </Paragraph>
        <Paragraph data-size="sm">{t('people.admin.account.explain')}</Paragraph>
        {self ? null : (
          <div>
            <Button
              type="button"
              variant="secondary"
              data-color={person.disabledAt ? undefined : 'danger'}
              onClick={() => open(person.disabledAt ? 'enable' : 'disable')}
            >
              {t(person.disabledAt ? 'people.admin.account.enable' : 'people.admin.account.disable')}
            </Button>
          </div>
        )}
      </Section>
      {self || person.disabledAt ? null : <PersonPasswordReset userId={person.id} onSent={setStatus} />}
      {dialog ? (
        <ConfirmDialog
          title={dialog.title}
          confirmLabel={dialog.confirm}
          danger={dialog.danger}
          pending={dialog.mutation.isPending}
          error={dialog.mutation.error ? describeError(dialog.mutation.error, t).message : null}
          onConfirm={dialog.run}
          onCancel={() => setConfirm(null)}
        >
          {dialog.text}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
