import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  type ChangedSessionRef,
  type Locale,
  RELEASE_CHANGE_KINDS,
  type ReleaseChangeKind,
  type ReleaseChanges,
  type ReleaseTranslate,
  conferencePaths,
  fieldChangesText,
  isEmpty,
  isSlug,
  movedText,
  pathTo,
  slotText,
} from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { formatDate } from '../../components/format.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import './change-log.css';

type ChangeLog = Outputs['conference']['changeLog'];
type Release = ChangeLog['releases'][number];

/** One line of a list: the session's title as a link to its page, and what happened to it. */
interface Line {
  session: ChangedSessionRef;
  /** A cancelled session has no page in the current release: its title is plain text. */
  linked: boolean;
  text: string;
}

function linesOf(changes: ReleaseChanges, tr: ReleaseTranslate, locale: Locale, was: (slot: string) => string) {
  const lines: Record<ReleaseChangeKind, Line[]> = {
    added: changes.added.map((a) => ({ session: a, linked: true, text: slotText(tr, locale, a.at) })),
    cancelled: changes.cancelled.map((c) => ({
      session: c,
      linked: false,
      text: was(slotText(tr, locale, c.was)),
    })),
    moved: changes.moved.map((m) => ({ session: m, linked: true, text: movedText(tr, locale, m) })),
    changed: changes.changed.map((c) => ({ session: c, linked: true, text: fieldChangesText(tr, c.fields) })),
  };
  return lines;
}

function ReleaseSection({ slug, release }: { slug: string; release: Release }) {
  const { t, locale } = useI18n();
  const tr: ReleaseTranslate = (key, params) => t(key, params);
  const headingId = `utgivelse-${release.sequence}`;
  const lines = linesOf(release.changes, tr, locale, (slot) => t('conference.web.changes.was', { slot }));
  return (
    <section aria-labelledby={headingId} className="kp-stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {release.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('conference.web.changes.published', { date: formatDate(release.publishedAt, locale) })}
      </Paragraph>
      {release.note ? <Paragraph className="kp-release-note">{release.note}</Paragraph> : null}
      {isEmpty(release.changes) ? <Paragraph>{t('conference.web.changes.none')}</Paragraph> : null}
      {RELEASE_CHANGE_KINDS.filter((kind) => lines[kind].length > 0).map((kind) => (
        <div key={kind} className="kp-stack">
          <Heading level={3} data-size="xs">
            {t(`conference.release.kind.${kind}`)}
          </Heading>
          <ul>
            {lines[kind].map(({ session, linked, text }) => (
              <li key={session.guid}>
                {linked ? (
                  <DsLink asChild>
                    <Link to={pathTo(conferencePaths.web.session, { slug, number: String(session.number) })}>
                      {session.title}
                    </Link>
                  </DsLink>
                ) : (
                  session.title
                )}
                {`: ${text}`}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ChangeLogView({ data }: { data: ChangeLog }) {
  const { t } = useI18n();
  const { slug, title } = data.edition;
  return (
    <Page
      title={t('conference.web.changes.title', { edition: title })}
      meta={{ description: t('conference.web.changes.description', { edition: title }) }}
      before={
        <BackLink to={pathTo(conferencePaths.web.programme, { slug })}>
          {t('conference.web.changes.programme')}
        </BackLink>
      }
    >
      <Paragraph>{t('conference.web.changes.intro')}</Paragraph>
      {data.releases.map((release) => (
        <ReleaseSection key={release.sequence} slug={slug} release={release} />
      ))}
    </Page>
  );
}

/**
 * /konferanse/:slug/endringer: the public change log, every published release newest first
 * with what it changed (docs/adr/0023). The same for everyone, so rendered on the server and
 * cached as a public read; a slug with nothing published is a 404.
 */
export function ChangeLogPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.conference.changeLog.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(data) => <ChangeLogView data={data} />}</QueryView>;
}
