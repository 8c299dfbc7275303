import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MessageKey } from '@knutepunkt/domain';
import { DataList, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { Page } from '../../components/Page.tsx';
import { Pager, pageFromParams } from '../../components/Pager.tsx';
import { formatDateTime } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import './outbox.css';

/** The server sends 50 at a time, newest first, without a total: a full page means there may be more. */
const PAGE_SIZE = 50;

const KINDS: Record<string, MessageKey> = {
  'practice.submitted': 'practiceAdmin.outbox.kind.practice.submitted',
  'practice.returned': 'practiceAdmin.outbox.kind.practice.returned',
  'practice.published': 'practiceAdmin.outbox.kind.practice.published',
};

/**
 * /varsler?side=: the outbox. No e-mail leaves the platform until an SMTP
 * server is configured, so the notifications it would send are read here:
 * coordinators their own, admins everyone's.
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
  const kindLabel = (kind: string) => {
    const key = KINDS[kind];
    return key ? t(key) : t('practiceAdmin.outbox.kind.other');
  };

  return (
    <Page
      title={t('practiceAdmin.outbox.title')}
      lead={
        <Paragraph>
          {t('practiceAdmin.outbox.smtp')}{' '}
          {t(account.isAdmin ? 'practiceAdmin.outbox.scopeAdmin' : 'practiceAdmin.outbox.scopeOwn')}
        </Paragraph>
      }
    >
      <DataList
        label={t('practiceAdmin.outbox.list')}
        query={list}
        items={list.data}
        itemKey={(message) => message.id}
        className="kp-audit"
        itemClassName="kp-audit__entry"
        empty={t('practiceAdmin.outbox.empty')}
        errorHeadingLevel={2}
        pagination={
          <Pager
            page={page}
            hasMore={hasMore}
            status={t('practiceAdmin.outbox.page', { page })}
            searchParams={params}
          />
        }
        renderItem={(message) => (
          <>
            <Heading level={2} data-size="2xs">
              {message.subject}
            </Heading>
            <dl className="kp-meta">
              <div>
                <dt>{t('practiceAdmin.outbox.to')}</dt>
                <dd className="kp-break">{message.toEmail}</dd>
              </div>
              <div>
                <dt>{t('practiceAdmin.outbox.created')}</dt>
                <dd>
                  <time dateTime={message.createdAt}>{formatDateTime(locale, message.createdAt)}</time>
                </dd>
              </div>
              <div>
                <dt>{t('practiceAdmin.outbox.kind')}</dt>
                <dd>{kindLabel(message.kind)}</dd>
              </div>
              <div>
                <dt>{t('practiceAdmin.outbox.sent')}</dt>
                <dd>
                  {message.sentAt ? (
                    <time dateTime={message.sentAt}>{formatDateTime(locale, message.sentAt)}</time>
                  ) : (
                    t('practiceAdmin.outbox.notSent')
                  )}
                </dd>
              </div>
            </dl>
            <Details>
              <Details.Summary>
                {t('practiceAdmin.outbox.body')}
                <VisuallyHidden>: {message.subject}</VisuallyHidden>
              </Details.Summary>
              <Details.Content>
                <Paragraph className="kp-prewrap kp-break">{message.body}</Paragraph>
              </Details.Content>
            </Details>
          </>
        )}
      />
    </Page>
  );
}
