import { useParams } from 'react-router';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { ServiceFindings } from './ServiceFindings.tsx';
import { ServiceReportReview } from './ServiceReportReview.tsx';
import { ServiceFollowUp } from './ServiceFollowUp.tsx';

/**
 * /mine-evalueringer/:evaluationId/tjeneste: what the evaluated service's contacts see and do
 * (docs/adr/0025): the plan and the preliminary findings shared with them, the report under
 * review (comments only), and their responses to the recommendations with the follow-up.
 * Never raw data. Each section fetches its own part.
 */
export function ServicePage() {
  const { t } = useI18n();
  const { evaluationId = '' } = useParams();
  return (
    <Page title={t('evaluations.web.service.title')}>
      <ServiceFindings evaluationId={evaluationId} />
      <ServiceReportReview evaluationId={evaluationId} />
      <ServiceFollowUp evaluationId={evaluationId} />
    </Page>
  );
}
