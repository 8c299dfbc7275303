import { useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { organisationPaths, pathTo } from '@knutepunkt/domain';
import { EmptyState, QueryView, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { errorMessage } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { Page } from '../../components/Page.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';

type Request = Outputs['memberships']['pending'][number];

function RequestItem({ request, onDecided }: { request: Request; onDecided: (message: string) => void }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const decide = useMutation(
    trpc.memberships.decide.mutationOptions({
      onSuccess: async (_result, input) => {
        onDecided(
          t(input.approve ? 'memberships.web.pending.approvedDone' : 'memberships.web.pending.rejectedDone', {
            name: request.user.name,
          }),
        );
        await queryClient.invalidateQueries(trpc.memberships.pending.queryFilter());
      },
    }),
  );
  return (
    <li className="kp-card kp-stack">
      <Heading level={2} data-size="xs">
        {request.user.name}
      </Heading>
      <Paragraph data-size="sm">
        {request.user.email} · {t('memberships.web.pending.asked', { date: formatDate(request.requestedAt, locale) })}
      </Paragraph>
      {request.note ? (
        <blockquote className="kp-quote">
          <Paragraph>{request.note}</Paragraph>
        </blockquote>
      ) : null}
      <FormStatus failure={decide.isError ? errorMessage(decide.error, t) : null} />
      <div className="kp-actions">
        {/* The person's name ends each button's accessible name (after the visible words, WCAG 2.5.3),
            so a list of buttons read out of context says whom it is about. */}
        <Button
          type="button"
          loading={decide.isPending && decide.variables?.approve === true}
          disabled={decide.isPending}
          onClick={() => decide.mutate({ membershipId: request.id, approve: true, role: 'MEMBER' })}
        >
          {t('memberships.web.pending.approve')}
          <VisuallyHidden>: {request.user.name}</VisuallyHidden>
        </Button>
        <Button
          type="button"
          variant="secondary"
          loading={decide.isPending && decide.variables?.approve === false}
          disabled={decide.isPending}
          onClick={() => decide.mutate({ membershipId: request.id, approve: false, role: 'MEMBER' })}
        >
          {t('memberships.web.pending.reject')}
          <VisuallyHidden>: {request.user.name}</VisuallyHidden>
        </Button>
      </div>
    </li>
  );
}

function PendingView({ slug }: { slug: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  // A decided request leaves the list; focus goes to the confirmation instead of being lost.
  const statusRef = useRef<HTMLDivElement>(null);
  const onDecided = (message: string) => {
    setDone(message);
    statusRef.current?.focus();
  };
  const org = useQuery(trpc.organisations.bySlug.queryOptions({ slug }));
  const pending = useQuery({
    ...trpc.memberships.pending.queryOptions({ organisationId: org.data?.id ?? '' }),
    enabled: !!org.data,
  });
  return (
    <QueryView query={org}>
      {(organisation) => (
        <QueryView query={pending}>
          {(requests) => (
            <Page
              meta={{ noindex: true }}
              title={t('memberships.web.pending.title', { name: organisation.name })}
              before={
                <BackLink to={pathTo(organisationPaths.web.organisation, { slug: organisation.slug })}>
                  {organisation.name}
                </BackLink>
              }
            >
              <Paragraph>{t('memberships.web.pending.intro')}</Paragraph>
              <div ref={statusRef} tabIndex={-1} className="kp-focus-target">
                <FormStatus success={done} />
              </div>
              {requests.length === 0 ? (
                <EmptyState message={t('memberships.web.pending.empty')} />
              ) : (
                <ul className="kp-cards">
                  {requests.map((request) => (
                    <RequestItem key={request.id} request={request} onDecided={onDecided} />
                  ))}
                </ul>
              )}
            </Page>
          )}
        </QueryView>
      )}
    </QueryView>
  );
}

/** Requests to be linked to the organisation, for its editors to approve or turn down. */
export function PendingRequestsPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <PendingView slug={slug} />}</RequireSignIn>;
}
