import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { REPORT_SECTION_MAX, phaseAllows } from '@knutepunkt/domain';
import { QueryView, SelectField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { MarkdownSection } from './MarkdownSection.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ReportComments } from './ReportComments.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { ReportRecommendations } from './ReportRecommendations.tsx';
import { EvaluationNav } from './EvaluationNav.tsx';

export type ReportData = AdminRouterOutputs['evaluations']['report'];

const SECTIONS = ['summary', 'background', 'method', 'easyRead'] as const;

/**
 * /evalueringer/:evaluationId/rapport: the lead writes the report (Markdown sections with a
 * preview, the questionnaire whose results it shows, the recommendations), deals with the
 * service's comments, previews it exactly as it will be published, and moves it on: to review,
 * published (frozen), sent to the participants (docs/adr/0025).
 */
export function ReportPage() {
  const { evaluationId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.report.queryOptions({ evaluationId }));
  return <QueryView query={query}>{(data) => <ReportEditor data={data} />}</QueryView>;
}

function ReportEditor({ data }: { data: ReportData }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { evaluation } = data;
  const writable = phaseAllows(evaluation.phase, 'writeReport');
  const [texts, setTexts] = useState(data.sections);
  const [questionnaireId, setQuestionnaireId] = useState(data.questionnaireId ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.evaluations.pathFilter());
  const save = useMutation(
    trpc.evaluations.saveReport.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setStatus(t('evaluations.admin.report.saved'));
      },
    }),
  );
  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    save.mutate({ evaluationId: evaluation.id, ...texts, questionnaireId: questionnaireId || null });
  };
  const label = (key: (typeof SECTIONS)[number]) => t(`evaluations.report.section.${key}`);

  return (
    <Page
      title={t('evaluations.admin.report.title', { title: evaluation.title })}
      lead={
        <Paragraph>
          {t(`evaluations.phase.${evaluation.phase}`)} · {t('evaluations.admin.report.lead')}
        </Paragraph>
      }
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <StatusMessage message={status} />
      {!writable ? <Paragraph>{t('evaluations.admin.report.readOnly')}</Paragraph> : null}
      <Section title={t('evaluations.admin.report.sections')}>
        <FormErrors error={save.error} order={[...SECTIONS, 'questionnaireId']} />
        <form onSubmit={onSave} className="kp-stack" noValidate>
          {SECTIONS.map((key) => (
            <MarkdownSection
              key={key}
              name={key}
              label={label(key)}
              description={
                key === 'easyRead'
                  ? t('evaluations.admin.report.easyReadHint')
                  : t('evaluations.admin.report.markdownHint')
              }
              value={texts[key]}
              onChange={(value) => setTexts({ ...texts, [key]: value })}
              maxLength={REPORT_SECTION_MAX}
              lang={evaluation.language}
              readOnly={!writable}
            />
          ))}
          <SelectField
            name="questionnaireId"
            label={t('evaluations.admin.report.questionnaire')}
            options={[
              { value: '', label: t('evaluations.admin.report.noQuestionnaire') },
              ...data.questionnaires.map((q) => ({ value: q.id, label: q.title })),
            ]}
            placeholder={false}
            value={questionnaireId}
            disabled={!writable}
            onChange={(e) => setQuestionnaireId(e.currentTarget.value)}
          />
          {writable ? (
            <div>
              <Button type="submit" loading={save.isPending}>
                {t('evaluations.admin.report.save')}
              </Button>
            </div>
          ) : null}
        </form>
      </Section>
      <ReportRecommendations data={data} writable={writable} onChange={refresh} onStatus={setStatus} />
      <ReportComments data={data} onChange={refresh} />
      <ReportPreview evaluationId={evaluation.id} />
      <ReportActions data={data} onChange={refresh} onStatus={setStatus} />
    </Page>
  );
}
