import { meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Section } from '../../components/Section.tsx';
import { AttendanceByOrganisation } from './AttendanceByOrganisation.tsx';

type Meeting = AdminRouterOutputs['meetings']['get'];

/**
 * On the meeting's page, once it is published (or held): the way to the day's
 * pages (check-in, the participant list, the badges) and attendance per
 * organisation (docs/adr/0021). A draft or a cancelled meeting has no day.
 */
export function MeetingDaySections({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  if (meeting.status !== 'published' && meeting.status !== 'held') return null;
  const params = { meetingId: meeting.id };
  return (
    <>
      <Section title={t('meetings.admin.day.title')}>
        <ul className="kp-plain-list">
          <li>
            <AppLink to={pathTo(meetingPaths.admin.checkIn, params)}>{t('meetings.admin.day.checkIn')}</AppLink>
          </li>
          <li>
            <AppLink to={pathTo(meetingPaths.admin.participants, params)}>
              {t('meetings.admin.day.participants')}
            </AppLink>
          </li>
          <li>
            <AppLink to={pathTo(meetingPaths.admin.badges, params)}>{t('meetings.admin.day.badges')}</AppLink>
          </li>
        </ul>
      </Section>
      <AttendanceByOrganisation meetingId={meeting.id} />
    </>
  );
}
