import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { CheckboxField, QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { PrintLead } from './print-parts.tsx';
import './check-in.css';

type Meeting = AdminRouterOutputs['meetings']['get'];
type Badge = AdminRouterOutputs['meetings']['checkIn']['badges'][number];

/**
 * /moter/:meetingId/navnelapper: a name badge for everyone with a seat who
 * comes in person, eight to an A4 sheet when printed. The markers for needs
 * (sign language, a hearing loop, a diet …) only when the coordinator asks for
 * them: that read of the sensitive answers is logged.
 */
export function BadgesPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ meetingId }));
  return <QueryView query={meeting}>{(data) => <Badges meeting={data} />}</QueryView>;
}

function Badges({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [withNeeds, setWithNeeds] = useState(false);
  const badges = useQuery({
    ...trpc.meetings.checkIn.badges.queryOptions({ meetingId: meeting.id, withNeeds }),
    staleTime: 0,
  });
  return (
    <Page
      title={t('meetings.admin.badges.title', { title: meeting.title })}
      lead={
        <PrintLead meeting={meeting}>
          <div className="kp-no-print kp-stack">
            <Paragraph>{t('meetings.admin.badges.intro')}</Paragraph>
            <CheckboxField
              name="withNeeds"
              label={t('meetings.admin.badges.withNeeds')}
              description={t('meetings.admin.badges.withNeedsHelp')}
              checked={withNeeds}
              onChange={(e) => setWithNeeds(e.target.checked)}
            />
          </div>
        </PrintLead>
      }
    >
      <QueryView query={badges}>
        {(data) =>
          data.length === 0 ? (
            <Paragraph>{t('meetings.admin.badges.empty')}</Paragraph>
          ) : (
            <ul className="kp-badges">
              {data.map((badge) => (
                <BadgeCard key={badge.registrationId} badge={badge} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}

function BadgeCard({ badge }: { badge: Badge }) {
  const { t } = useI18n();
  return (
    <li className="kp-badge">
      <p className="kp-badge__name">{badge.name}</p>
      {badge.organisation ? <p className="kp-badge__organisation">{badge.organisation}</p> : null}
      {badge.markers.length > 0 ? (
        <ul className="kp-badge__markers" aria-label={t('meetings.admin.badges.markers')}>
          {badge.markers.map((m) => (
            <li key={m}>{t(`meetings.admin.badges.marker.${m}`)}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
