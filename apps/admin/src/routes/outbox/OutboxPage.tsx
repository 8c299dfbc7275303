import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';
import { DataList, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { SectionError } from '../../components/PageStates.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager, pageFromParams } from '../../components/Pager.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { formatDateTime } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { DeliveryState } from './DeliveryState.tsx';
import './outbox.css';

/** The server sends 50 at a time, newest first, without a total: a full page means there may be more. */
const PAGE_SIZE = 50;

const KINDS: Record<string, AdminMessageKey> = {
  'practice.submitted': 'outbox.admin.kind.practice.submitted',
  'practice.returned': 'outbox.admin.kind.practice.returned',
  'practice.published': 'outbox.admin.kind.practice.published',
  'security.passwordReset': 'outbox.admin.kind.security.passwordReset',
  'security.signInMethodLinked': 'outbox.admin.kind.security.signInMethodLinked',
  'meeting.confirmed': 'outbox.admin.kind.meeting.confirmed',
  'meeting.promoted': 'outbox.admin.kind.meeting.promoted',
  'meeting.changed': 'outbox.admin.kind.meeting.changed',
  'meeting.cancelled': 'outbox.admin.kind.meeting.cancelled',
  'meeting.reminder': 'outbox.admin.kind.meeting.reminder',
  'meeting.deadlinePassed': 'outbox.admin.kind.meeting.deadlinePassed',
  'meeting.minutes': 'outbox.admin.kind.meeting.minutes',
  'meeting.actionPoint': 'outbox.admin.kind.meeting.actionPoint',
  'meeting.evaluation': 'outbox.admin.kind.meeting.evaluation',
};

/**
 * /varsler?side=: the outbox, every notification with its delivery by e-mail
 * (waiting, sent, failed with the SMTP server's reply, tries): coordinators
 * their own, admins everyone's, but not the text of someone else's security
 * message (the server leaves it out). Admins send a failed one again.
 */
export function OutboxPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const [params] = useSearchParams();
  const page = pageFromParams(params);
  const list = useQuery({
    ...trpc.outbox.list.queryOptions({ page }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const hasMore = (list.data?.length ?? 0) >= PAGE_SIZE;
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const resend = useMutation(
    trpc.outbox.resend.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.outbox.list.queryFilter());
        setStatus(t('outbox.admin.resend.done'));
      },
    }),
  );
  const kindLabel = (kind: string) => {
    const key = KINDS[kind];
    if (key) return t(key);
    return t(kind.startsWith('security.') ? 'outbox.admin.kind.security.other' : 'outbox.admin.kind.other');
  };

  return (
    <Page
      title={t('outbox.admin.title')}
      lead={
        <Paragraph>
          {t('outbox.admin.intro')} {t(account.isAdmin ? 'outbox.admin.scopeAdmin' : 'outbox.admin.scopeOwn')}
        </Paragraph>
      }
    >
      <StatusMessage message={status} />
      {resend.error ? <SectionError error={resend.error} /> : null}
      <DataList
        label={t('outbox.admin.list')}
        query={list}
        items={list.data}
        itemKey={(message) => message.id}
        className="kp-audit"
        itemClassName="kp-audit__entry"
        empty={t('outbox.admin.empty')}
        errorHeadingLevel={2}
        pagination={
          <Pager page={page} hasMore={hasMore} status={t('outbox.admin.page', { page })} searchParams={params} />
        }
        renderItem={(message) => (
          <>
            <Heading level={2} data-size="2xs">
              {message.subject}
            </Heading>
            <dl className="kp-meta">
              <div>
                <dt>{t('outbox.admin.to')}</dt>
                <dd className="kp-break">{message.toEmail}</dd>
              </div>
              <div>
                <dt>{t('outbox.admin.created')}</dt>
                <dd>
                  <time dateTime={message.createdAt}>{formatDateTime(locale, message.createdAt)}</time>
                </dd>
              </div>
              <div>
                <dt>{t('outbox.admin.kind')}</dt>
                <dd>{kindLabel(message.kind)}</dd>
              </div>
              <div>
                <dt>{t('outbox.admin.status')}</dt>
                <dd>
                  <DeliveryState message={message} />
                </dd>
              </div>
            </dl>
            {message.body === null ? (
              // Someone else's security message: the server left its text out.
              <Paragraph data-size="sm">{t('outbox.admin.bodyHidden')}</Paragraph>
            ) : (
              <Details>
                <Details.Summary>
                  {t('outbox.admin.body')}
                  <VisuallyHidden>: {message.subject}</VisuallyHidden>
                </Details.Summary>
                <Details.Content>
                  <Paragraph className="kp-prewrap kp-break">{message.body}</Paragraph>
                </Details.Content>
              </Details>
            )}
            {account.isAdmin && message.status === 'failed' ? (
              <Button
                type="button"
                data-size="sm"
                variant="secondary"
                loading={resend.isPending && resend.variables?.id === message.id}
                onClick={() => {
                  if (resend.isPending) return;
                  setStatus(null);
                  resend.mutate({ id: message.id });
                }}
              >
                {t('outbox.admin.resend')}
                <VisuallyHidden>: {message.subject}</VisuallyHidden>
              </Button>
            ) : null}
          </>
        )}
      />
    </Page>
  );
}
