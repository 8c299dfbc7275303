import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  type ProgrammeFilter,
  conferencePaths,
  filterSessions,
  groupByStart,
  isSlug,
  pathTo,
  programmeDays,
  sessionDay,
} from '@knutepunkt/domain';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import type { Outputs } from '../../trpc.ts';
import { formatClock, formatDate, formatDay } from './format.ts';
import { OfflineNotice } from './OfflineNotice.tsx';
import { programmeLookup, useProgramme } from './programme-data.ts';
import { ProgrammeFilters } from './ProgrammeFilters.tsx';
import { parseProgrammeParams, programmeHref } from './programme-params.ts';
import { SessionCard } from './SessionCard.tsx';
import './conference.css';

type Programme = Outputs['conference']['programme'];

/** The days as links (`?dag=`), the current one marked for screen readers too. */
function DayLinks({ slug, days, filter }: { slug: string; days: string[]; filter: ProgrammeFilter }) {
  const { t, locale } = useI18n();
  const { day: _day, ...rest } = filter;
  const links: Array<{ day?: string; label: string }> = [
    { label: t('conference.web.programme.allDays') },
    ...days.map((day) => ({ day, label: formatDay(day, locale) })),
  ];
  return (
    <nav aria-label={t('conference.web.programme.days')}>
      <ul className="kp-conf-days">
        {links.map(({ day, label }) => (
          <li key={day ?? 'all'}>
            <DsLink asChild>
              <Link
                to={programmeHref(slug, { ...rest, ...(day ? { day } : {}) })}
                aria-current={filter.day === day ? 'page' : undefined}
              >
                {label}
              </Link>
            </DsLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ProgrammeView({ slug, programme }: { slug: string; programme: Programme }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const { snapshot, release } = programme;
  const lookup = programmeLookup(snapshot);
  const filter = parseProgrammeParams(params, snapshot);
  const days = programmeDays(snapshot);
  const sessions = filterSessions(snapshot, filter);
  const slots = groupByStart(sessions);
  const edition = snapshot.edition;
  const count =
    sessions.length === 1
      ? t('conference.web.programme.countOne')
      : t('conference.web.programme.count', { count: sessions.length });
  return (
    <Page
      title={t('conference.web.programme.documentTitle', { edition: edition.title })}
      meta={{
        description: [edition.subtitle, edition.venueName].filter(Boolean).join('. ') || edition.title,
        contentLang: edition.language,
      }}
      before={
        <BackLink to={pathTo(conferencePaths.web.edition, { slug })}>{t('conference.web.edition.about')}</BackLink>
      }
    >
      {/* Says so when this is the stored copy (offline, docs/adr/0024). */}
      <OfflineNotice release={release} />
      <Paragraph>
        {t('conference.web.programme.release', {
          name: release.name,
          date: formatDate(release.publishedAt, locale),
        })}
      </Paragraph>
      <Paragraph data-size="sm">{t('conference.osloTime')}</Paragraph>
      <DayLinks slug={slug} days={days} filter={filter} />
      <ProgrammeFilters slug={slug} snapshot={snapshot} filter={filter} />
      <p role="status" aria-live="polite" className="kp-conf-count">
        {count}
      </p>
      {slots.length === 0 ? (
        <EmptyState headingLevel={2} title={count} message={t('conference.web.programme.empty')} />
      ) : (
        slots.map((slot) => {
          const time = formatClock(slot.startsAt, locale);
          const heading = filter.day
            ? t('conference.web.slot', { time })
            : t('conference.web.slotDay', { day: formatDay(sessionDay(slot), locale), time });
          const id = `slot-${slot.startsAt.replace(/\W/g, '')}`;
          return (
            <section key={slot.startsAt} aria-labelledby={id} className="kp-conf-slot">
              <Heading level={2} data-size="sm" id={id}>
                {heading}
              </Heading>
              {slot.sessions.map((s) => (
                <SessionCard key={s.guid} slug={slug} session={s} lookup={lookup} />
              ))}
            </section>
          );
        })
      )}
    </Page>
  );
}

/** /konferanse/:slug/program: the newest published release, by day, searchable and filterable in the address. */
export function ProgrammePage() {
  const { slug = '' } = useParams();
  const query = useProgramme(slug);
  if (!isSlug(slug)) return <PageNotFound />;
  return <QueryView query={query}>{(programme) => <ProgrammeView slug={slug} programme={programme} />}</QueryView>;
}
