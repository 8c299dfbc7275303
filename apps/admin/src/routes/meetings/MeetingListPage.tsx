import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { DataTable, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { formatMeetingTime } from './time.ts';

/** /moter: the meetings of the networks the person coordinates (every network's, for an admin), newest first. */
export function MeetingListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const meetings = useQuery(trpc.meetings.list.queryOptions({}));

  return (
    <Page
      title={t('meetings.admin.list.title')}
      lead={
        <Paragraph>
          {t(account.isAdmin ? 'meetings.admin.list.intro.admin' : 'meetings.admin.list.intro.coordinator')}
        </Paragraph>
      }
      actions={
        account.coordinatorOf.length > 0 ? (
          <Button asChild variant="secondary">
            <Link to={pathTo(meetingPaths.admin.create)}>{t('meetings.admin.list.new')}</Link>
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('meetings.admin.list.title')}
        query={meetings}
        rows={meetings.data}
        rowKey={(m) => m.id}
        columns={[
          {
            id: 'title',
            header: t('meetings.admin.col.title'),
            rowHeader: true,
            cell: (m) => <AppLink to={pathTo(meetingPaths.admin.meeting, { meetingId: m.id })}>{m.title}</AppLink>,
            sortValue: (m) => m.title,
          },
          { id: 'network', header: t('meetings.admin.col.network'), cell: (m) => m.network.name },
          {
            id: 'when',
            header: t('meetings.admin.col.when'),
            cell: (m) => formatMeetingTime(locale, m.startsAt, m.endsAt),
            sortValue: (m) => m.startsAt,
          },
          { id: 'status', header: t('meetings.admin.col.status'), cell: (m) => t(`meetings.status.${m.status}`) },
          {
            id: 'registered',
            header: t('meetings.admin.col.registered'),
            className: 'kp-num',
            cell: (m) => formatNumber(locale, m._count.registrations),
          },
          {
            id: 'capacity',
            header: t('meetings.admin.col.capacity'),
            className: 'kp-num',
            cell: (m) => (m.capacity === null ? t('meetings.admin.noLimit') : formatNumber(locale, m.capacity)),
          },
          {
            id: 'waiting',
            header: t('meetings.admin.col.waiting'),
            className: 'kp-num',
            cell: (m) => formatNumber(locale, m.waiting),
          },
        ]}
        empty={t('meetings.admin.list.empty')}
        errorHeadingLevel={2}
      />
    </Page>
  );
}
