import type { ReactNode } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { formatMeetingTime } from './time.ts';

type Meeting = AdminRouterOutputs['meetings']['get'];

/**
 * The top of a page meant for paper (the participant list, the badges): the
 * meeting's time and place, printed; the way back and the print button, not.
 */
export function PrintLead({ meeting, children }: { meeting: Meeting; children?: ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Paragraph>
        {formatMeetingTime(locale, meeting.startsAt, meeting.endsAt)}
        {meeting.venueName ? `, ${meeting.venueName}` : ''}
      </Paragraph>
      {children}
      <div className="kp-actions kp-no-print">
        <Button type="button" onClick={() => window.print()}>
          {t('meetings.admin.print')}
        </Button>
        <AppLink to={pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id })}>
          {t('meetings.admin.checkIn.back')}
        </AppLink>
      </div>
    </>
  );
}
