import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { formatDayAndTime } from '../practice/format.ts';
import { formatDayHeading, formatSpan, starredByDay } from './mine-shared.ts';
import { useStars } from './use-stars.ts';
import './conference-mine.css';

/**
 * The printable «Mitt program» (docs/adr/0024): a plain table per day, the release and that the
 * times are Norwegian time; print CSS leaves out everything but the list.
 */
export function PrintPage() {
  const { t, locale } = useI18n();
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const programme = useQuery(trpc.conference.programme.queryOptions({ slug }));
  const { starred } = useStars(slug);
  return (
    <QueryView query={programme}>
      {({ release, snapshot }) => {
        const days = starredByDay(snapshot, starred);
        const title = t('conference.web.print.heading', { edition: snapshot.edition.title });
        return (
          <div className="kp-conf-print">
            <Page title={title} meta={{ noindex: true }}>
              <Paragraph>
                {t('conference.web.print.version', {
                  name: release.name,
                  date: formatDayAndTime(release.publishedAt, locale),
                })}
              </Paragraph>
              <div className="kp-actions kp-conf-no-print">
                <Button type="button" onClick={() => window.print()}>
                  {t('conference.web.print.button')}
                </Button>
                <DsLink asChild>
                  <Link to={pathTo(conferencePaths.web.mine, { slug })}>{t('conference.web.print.back')}</Link>
                </DsLink>
              </div>
              {days.length === 0 ? <Paragraph>{t('conference.web.mine.empty')}</Paragraph> : null}
              {days.map(({ day, items }) => (
                <section key={day} aria-labelledby={`print-day-${day}`}>
                  <Heading level={2} data-size="sm" id={`print-day-${day}`}>
                    {formatDayHeading(day, locale)}
                  </Heading>
                  <table>
                    <tbody>
                      {items.map(({ session, roomName }) => (
                        <tr key={session.guid}>
                          <th scope="row">{formatSpan(session, locale)}</th>
                          <td>{session.title}</td>
                          <td>{roomName}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ))}
            </Page>
          </div>
        );
      }}
    </QueryView>
  );
}
