import type { AdminRouterOutputs } from '@knutepunkt/api';
import { useI18n } from '@knutepunkt/ui';
import { formatDateTime } from '../../format.ts';

type Message = AdminRouterOutputs['outbox']['list'][number];

/**
 * How a message's delivery went: sent (when), waiting, being sent, failed
 * (with the SMTP server's reply), or why it was not sent; with its tries.
 */
export function DeliveryState({ message }: { message: Message }) {
  const { t, locale } = useI18n();
  const sentAt = message.sentAt ? formatDateTime(locale, message.sentAt) : '';
  return (
    <>
      {message.status === 'sent' && message.sentAt ? (
        <time dateTime={message.sentAt}>{t('outbox.admin.status.sent', { time: sentAt })}</time>
      ) : (
        t(`outbox.admin.status.${message.status}`)
      )}
      {message.attempts > 0 ? (
        <>
          {' '}
          ({t('outbox.admin.attempts')}: {message.attempts})
        </>
      ) : null}
      {message.lastError && message.status !== 'sent' ? (
        <>
          <br />
          {t('outbox.admin.lastError')}: <code className="kp-break">{message.lastError}</code>
        </>
      ) : null}
    </>
  );
}
