import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { type SnapshotSession, conferencePaths, isSlug, nowAndNext, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { type ProgrammeLookup, programmeLookup, useProgramme } from './programme-data.ts';
import { SessionCard } from './SessionCard.tsx';
import './conference.css';

type Programme = Outputs['conference']['programme'];

const MINUTE = 60_000;

/**
 * The time «now» means. The server renders with its own clock (conference.clock, never kept
 * in the page cache) and the browser hydrates with that same instant, so both render the same
 * lists; after hydration the browser's own clock takes over and ticks every minute.
 */
function useNow(): Date | null {
  const trpc = useTRPC();
  const clock = useQuery({ ...trpc.conference.clock.queryOptions(), staleTime: Infinity });
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now ?? (clock.data ? new Date(clock.data.at) : null);
}

function SessionList({
  id,
  title,
  empty,
  sessions,
  slug,
  lookup,
}: {
  id: string;
  title: string;
  empty: string;
  sessions: SnapshotSession[];
  slug: string;
  lookup: ProgrammeLookup;
}) {
  return (
    <section aria-labelledby={id} className="kp-conf-slot">
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {sessions.length === 0 ? <Paragraph>{empty}</Paragraph> : null}
      {sessions.map((s) => (
        <SessionCard key={s.guid} slug={slug} session={s} lookup={lookup} />
      ))}
    </section>
  );
}

function NowView({ slug, programme, now }: { slug: string; programme: Programme; now: Date | null }) {
  const { t } = useI18n();
  const { snapshot } = programme;
  const lookup = programmeLookup(snapshot);
  const lists = now ? nowAndNext(snapshot, now) : null;
  return (
    <Page
      title={t('conference.web.now.title')}
      documentTitle={`${t('conference.web.now.title')} – ${snapshot.edition.title}`}
      meta={{ description: snapshot.edition.title, noindex: true }}
      before={
        <BackLink to={pathTo(conferencePaths.web.programme, { slug })}>{t('conference.web.session.back')}</BackLink>
      }
    >
      <Paragraph data-size="sm">
        {t('conference.osloTime')} {t('conference.web.now.refresh')}
      </Paragraph>
      {/* The lists change by themselves every minute: announced politely, never stealing focus. */}
      {lists ? (
        <div aria-live="polite" className="kp-stack">
          <SessionList
            id="now-heading"
            title={t('conference.web.now.now')}
            empty={t('conference.web.now.nothingNow')}
            sessions={lists.now}
            slug={slug}
            lookup={lookup}
          />
          <SessionList
            id="next-heading"
            title={t('conference.web.now.next')}
            empty={t('conference.web.now.nothingNext')}
            sessions={lists.next}
            slug={slug}
            lookup={lookup}
          />
        </div>
      ) : null}
    </Page>
  );
}

/** /konferanse/:slug/na: during the conference, what is on now and what comes next. */
export function NowPage() {
  const { slug = '' } = useParams();
  const query = useProgramme(slug);
  const now = useNow();
  if (!isSlug(slug)) return <PageNotFound />;
  return <QueryView query={query}>{(programme) => <NowView slug={slug} programme={programme} now={now} />}</QueryView>;
}
