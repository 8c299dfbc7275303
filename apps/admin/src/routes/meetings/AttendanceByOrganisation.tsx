import { useQuery } from '@tanstack/react-query';
import { DataTable, useI18n } from '@knutepunkt/ui';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

type Row = AdminRouterOutputs['meetings']['checkIn']['attendance']['organisations'][number];

/**
 * Registered and attended per organisation (docs/adr/0021), on the meeting's
 * page: counted from the registrations, so it is there for good, also after
 * the sensitive answers are deleted.
 */
export function AttendanceByOrganisation({ meetingId }: { meetingId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const attendance = useQuery({ ...trpc.meetings.checkIn.attendance.queryOptions({ meetingId }), staleTime: 0 });
  const data = attendance.data;
  const rows: Row[] | undefined = data
    ? [
        ...data.organisations,
        ...(data.organisations.length > 1
          ? [
              {
                organisationId: '#total',
                name: t('meetings.admin.attendance.total'),
                registered: data.registered,
                attended: data.attended,
              },
            ]
          : []),
      ]
    : undefined;
  const title = t('meetings.admin.attendance.title');
  return (
    <Section title={title}>
      <DataTable
        caption={title}
        query={attendance}
        rows={rows}
        rowKey={(r) => r.organisationId ?? '#none'}
        columns={[
          {
            id: 'organisation',
            header: t('meetings.admin.attendance.organisation'),
            rowHeader: true,
            cell: (r) => r.name ?? t('meetings.admin.checkIn.noOrganisation'),
          },
          {
            id: 'registered',
            header: t('meetings.admin.attendance.registered'),
            className: 'kp-num',
            cell: (r) => formatNumber(locale, r.registered),
          },
          {
            id: 'attended',
            header: t('meetings.admin.attendance.attended'),
            className: 'kp-num',
            cell: (r) => formatNumber(locale, r.attended),
          },
        ]}
        empty={t('meetings.admin.attendance.empty')}
        errorHeadingLevel={3}
      />
    </Section>
  );
}
