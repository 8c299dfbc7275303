import { Alert, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isSlug, meetingPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { type Fact, FactList } from '../../components/FactList.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { meetingJsonLd } from '../../ssr/structured-data.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatClock } from '../practice/format.ts';
import { formatMeetingTime, venueOf } from './format.ts';
import { useSeatsText } from './MeetingList.tsx';
import { MinutesSection } from './MinutesSection.tsx';
import { EvaluationLink } from './EvaluationLink.tsx';
import { RegistrationSection } from './RegistrationSection.tsx';
import './meetings.css';

type Meeting = Outputs['meetings']['bySlug'];

/**
 * The description as the API rendered it from Markdown, with the practice bank's safe renderer
 * (renderMarkdown: no raw HTML, only safe links; see @knutepunkt/ui's Markdown).
 */
function RenderedMarkdown({ html, lang }: { html: string; lang: string }) {
  return <div lang={lang} className="kp-markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

function Facts({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const seats = useSeatsText();
  const access = [
    meeting.stepFree && t('meetings.web.access.stepFree'),
    meeting.hearingLoop && t('meetings.web.access.hearingLoop'),
    meeting.quietRoom && t('meetings.web.access.quietRoom'),
  ].filter((a): a is string => !!a);
  const venue = venueOf(meeting);
  const facts: Fact[] = [
    [
      t('meetings.web.fact.network'),
      <DsLink asChild>
        <Link to={pathTo(meetingPaths.web.network, { networkSlug: meeting.network.slug })}>{meeting.network.name}</Link>
      </DsLink>,
    ],
    [t('meetings.web.fact.time'), formatMeetingTime(meeting.startsAt, meeting.endsAt, locale)],
    [t('meetings.web.fact.mode'), t(`meetings.mode.${meeting.mode}`)],
  ];
  if (meeting.mode !== 'online') {
    facts.push([t('meetings.web.fact.place'), venue ?? t('meetings.web.place.unknown')]);
    facts.push([
      t('meetings.web.fact.access'),
      access.length > 0 ? (
        <ul className="kp-plain-list">
          {access.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      ) : (
        t('meetings.web.access.none')
      ),
    ]);
  }
  if (meeting.status === 'published') facts.push([t('meetings.web.fact.seats'), seats(meeting.seatsLeft)]);
  return <FactList facts={facts} />;
}

function Agenda({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  return (
    <ol className="kp-agenda" lang={meeting.language}>
      {meeting.agenda.map((item, i) => {
        return (
          <li key={i} className="kp-card">
            <Heading level={3} data-size="2xs">
              {item.startsAt ? <span className="kp-agenda__time">{formatClock(item.startsAt, locale)} </span> : null}
              {item.title}
            </Heading>
            <Paragraph data-size="sm">
              {t(`meetings.agenda.${item.kind}`)}
              {item.leader ? ` · ${t('meetings.web.meeting.leader', { name: item.leader })}` : null}
            </Paragraph>
            {item.description ? <Paragraph>{item.description}</Paragraph> : null}
            {item.kind === 'since_last' ? (
              <Paragraph>
                <DsLink asChild>
                  <Link to={pathTo(meetingPaths.web.sinceLast, { slug: meeting.slug })}>
                    {t('meetings.web.minutes.sinceLastLink')}
                  </Link>
                </DsLink>
              </Paragraph>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const calendarPath = pathTo(meetingPaths.web.calendar, { slug: meeting.slug });
  return (
    <Page
      title={meeting.title}
      meta={{
        description: `${meeting.network.name}: ${meeting.title}`,
        contentLang: meeting.language,
        jsonLd: meetingJsonLd(meeting),
      }}
      before={<BackLink to={meetingPaths.web.list}>{t('meetings.web.meeting.back')}</BackLink>}
    >
      {meeting.status === 'cancelled' ? (
        <Alert data-color="danger">
          <Paragraph>{t('meetings.web.meeting.cancelled')}</Paragraph>
        </Alert>
      ) : null}
      {meeting.status === 'held' ? (
        <Alert data-color="info">
          <Paragraph>{t('meetings.web.meeting.held')}</Paragraph>
        </Alert>
      ) : null}
      <Facts meeting={meeting} />

      {meeting.videoUrl ? (
        <section aria-labelledby="video-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="video-heading">
            {t('meetings.web.meeting.videoHeading')}
          </Heading>
          <Paragraph>
            <DsLink href={meeting.videoUrl}>{t('meetings.web.meeting.videoLink')}</DsLink>
          </Paragraph>
        </section>
      ) : null}

      <RegistrationSection meeting={meeting} />
      <EvaluationLink meeting={meeting} />

      {meeting.descriptionHtml.trim() ? (
        <section aria-labelledby="about-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="about-heading">
            {t('meetings.web.meeting.about')}
          </Heading>
          <RenderedMarkdown html={meeting.descriptionHtml} lang={meeting.language} />
        </section>
      ) : null}

      {meeting.agenda.length > 0 ? (
        <section aria-labelledby="agenda-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="agenda-heading">
            {t('meetings.web.meeting.agenda')}
          </Heading>
          <Agenda meeting={meeting} />
        </section>
      ) : null}

      <MinutesSection slug={meeting.slug} />

      <Paragraph>
        <DsLink asChild>
          <Link to={pathTo(meetingPaths.web.sinceLast, { slug: meeting.slug })}>
            {t('meetings.web.minutes.sinceLastLink')}
          </Link>
        </DsLink>
      </Paragraph>

      <section aria-labelledby="calendar-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="calendar-heading">
          {t('meetings.web.meeting.calendarHeading')}
        </Heading>
        <Paragraph>
          <DsLink href={calendarPath} download>
            {t('meetings.web.meeting.download')}
          </DsLink>
        </Paragraph>
        <Paragraph>
          <DsLink asChild>
            <Link to={pathTo(meetingPaths.web.network, { networkSlug: meeting.network.slug })}>
              {t('meetings.web.network.subscribeHeading')}: {meeting.network.name}
            </Link>
          </DsLink>
        </Paragraph>
      </section>
    </Page>
  );
}

/**
 * A published meeting's public page. Rendered on the server as anonymous visitors see it; in
 * the browser it asks again at once (staleTime 0), so a signed-in person sees their own
 * registration and, with a seat, the video link.
 */
export function MeetingPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.meetings.bySlug.queryOptions({ slug }), enabled: valid, staleTime: 0 });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(meeting) => <MeetingView meeting={meeting} />}</QueryView>;
}
