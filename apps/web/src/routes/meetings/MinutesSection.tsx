import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';
import { formatDayAndTime } from '../practice/format.ts';
import { ActionPointList } from './ActionPointList.tsx';

/**
 * The meeting's minutes, for whoever may read them (docs/adr/0020): public
 * minutes are in the server-rendered page; others appear once the browser
 * has asked as the signed-in person. Nothing is shown when there are none
 * for this reader.
 */
export function MinutesSection({ slug }: { slug: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.meetings.minutes.bySlug.queryOptions({ slug }), staleTime: 0 });
  const minutes = query.data;
  if (!minutes) return null;
  return (
    <section aria-labelledby="minutes-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="minutes-heading">
        {t('meetings.minutes.heading')}
      </Heading>
      {minutes.publishedAt ? (
        <Paragraph data-size="sm">
          {t('meetings.web.minutes.updated', { date: formatDayAndTime(minutes.publishedAt, locale) })}
        </Paragraph>
      ) : null}
      <div lang={minutes.language} className="kp-markdown" dangerouslySetInnerHTML={{ __html: minutes.bodyHtml }} />
      {minutes.attachments.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {t('meetings.minutes.attachments')}
          </Heading>
          <ul>
            {minutes.attachments.map((a) => (
              <li key={a.id}>
                <DsLink href={a.url}>{a.fileName}</DsLink>
                {a.altText ? ` – ${a.altText}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={3} data-size="xs">
        {t('meetings.actionPoints.heading')}
      </Heading>
      <ActionPointList points={minutes.actionPoints} level={4} lang={minutes.language} />
    </section>
  );
}
