import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { EVALUATION_PHASES, type EvaluationPhase } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { EvaluationNav } from './EvaluationNav.tsx';
import { formatDay } from './evaluation-format.ts';
import { type EvaluationOverview, useEvaluation, useEvaluationInvalidation } from './use-evaluation.ts';

/** /evalueringer/:evaluationId: the lead's overview, the phases and the way to every part. */
export function EvaluationPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  return <QueryView query={evaluation}>{(data) => <EvaluationView evaluation={data} />}</QueryView>;
}

function EvaluationView({ evaluation }: { evaluation: EvaluationOverview }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluation.id);
  const [status, setStatus] = useState<string | null>(useFlash());
  const move = useMutation(
    trpc.evaluations.move.mutationOptions({
      onSuccess: async ({ to }) => {
        await invalidate(queryClient);
        setStatus(t('evaluations.admin.setup.overview.moved', { phase: t(`evaluations.phase.${to}`) }));
      },
    }),
  );
  const n = (value: number) => formatNumber(locale, value);
  const index = (phase: EvaluationPhase) => EVALUATION_PHASES.indexOf(phase);
  const none = t('evaluations.admin.setup.overview.none');
  const timeline =
    evaluation.startsOn || evaluation.endsOn
      ? [evaluation.startsOn, evaluation.endsOn].map((d) => (d ? formatDay(locale, d) : '…')).join(' – ')
      : none;
  const facts: Array<[string, string]> = [
    [t('evaluations.admin.setup.overview.lead'), evaluation.lead?.name ?? none],
    [t('evaluations.admin.setup.overview.network'), evaluation.network.name],
    [t('evaluations.admin.setup.field.centreOrganisationId'), evaluation.centre?.name ?? none],
    [t('evaluations.admin.setup.field.commissionerOrganisationId'), evaluation.commissioner?.name ?? none],
    [t('evaluations.admin.setup.field.serviceOrganisationId'), evaluation.service?.name ?? none],
    [`${t('evaluations.admin.setup.field.startsOn')} – ${t('evaluations.admin.setup.field.endsOn')}`, timeline],
  ];

  return (
    <Page
      title={evaluation.title}
      lead={
        <>
          <Paragraph>
            {t('evaluations.admin.setup.overview.current', { phase: t(`evaluations.phase.${evaluation.phase}`) })}
          </Paragraph>
          <Paragraph>
            {t('evaluations.admin.setup.overview.counts', {
              interviews: n(evaluation.counts.interviews),
              participants: n(evaluation.counts.participants),
              responses: n(evaluation.counts.questionnaireResponses),
            })}
          </Paragraph>
        </>
      }
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <StatusMessage message={status} />
      <Section title={t('evaluations.admin.setup.overview.phases')}>
        <ol className="kp-steps">
          {EVALUATION_PHASES.map((phase) => (
            <li key={phase} aria-current={phase === evaluation.phase ? 'step' : undefined}>
              {t(`evaluations.phase.${phase}`)}
            </li>
          ))}
        </ol>
        <FormErrors error={move.error} />
        {evaluation.nextPhases.length > 0 ? (
          <div className="kp-row-actions">
            {/* Publishing is the report page's: it freezes the report first. */}
            {evaluation.nextPhases
              .filter((to) => to !== 'published')
              .map((to) => (
                <Button
                  key={to}
                  type="button"
                  variant={index(to) > index(evaluation.phase) ? 'primary' : 'secondary'}
                  aria-disabled={move.isPending || undefined}
                  onClick={() => {
                    if (move.isPending) return;
                    setStatus(null);
                    move.mutate({ evaluationId: evaluation.id, to });
                  }}
                >
                  {t(
                    index(to) > index(evaluation.phase)
                      ? 'evaluations.admin.setup.overview.forward'
                      : 'evaluations.admin.setup.overview.back',
                    { phase: t(`evaluations.phase.${to}`) },
                  )}
                </Button>
              ))}
          </div>
        ) : null}
      </Section>
      <Section title={t('evaluations.admin.setup.overview.facts')}>
        <dl className="kp-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="kp-facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </Page>
  );
}
