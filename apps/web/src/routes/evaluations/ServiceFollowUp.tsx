import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';
import { RecommendationFollowUp } from './FollowUpHistory.tsx';
import { ResponseForm, StatusForm } from './FollowUpForms.tsx';

/**
 * A section of ServicePage (docs/adr/0025): per recommendation, what the service has answered
 * and its status history, then (for the service contacts, while the follow-up runs) the response
 * form and the status form. The lead and admins read along.
 */
export function ServiceFollowUp({ evaluationId }: { evaluationId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.followUp.queryOptions({ evaluationId }));
  return (
    <section aria-labelledby="tjeneste-oppfolging" className="kp-stack">
      <Heading level={2} data-size="md" id="tjeneste-oppfolging">
        {t('evaluations.web.serviceFollowUp.heading')}
      </Heading>
      <QueryView query={query} scope="section" headingLevel={3}>
        {(data) => {
          const phase = data.evaluation.phase;
          if (phase !== 'published' && phase !== 'closed')
            return <Paragraph>{t('evaluations.web.serviceFollowUp.notYet')}</Paragraph>;
          return (
            <>
              <Paragraph>
                {data.canAnswer
                  ? t('evaluations.web.serviceFollowUp.intro')
                  : phase === 'closed'
                    ? t('evaluations.web.followUp.closed')
                    : t('evaluations.web.serviceFollowUp.readOnly')}
              </Paragraph>
              {data.canAnswer && data.askedRound !== null ? (
                <Paragraph>{t('evaluations.web.serviceFollowUp.asked', { months: String(data.askedRound) })}</Paragraph>
              ) : null}
              <Paragraph>
                <DsLink asChild>
                  <Link to={pathTo(evaluationPaths.web.report, { slug: data.evaluation.slug })}>
                    {t('evaluations.web.serviceFollowUp.publicLink')}
                  </Link>
                </DsLink>
              </Paragraph>
              {data.recommendations.map((r) => (
                <div key={r.id} className="kp-stack kp-card">
                  <RecommendationFollowUp recommendation={r} headingLevel={3} contentLang={data.evaluation.language} />
                  {data.canAnswer ? (
                    <>
                      <ResponseForm recommendation={r} />
                      <StatusForm recommendation={r} />
                    </>
                  ) : null}
                </div>
              ))}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
