import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isSlug, meetingPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatDayAndTime } from '../practice/format.ts';
import { ActionPointList } from './ActionPointList.tsx';
import './meetings.css';

type SinceLast = Outputs['meetings']['minutes']['sinceLast'];

/** The open action points grouped by the meeting they came from, oldest first. */
function byOrigin(points: SinceLast['actionPoints']) {
  const groups = new Map<string, { origin: SinceLast['actionPoints'][number]['origin']; points: typeof points }>();
  for (const point of points) {
    const group = groups.get(point.origin.slug) ?? { origin: point.origin, points: [] };
    group.points.push(point);
    groups.set(point.origin.slug, group);
  }
  return [...groups.values()];
}

function SinceLastView({ data }: { data: SinceLast }) {
  const { t, locale } = useI18n();
  const meetingPath = pathTo(meetingPaths.web.meeting, { slug: data.meeting.slug });
  const groups = byOrigin(data.actionPoints);
  return (
    <Page
      title={`${t('meetings.web.sinceLast.title')}: ${data.meeting.title}`}
      meta={{ description: t('meetings.web.sinceLast.intro'), contentLang: data.meeting.language }}
      before={<BackLink to={meetingPath}>{t('meetings.web.sinceLast.back')}</BackLink>}
    >
      <Paragraph>{t('meetings.web.sinceLast.intro')}</Paragraph>
      {groups.length === 0 ? <Paragraph>{t('meetings.web.sinceLast.none')}</Paragraph> : null}
      {groups.map(({ origin, points }) => (
        <section key={origin.slug} aria-labelledby={`fra-${origin.slug}`} className="kp-stack">
          <Heading level={2} data-size="sm" id={`fra-${origin.slug}`}>
            {t('meetings.web.sinceLast.from', { title: origin.title, date: formatDayAndTime(origin.startsAt, locale) })}
          </Heading>
          {/* The points are written in their own meeting's minutes' language. */}
          <ActionPointList points={points} level={3} lang={origin.language} />
        </section>
      ))}
    </Page>
  );
}

/**
 * /moter/:slug/siden-sist: the network's open action points from earlier
 * meetings, for the meeting's "siden sist" agenda item. Rendered on the
 * server as a visitor sees it; the browser asks again as the signed-in person.
 */
export function SinceLastPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.meetings.minutes.sinceLast.queryOptions({ slug }), enabled: valid, staleTime: 0 });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(data) => <SinceLastView data={data} />}</QueryView>;
}
