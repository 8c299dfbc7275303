import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';

/** /mine-evalueringer: the evaluations one is on the team of, or a service contact of, with a link to each part. */
export function MyEvaluationsPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.mine.queryOptions());
  return (
    <Page title={t('evaluations.web.mine.title')}>
      <Paragraph>{t('evaluations.web.mine.intro')}</Paragraph>
      <QueryView query={query} scope="section" headingLevel={2}>
        {(evaluations) =>
          evaluations.length === 0 ? (
            <EmptyState headingLevel={2} message={t('evaluations.web.mine.empty')} />
          ) : (
            <ul className="kp-cards">
              {evaluations.map((e) => (
                <li key={e.id} className="kp-card">
                  <Heading level={2} data-size="sm">
                    {e.title}
                  </Heading>
                  <Paragraph data-size="sm">
                    {[e.service?.name, t(`evaluations.phase.${e.phase}`)].filter(Boolean).join(' · ')}
                  </Paragraph>
                  <ul>
                    {e.onTeam ? (
                      <li>
                        <DsLink asChild>
                          <Link to={pathTo(evaluationPaths.web.team, { evaluationId: e.id })}>
                            {t('evaluations.web.mine.teamLink')}
                          </Link>
                        </DsLink>
                      </li>
                    ) : null}
                    {e.serviceContact ? (
                      <li>
                        <DsLink asChild>
                          <Link to={pathTo(evaluationPaths.web.service, { evaluationId: e.id })}>
                            {t('evaluations.web.mine.serviceLink')}
                          </Link>
                        </DsLink>
                      </li>
                    ) : null}
                  </ul>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}
