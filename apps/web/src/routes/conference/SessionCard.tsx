import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { type AccessFeature, type SnapshotSession, conferencePaths, pathTo, sessionEndsAt } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { formatTimeRange } from './format.ts';
import type { ProgrammeLookup } from './programme-data.ts';
import { StarToggle } from './StarToggle.tsx';

/** A symbol beside each access feature's text, never instead of it (hidden from screen readers). */
const ACCESS_ICON: Record<AccessFeature, string> = {
  signLanguage: '🤟',
  captioned: 'CC',
  streamed: '▶',
  hearingLoop: '🦻',
  stepFree: '♿',
};

/**
 * A track's colour as a dot beside its name: an SVG fill, since the CSP forbids style
 * attributes, and only a '#rrggbb' the snapshot promised.
 */
export function TrackChip({ name, colour }: { name: string; colour: string }) {
  const fill = /^#[0-9a-f]{6}$/i.test(colour) ? colour : 'currentColor';
  return (
    <span className="kp-conf-chip">
      <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12">
        <circle cx="6" cy="6" r="6" fill={fill} />
      </svg>
      {name}
    </span>
  );
}

export function AccessList({ features }: { features: AccessFeature[] }) {
  const { t } = useI18n();
  if (features.length === 0) return null;
  return (
    <ul className="kp-conf-access">
      {features.map((f) => (
        <li key={f}>
          <span aria-hidden="true" className="kp-conf-access__icon">
            {ACCESS_ICON[f]}
          </span>{' '}
          {t(`conference.web.access.${f}`)}
        </li>
      ))}
    </ul>
  );
}

/** A session in a list (the programme, «now and next», a speaker's page): what, when, where, who. */
export function SessionCard({
  slug,
  session,
  lookup,
  headingLevel = 3,
}: {
  slug: string;
  session: SnapshotSession;
  lookup: ProgrammeLookup;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, locale } = useI18n();
  const room = lookup.room(session.roomGuid);
  const track = lookup.track(session.trackId);
  const type = lookup.type(session.typeId);
  const speakers = lookup.speakers(session);
  const href = pathTo(conferencePaths.web.session, { slug, number: String(session.number) });
  return (
    <article className="kp-card kp-conf-session" lang={session.language}>
      <Heading level={headingLevel} data-size="xs">
        <DsLink asChild>
          <Link to={href}>{session.title}</Link>
        </DsLink>
      </Heading>
      <Paragraph data-size="sm" className="kp-conf-session__meta" lang={locale}>
        <span className="kp-conf-time">{formatTimeRange(session.startsAt, sessionEndsAt(session), locale)}</span>
        {room ? <span>{room.name}</span> : null}
        {type ? <span>{type.name}</span> : null}
        <span>{t(`conference.web.language.${session.language}`)}</span>
        {track ? <TrackChip name={track.name} colour={track.colour} /> : null}
      </Paragraph>
      {speakers.length > 0 ? (
        <Paragraph data-size="sm">
          {t('conference.web.session.with', { names: speakers.map((s) => s.name).join(', ') })}
        </Paragraph>
      ) : null}
      <div lang={locale}>
        <AccessList features={lookup.access(session)} />
      </div>
      <StarToggle slug={slug} guid={session.guid} title={session.title} />
    </article>
  );
}
