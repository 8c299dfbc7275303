import { useRef, useState } from 'react';
import { Button, Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { MembershipStatus } from '@knutepunkt/domain';
import { organisationPaths, pathTo } from '@knutepunkt/domain';
import { VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { type Account, useTRPC } from '../../trpc.ts';

type Membership = Account['memberships'][number];

/** Status colours follow Designsystemet's meaning; the word is always there too (not colour alone). */
const STATUS_COLOR: Record<MembershipStatus, 'warning' | 'success' | 'danger'> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
};

function MembershipItem({ membership, onLeft }: { membership: Membership; onLeft: (message: string) => void }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const leave = useMutation(
    trpc.memberships.leave.mutationOptions({
      onSuccess: async () => {
        const name = membership.organisation.name;
        const key =
          membership.status === 'PENDING'
            ? 'memberships.web.mine.withdrawn'
            : membership.status === 'APPROVED'
              ? 'memberships.web.mine.left'
              : 'memberships.web.mine.removed';
        onLeft(t(key, { name }));
        await queryClient.invalidateQueries(trpc.account.me.queryFilter());
      },
    }),
  );
  const run = () => leave.mutate({ membershipId: membership.id });
  const name = <VisuallyHidden>: {membership.organisation.name}</VisuallyHidden>;

  let actions;
  if (membership.status === 'APPROVED' && !confirming) {
    // Leaving cannot be undone by oneself (an editor must approve again), so it asks first.
    actions = (
      <Button type="button" variant="secondary" data-size="sm" onClick={() => setConfirming(true)}>
        {t('memberships.web.mine.leave')}
        {name}
      </Button>
    );
  } else if (membership.status === 'APPROVED') {
    actions = (
      <div className="kp-stack">
        <Paragraph>{t('memberships.web.mine.leaveConfirm', { name: membership.organisation.name })}</Paragraph>
        <div className="kp-actions">
          <Button type="button" data-color="danger" data-size="sm" onClick={run} loading={leave.isPending}>
            {t('memberships.web.mine.leaveYes')}
          </Button>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => setConfirming(false)}>
            {t('memberships.web.mine.cancel')}
          </Button>
        </div>
      </div>
    );
  } else {
    actions = (
      <Button type="button" variant="secondary" data-size="sm" onClick={run} loading={leave.isPending}>
        {t(membership.status === 'PENDING' ? 'memberships.web.mine.withdraw' : 'memberships.web.mine.remove')}
        {name}
      </Button>
    );
  }

  return (
    <li className="kp-card kp-stack">
      <Heading level={3} data-size="xs">
        <DsLink asChild>
          <Link to={pathTo(organisationPaths.web.organisation, { slug: membership.organisation.slug })}>
            {membership.organisation.name}
          </Link>
        </DsLink>
      </Heading>
      <div className="kp-actions">
        <Tag data-color={STATUS_COLOR[membership.status]}>{t(`memberships.web.status.${membership.status}`)}</Tag>
        {membership.status === 'APPROVED' ? (
          <Tag data-color="neutral">{t(`memberships.role.${membership.role}`)}</Tag>
        ) : null}
      </div>
      <Paragraph data-size="sm">
        {t('memberships.web.mine.asked', { date: formatDate(membership.requestedAt, locale) })}
      </Paragraph>
      <FormStatus failure={leave.isError ? errorMessage(leave.error, t) : null} />
      {actions}
    </li>
  );
}

/** The organisations this person is linked to, or has asked to be. */
export function MyOrganisations({ account }: { account: Account }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const onLeft = (message: string) => {
    setDone(message);
    // The item is gone from the list; focus goes to the confirmation rather than to nowhere.
    statusRef.current?.focus();
  };
  return (
    <section aria-labelledby="orgs-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="orgs-heading">
        {t('memberships.web.mine.heading')}
      </Heading>
      <div ref={statusRef} tabIndex={-1} className="kp-focus-target">
        <FormStatus success={done} />
      </div>
      {account.memberships.length === 0 ? (
        <Paragraph>
          {t('memberships.web.mine.none')}{' '}
          <DsLink asChild>
            <Link to={organisationPaths.web.directory}>{t('memberships.web.mine.findLink')}</Link>
          </DsLink>
        </Paragraph>
      ) : (
        <ul className="kp-cards">
          {account.memberships.map((m) => (
            <MembershipItem key={m.id} membership={m} onLeft={onLeft} />
          ))}
        </ul>
      )}
    </section>
  );
}
