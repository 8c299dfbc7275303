import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { formatDays } from './format.ts';
import './conference.css';

/** /konferanse: the editions with a published programme, newest first. */
export function ConferenceListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.conference.editions.queryOptions());
  return (
    <Page title={t('conference.web.list.title')} meta={{ description: t('conference.web.list.description') }}>
      <Paragraph>{t('conference.web.list.description')}</Paragraph>
      <QueryView query={query} scope="section" headingLevel={2}>
        {(editions) =>
          editions.length === 0 ? (
            <EmptyState headingLevel={2} message={t('conference.web.list.empty')} />
          ) : (
            <ul className="kp-cards">
              {editions.map((e) => (
                <li key={e.slug} className="kp-card">
                  <Heading level={2} data-size="sm">
                    <DsLink asChild>
                      <Link to={pathTo(conferencePaths.web.edition, { slug: e.slug })}>{e.title}</Link>
                    </DsLink>
                  </Heading>
                  {e.subtitle ? <Paragraph>{e.subtitle}</Paragraph> : null}
                  <Paragraph data-size="sm">
                    {[formatDays(e.startsOn, e.endsOn, locale), e.venueName].filter(Boolean).join(' · ')}
                  </Paragraph>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}
