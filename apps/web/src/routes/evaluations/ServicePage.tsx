import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { ServiceFindings } from './ServiceFindings.tsx';
import { ServiceReportReview } from './ServiceReportReview.tsx';
import { ServiceFollowUp } from './ServiceFollowUp.tsx';

/**
 * /mine-evalueringer/:evaluationId/tjeneste: what the evaluated service's contacts see and do
 * (docs/adr/0025): the plan and the preliminary findings shared with them, the report under
 * review (comments only), and their responses to the recommendations with the follow-up.
 * Never raw data. Each section fetches its own part; the evaluation's title comes first (the
 * same read as the plan's section), so a contact of several evaluations knows which this is.
 */
export function ServicePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { evaluationId = '' } = useParams();
  const overview = useQuery(trpc.evaluations.serviceOverview.queryOptions({ evaluationId }));
  const evaluation = overview.data?.evaluation;
  return (
    <Page title={t('evaluations.web.service.title')} meta={{ noindex: true }}>
      {evaluation ? (
        <Paragraph data-size="lg" lang={evaluation.language}>
          {evaluation.title}
        </Paragraph>
      ) : null}
      <ServiceFindings evaluationId={evaluationId} />
      <ServiceReportReview evaluationId={evaluationId} />
      <ServiceFollowUp evaluationId={evaluationId} />
    </Page>
  );
}
