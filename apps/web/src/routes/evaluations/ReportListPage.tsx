import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { formatDay } from '../practice/format.ts';

/** /evalueringer: the published Bruker Spør Bruker reports, newest first (docs/adr/0025). */
export function ReportListPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.reports.queryOptions());
  return (
    <Page title={t('evaluations.web.reports.title')} meta={{ description: t('evaluations.web.reports.intro') }}>
      <Paragraph>{t('evaluations.web.reports.intro')}</Paragraph>
      <QueryView query={query} scope="section" headingLevel={2}>
        {(reports) =>
          reports.length === 0 ? (
            <EmptyState headingLevel={2} message={t('evaluations.web.reports.empty')} />
          ) : (
            <ul className="kp-cards">
              {reports.map((r) => {
                const date = formatDay(r.publishedAt, locale);
                return (
                  <li key={r.slug} className="kp-card">
                    <Heading level={2} data-size="sm" lang={r.language}>
                      <DsLink asChild>
                        <Link to={pathTo(evaluationPaths.web.report, { slug: r.slug })}>{r.title}</Link>
                      </DsLink>
                    </Heading>
                    <Paragraph data-size="sm">
                      {r.service
                        ? t('evaluations.web.reports.item', { service: r.service, date })
                        : t('evaluations.web.reports.itemNoService', { date })}
                    </Paragraph>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}
