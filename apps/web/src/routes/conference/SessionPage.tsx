import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { type SnapshotSession, conferencePaths, isSlug, pathTo, sessionDay, sessionEndsAt } from '@knutepunkt/domain';
import { Markdown, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { type Fact, FactList } from '../../components/FactList.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { conferenceSessionJsonLd } from '../../ssr/structured-data.ts';
import type { Outputs } from '../../trpc.ts';
import { formatDay, formatTimeRange } from './format.ts';
import { type ProgrammeLookup, programmeLookup, useProgramme } from './programme-data.ts';
import { OfflineNotice } from './OfflineNotice.tsx';
import { numberParam } from './programme-params.ts';
import { AccessList, TrackChip } from './SessionCard.tsx';
import { SessionSignup } from './SessionSignup.tsx';
import { StarToggle } from './StarToggle.tsx';
import './conference.css';

type Programme = Outputs['conference']['programme'];

/** Markdown as plain words, for the meta description (never HTML in a meta tag). */
const plain = (markdown: string) =>
  markdown
    .replace(/[*_#>`[\]()!|~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function useSessionFacts(session: SnapshotSession, lookup: ProgrammeLookup): Fact[] {
  const { t, locale } = useI18n();
  const room = lookup.room(session.roomGuid);
  const track = lookup.track(session.trackId);
  const type = lookup.type(session.typeId);
  const access = lookup.access(session);
  const when = `${formatDay(sessionDay(session), locale)}, ${formatTimeRange(session.startsAt, sessionEndsAt(session), locale)}`;
  const facts: Fact[] = [[t('conference.web.session.time'), when]];
  if (room) {
    const notes = [
      room.floor ? t('conference.web.session.floor', { floor: room.floor }) : null,
      room.interpreted ? t('conference.web.session.interpreted') : null,
      room.accessibilityNote || null,
    ].filter((n): n is string => !!n);
    facts.push([
      t('conference.web.field.room'),
      <>
        {room.name}
        {notes.length > 0 ? (
          <ul className="kp-plain-list">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </>,
    ]);
  }
  if (track) facts.push([t('conference.web.field.track'), <TrackChip name={track.name} colour={track.colour} />]);
  if (type) facts.push([t('conference.web.field.type'), type.name]);
  facts.push([t('conference.web.field.language'), t(`conference.web.language.${session.language}`)]);
  if (access.length > 0) facts.push([t('conference.web.field.access'), <AccessList features={access} />]);
  return facts;
}

function SessionView({ slug, programme, session }: { slug: string; programme: Programme; session: SnapshotSession }) {
  const { t, locale } = useI18n();
  const { snapshot } = programme;
  const lookup = programmeLookup(snapshot);
  const facts = useSessionFacts(session, lookup);
  const speakers = lookup.speakers(session);
  const room = lookup.room(session.roomGuid);
  const when = `${formatDay(sessionDay(session), locale)} ${formatTimeRange(session.startsAt, sessionEndsAt(session), locale)}`;
  const number = String(session.number);
  return (
    <Page
      title={session.title}
      meta={{
        description: `${when}, ${room?.name ?? snapshot.edition.venueName}. ${plain(session.abstract) || snapshot.edition.title}`,
        contentLang: session.language,
        jsonLd: conferenceSessionJsonLd(snapshot, session),
      }}
      before={
        <BackLink to={pathTo(conferencePaths.web.programme, { slug })}>{t('conference.web.session.back')}</BackLink>
      }
    >
      {/* Says so when this is the stored copy (offline, docs/adr/0024). */}
      <OfflineNotice release={programme.release} />
      <FactList facts={facts} />
      <Paragraph data-size="sm">{t('conference.osloTime')}</Paragraph>
      <StarToggle slug={slug} guid={session.guid} title={session.title} />
      <SessionSignup slug={slug} session={session} />
      {session.abstract.trim() ? (
        <section aria-labelledby="about-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="about-heading">
            {t('conference.web.session.about')}
          </Heading>
          <Markdown source={session.abstract} lang={session.language} />
        </section>
      ) : null}
      {speakers.length > 0 ? (
        <section aria-labelledby="speakers-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="speakers-heading">
            {t('conference.web.speakers.title')}
          </Heading>
          <ul className="kp-plain-list">
            {speakers.map((sp) => (
              <li key={sp.guid}>
                <DsLink asChild>
                  <Link to={pathTo(conferencePaths.web.speaker, { slug, number: String(sp.number) })}>{sp.name}</Link>
                </DsLink>
                {sp.organisation ? `, ${sp.organisation.name}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {session.materials.trim() ? (
        <section aria-labelledby="materials-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="materials-heading">
            {t('conference.web.session.materials')}
          </Heading>
          <Markdown source={session.materials} lang={session.language} />
        </section>
      ) : null}
      {session.recorded ? <Paragraph data-size="sm">{t('conference.web.session.recorded')}</Paragraph> : null}
      <Paragraph>
        <DsLink href={pathTo(conferencePaths.web.sessionCalendar, { slug, number })} download>
          {t('conference.web.session.calendar')}
        </DsLink>
      </Paragraph>
    </Page>
  );
}

/** /konferanse/:slug/sesjon/:number: one session of the newest published release. */
export function SessionPage() {
  const { slug = '', number: numberText } = useParams();
  const number = numberParam(numberText);
  const query = useProgramme(slug);
  if (!isSlug(slug) || number === null) return <PageNotFound />;
  return (
    <QueryView query={query}>
      {(programme) => {
        const session = programme.snapshot.sessions.find((s) => s.number === number);
        return session ? <SessionView slug={slug} programme={programme} session={session} /> : <PageNotFound />;
      }}
    </QueryView>
  );
}
