import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { formatDayAndTime } from '../practice/format.ts';
import { useStoredCopy } from './offline-state.ts';

/**
 * On the conference pages (docs/adr/0024): says when the page shows a stored copy, of which
 * release, and that stars made now wait for the network. A status, so it is read out when it
 * appears without taking the focus.
 */
export function OfflineNotice({ release }: { release?: { name: string; publishedAt: string } | null }) {
  const { t, locale } = useI18n();
  const stored = useStoredCopy();
  return (
    <div role="status">
      {stored ? (
        <Alert data-color="info">
          <Paragraph>
            {release
              ? t('conference.web.offline.notice', {
                  name: release.name,
                  date: formatDayAndTime(release.publishedAt, locale),
                })
              : t('conference.web.offline.noticeUnknown')}
          </Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
