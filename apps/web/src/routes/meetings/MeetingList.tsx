import { Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { Pagination } from '../../components/Pagination.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatMeetingTime, venueOf } from './format.ts';

export type ListedMeeting = Outputs['meetings']['list']['meetings'][number];
export type When = 'upcoming' | 'past';

/** `?tid=tidligere` shows the past meetings; without it, the upcoming ones. */
export const WHEN_PARAM = 'tid';
export const PAST_VALUE = 'tidligere';

export function whenOf(params: URLSearchParams): When {
  return params.get(WHEN_PARAM) === PAST_VALUE ? 'past' : 'upcoming';
}

export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('side'));
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

/** "Ledige plasser: 12", "Fullt – …", or no limit. */
export function useSeatsText() {
  const { t } = useI18n();
  return (seatsLeft: number | null) =>
    seatsLeft === null
      ? t('meetings.web.seats.unlimited')
      : seatsLeft > 0
        ? t('meetings.web.seats.left', { count: seatsLeft })
        : t('meetings.web.seats.full');
}

/** Where: the venue, "Digitalt", or both. */
export function usePlaceText() {
  const { t } = useI18n();
  return (m: { mode: string; venueName: string | null; venueAddress: string | null }) => {
    const venue = venueOf(m);
    if (m.mode === 'online') return t('meetings.web.place.online');
    if (m.mode === 'hybrid') return `${venue ?? t('meetings.web.place.unknown')} · ${t('meetings.web.place.online')}`;
    return venue ?? t('meetings.web.place.unknown');
  };
}

export function MeetingCards({ meetings, showNetwork }: { meetings: ListedMeeting[]; showNetwork: boolean }) {
  const { t, locale } = useI18n();
  const seats = useSeatsText();
  const place = usePlaceText();
  return (
    <ul className="kp-cards">
      {meetings.map((m) => (
        <li key={m.id} className="kp-card">
          <Heading level={3} data-size="2xs">
            <DsLink asChild>
              <Link to={pathTo(meetingPaths.web.meeting, { slug: m.slug })} lang={m.language}>
                {m.title}
              </Link>
            </DsLink>
          </Heading>
          {m.status === 'cancelled' ? (
            <div>
              <Tag data-color="danger" data-size="sm">
                {t('meetings.status.cancelled')}
              </Tag>
            </div>
          ) : null}
          <dl className="kp-facts">
            <div>
              <dt>{t('meetings.web.fact.time')}</dt>
              <dd>{formatMeetingTime(m.startsAt, m.endsAt, locale)}</dd>
            </div>
            <div>
              <dt>{t('meetings.web.fact.place')}</dt>
              <dd>{place(m)}</dd>
            </div>
            {showNetwork ? (
              <div>
                <dt>{t('meetings.web.fact.network')}</dt>
                <dd>
                  <DsLink asChild>
                    <Link to={pathTo(meetingPaths.web.network, { networkSlug: m.network.slug })}>{m.network.name}</Link>
                  </DsLink>
                </dd>
              </div>
            ) : null}
            {m.status === 'published' ? (
              <div>
                <dt>{t('meetings.web.fact.seats')}</dt>
                <dd>{seats(m.seatsLeft)}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The upcoming or past meetings (of one network, or all), a page at a time. */
export function MeetingResults({
  networkSlug,
  when,
  page,
  hrefFor,
}: {
  networkSlug?: string;
  when: When;
  page: number;
  hrefFor: (page: number) => string;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.meetings.list.queryOptions({ networkSlug, when, page }));
  return (
    <section aria-labelledby="meetings-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="meetings-heading">
        {t(when === 'past' ? 'meetings.web.list.pastHeading' : 'meetings.web.list.upcomingHeading')}
      </Heading>
      <QueryView
        query={query}
        scope="section"
        headingLevel={3}
        isEmpty={(result) => result.meetings.length === 0}
        empty={t(when === 'past' ? 'meetings.web.list.nonePast' : 'meetings.web.list.noneUpcoming')}
      >
        {(result) => (
          <>
            <MeetingCards meetings={result.meetings} showNetwork={!networkSlug} />
            <Pagination page={page} totalPages={Math.ceil(result.total / result.pageSize)} hrefFor={hrefFor} />
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Upcoming | Past, as two links (the current one marked), so each list has its own address. */
export function WhenLinks({ when, hrefFor }: { when: When; hrefFor: (when: When) => string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('meetings.web.list.when')}>
      <ul className="kp-actions kp-when-links">
        {(['upcoming', 'past'] as const).map((w) => (
          <li key={w}>
            <DsLink asChild>
              <Link to={hrefFor(w)} aria-current={w === when ? 'page' : undefined}>
                {t(w === 'past' ? 'meetings.web.list.past' : 'meetings.web.list.upcoming')}
              </Link>
            </DsLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function IntroParagraph() {
  const { t } = useI18n();
  return <Paragraph>{t('meetings.web.list.intro')}</Paragraph>;
}
