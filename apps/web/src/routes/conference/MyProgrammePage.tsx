import { Alert, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useLocation, useParams } from 'react-router';
import { type ProgrammeSnapshot, conferencePaths, isSlug, pathTo, starClashes } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { signInHref } from '../../components/next.ts';
import { MyCalendarFeed } from '../meetings/MyCalendarFeed.tsx';
import { OfflineNotice } from './OfflineNotice.tsx';
import { StarToggle } from './StarToggle.tsx';
import { useProgramme } from './programme-data.ts';
import { formatDayHeading, formatDaySpan, formatSpan, starredByDay } from './mine-shared.ts';
import { type Stars, useStars } from './use-stars.ts';
import './conference-mine.css';

/**
 * «Mitt program» (docs/adr/0024): the starred sessions by day and time, clashes told in words,
 * the printable copy, and — signed in — the personal calendar feed, which carries the stars
 * too. Works without an account (stars in the browser) and offline (the stored programme).
 */
export function MyProgrammePage() {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const stars = useStars(slug);
  if (!isSlug(slug)) return <PageNotFound />;
  return (
    <QueryView query={programme}>
      {({ release, snapshot }) => (
        <>
          <OfflineNotice release={release} />
          <Mine slug={slug} snapshot={snapshot} stars={stars} />
        </>
      )}
    </QueryView>
  );
}

function Mine({ slug, snapshot, stars }: { slug: string; snapshot: ProgrammeSnapshot; stars: Stars }) {
  const { t, locale } = useI18n();
  const location = useLocation();
  const days = starredByDay(snapshot, stars.starred);
  const clashes = starClashes(snapshot, stars.starred);
  return (
    <Page
      title={t('conference.web.mine.heading')}
      documentTitle={`${t('conference.web.mine.heading')} – ${snapshot.edition.title}`}
      meta={{ noindex: true }}
    >
      <Paragraph>{t('conference.web.mine.intro')}</Paragraph>
      <div className="kp-actions">
        <DsLink asChild>
          <Link to={pathTo(conferencePaths.web.programme, { slug })}>{t('conference.web.mine.toProgramme')}</Link>
        </DsLink>
        {days.length > 0 ? (
          <DsLink asChild>
            <Link to={pathTo(conferencePaths.web.print, { slug })}>{t('conference.web.mine.print')}</Link>
          </DsLink>
        ) : null}
      </div>
      {stars.pending ? <Paragraph data-size="sm">{t('conference.web.mine.pending')}</Paragraph> : null}
      {clashes.length > 0 ? (
        <section aria-labelledby="mine-clashes" className="kp-stack">
          <Alert data-color="warning">
            <Heading level={2} data-size="xs" id="mine-clashes">
              {t('conference.web.mine.clashesHeading')}
            </Heading>
            <ul>
              {clashes.map(({ first, second }) => (
                <li key={`${first.guid}-${second.guid}`}>
                  {t('conference.web.mine.clash', {
                    first: first.title,
                    firstTime: formatDaySpan(first, locale),
                    second: second.title,
                    secondTime: formatDaySpan(second, locale),
                  })}
                </li>
              ))}
            </ul>
          </Alert>
        </section>
      ) : null}
      {days.length === 0 ? <Paragraph>{t('conference.web.mine.empty')}</Paragraph> : null}
      {days.map(({ day, items }) => (
        <section key={day} aria-labelledby={`mine-day-${day}`} className="kp-stack">
          <Heading level={2} data-size="sm" id={`mine-day-${day}`}>
            {formatDayHeading(day, locale)}
          </Heading>
          <ul className="kp-conf-mine-list">
            {items.map(({ session, roomName }) => (
              <li key={session.guid} className="kp-conf-mine-item">
                <span className="kp-conf-mine-time">
                  {formatSpan(session, locale)}{' '}
                  <span className="kp-conf-sr">{t('conference.web.mine.norwegianTime')}</span>
                </span>
                <span className="kp-conf-mine-title">
                  <DsLink asChild>
                    <Link to={pathTo(conferencePaths.web.session, { slug, number: String(session.number) })}>
                      {session.title}
                    </Link>
                  </DsLink>
                  {roomName ? <> · {t('conference.web.mine.room', { room: roomName })}</> : null}
                </span>
                <StarToggle slug={slug} guid={session.guid} title={session.title} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {stars.signedIn ? (
        <div className="kp-stack">
          <Paragraph>{t('conference.web.mine.feedIntro')}</Paragraph>
          <MyCalendarFeed />
        </div>
      ) : (
        <Paragraph>
          {t('conference.web.mine.signInHint')}{' '}
          <DsLink asChild>
            <Link to={signInHref(location.pathname)}>{t('conference.web.mine.signInLink')}</Link>
          </DsLink>
        </Paragraph>
      )}
    </Page>
  );
}
