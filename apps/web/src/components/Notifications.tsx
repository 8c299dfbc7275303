import { Details, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, Loading, useI18n } from '@knutepunkt/ui';
import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';
import { useTRPC } from '../trpc.ts';
import { errorMessage } from './errors.ts';

/** "3. mars 2026 kl. 14:02" in Norwegian time. */
function sentAt(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

/**
 * A notification's plain text with its web addresses made into links. The text is split, never
 * parsed as HTML, and only http(s) addresses become links.
 */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <DsLink key={i} href={part.replace(/[.,;:)»”]+$/, '')}>
            {part}
          </DsLink>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Min side: the messages the platform has sent this person (the outbox), newest first, each folded. */
export function Notifications() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const list = useQuery(trpc.account.notifications.queryOptions());
  return (
    <section aria-labelledby="notifications-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="notifications-heading">
        {t('outbox.web.heading')}
      </Heading>
      <Paragraph>{t('outbox.web.intro')}</Paragraph>
      {list.isPending ? <Loading label={t('outbox.web.loading')} /> : null}
      {list.isError ? (
        <ErrorState headingLevel={3} message={errorMessage(list.error, t)} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data && list.data.length === 0 ? <Paragraph>{t('outbox.web.none')}</Paragraph> : null}
      {list.data && list.data.length > 0 ? (
        <div className="kp-stack">
          {list.data.map((n) => (
            <Details key={n.id}>
              <Details.Summary>
                {n.subject} <span className="ds-sr-only">–</span>
                <span className="kp-comment__meta"> {sentAt(n.createdAt, locale)}</span>
              </Details.Summary>
              <Details.Content>
                <p className="kp-notification-body">
                  <LinkedText text={n.body} />
                </p>
              </Details.Content>
            </Details>
          ))}
        </div>
      ) : null}
    </section>
  );
}
