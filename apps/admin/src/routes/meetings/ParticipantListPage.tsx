import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { PrintLead } from './print-parts.tsx';
import './check-in.css';

type Meeting = AdminRouterOutputs['meetings']['get'];

/**
 * /moter/:meetingId/deltakerliste: the list to print and hand out at the
 * meeting. Only those who agreed to be on it, with name and organisation.
 */
export function ParticipantListPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ meetingId }));
  return <QueryView query={meeting}>{(data) => <ParticipantList meeting={data} />}</QueryView>;
}

function ParticipantList({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.meetings.checkIn.participants.queryOptions({ meetingId: meeting.id }),
    staleTime: 0,
  });
  const title = t('meetings.admin.participants.title', { title: meeting.title });
  return (
    <Page title={title} lead={<PrintLead meeting={meeting} />}>
      <QueryView query={list}>
        {(data) => (
          <>
            <Paragraph className="kp-no-print">
              {t('meetings.admin.participants.consent', {
                listed: formatNumber(locale, data.people.length),
                total: formatNumber(locale, data.total),
              })}
            </Paragraph>
            {data.people.length === 0 ? (
              <Paragraph>{t('meetings.admin.participants.empty')}</Paragraph>
            ) : (
              <table className="kp-participants">
                <caption className="ds-sr-only">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('meetings.admin.participants.name')}</th>
                    <th scope="col">{t('meetings.admin.participants.organisation')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.people.map((p, i) => (
                    <tr key={`${p.name}-${i}`}>
                      <th scope="row">{p.name}</th>
                      <td>{p.organisation ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}
