import { Paragraph } from '@digdir/designsystemet-react';
import { SENSITIVE_COUNT_KEYS, sensitiveCountsOf, sensitiveErasureDate } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { formatDate, formatNumber } from '../../format.ts';

interface Props {
  meeting: {
    endsAt: string;
    sensitiveRetentionDays: number;
    sensitiveErasedAt: string | null;
    sensitiveCounts: unknown;
  };
}

/**
 * When the dietary, access and travel-support answers are deleted (the nightly clean-up,
 * docs/adr/0018), or when they were and the counts kept of them.
 */
export function SensitiveRetentionNote({ meeting }: Props) {
  const { t, locale } = useI18n();
  const counts = sensitiveCountsOf(meeting.sensitiveCounts);
  if (!meeting.sensitiveErasedAt) {
    const date = sensitiveErasureDate({
      endsAt: new Date(meeting.endsAt),
      sensitiveRetentionDays: meeting.sensitiveRetentionDays,
    });
    return <Paragraph>{t('meetings.admin.retention.pending', { date: formatDate(locale, date) })}</Paragraph>;
  }
  return (
    <>
      <Paragraph>
        {t('meetings.admin.retention.erased', { date: formatDate(locale, meeting.sensitiveErasedAt) })}
      </Paragraph>
      {counts ? (
        <ul className="kp-plain-list">
          {(['confirmed', ...SENSITIVE_COUNT_KEYS] as const).map((key) => (
            <li key={key}>
              {t(`meetings.admin.retention.count.${key}`)}: {formatNumber(locale, counts[key])}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
