import { Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';
import { formatMeetingTime } from './format.ts';

/** Min side: "Mine møter", the meetings one is registered for or waiting for, soonest first. */
export function MyMeetings({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.meetings.myRegistrations.queryOptions());
  return (
    <section aria-labelledby="my-meetings-heading" className="kp-stack">
      <Heading level={headingLevel} data-size="sm" id="my-meetings-heading">
        {t('meetings.web.mine.heading')}
      </Heading>
      <QueryView
        query={query}
        scope="section"
        headingLevel={headingLevel === 2 ? 3 : 4}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <Paragraph>
            {t('meetings.web.mine.none')}{' '}
            <DsLink asChild>
              <Link to={meetingPaths.web.list}>{t('meetings.web.mine.browse')}</Link>
            </DsLink>
          </Paragraph>
        }
      >
        {(rows) => (
          <ul className="kp-cards">
            {rows.map((r) => (
              <li key={r.id} className="kp-card">
                <Heading level={headingLevel === 2 ? 3 : 4} data-size="2xs">
                  <DsLink asChild>
                    <Link to={pathTo(meetingPaths.web.meeting, { slug: r.meeting.slug })}>{r.meeting.title}</Link>
                  </DsLink>
                </Heading>
                <Paragraph data-size="sm">{formatMeetingTime(r.meeting.startsAt, r.meeting.endsAt, locale)}</Paragraph>
                <div className="kp-actions">
                  <Tag data-color={r.status === 'confirmed' ? 'success' : 'warning'} data-size="sm">
                    {r.status === 'confirmed'
                      ? t('meetings.registration.confirmed')
                      : t('meetings.web.register.youWaiting', { place: r.waitingPlace ?? 1 })}
                  </Tag>
                  {r.meeting.status === 'cancelled' ? (
                    <Tag data-color="danger" data-size="sm">
                      {t('meetings.status.cancelled')}
                    </Tag>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
