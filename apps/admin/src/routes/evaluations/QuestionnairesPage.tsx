import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { type Locale, evaluationPaths, pathTo } from '@knutepunkt/domain';
import { DataTable, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { EvaluationNav } from './EvaluationNav.tsx';
import { QuestionnaireDetailsForm } from './QuestionnaireDetailsForm.tsx';
import { type EvaluationOverview, useEvaluation } from './use-evaluation.ts';

/** /evalueringer/:evaluationId/sporreskjema: the evaluation's questionnaires, and a new one. */
export function QuestionnairesPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  return <QueryView query={evaluation}>{(data) => <QuestionnairesView evaluation={data} />}</QueryView>;
}

function QuestionnairesView({ evaluation }: { evaluation: EvaluationOverview }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const questionnaires = useQuery(trpc.evaluations.questionnaires.queryOptions({ evaluationId: evaluation.id }));
  const n = (value: number) => formatNumber(locale, value);
  const title = t('evaluations.admin.questionnaire.list.title');

  return (
    <Page
      title={title}
      lead={
        <>
          <Paragraph>{evaluation.title}</Paragraph>
          <Paragraph>{t('evaluations.admin.questionnaire.list.intro')}</Paragraph>
        </>
      }
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <DataTable
        caption={title}
        query={questionnaires}
        rows={questionnaires.data}
        rowKey={(q) => q.id}
        columns={[
          {
            id: 'title',
            header: t('evaluations.admin.questionnaire.col.title'),
            rowHeader: true,
            cell: (q) => (
              <AppLink
                to={pathTo(evaluationPaths.admin.questionnaire, { evaluationId: evaluation.id, questionnaireId: q.id })}
              >
                {q.title}
              </AppLink>
            ),
          },
          {
            id: 'language',
            header: t('evaluations.admin.questionnaire.col.language'),
            cell: (q) => t(`evaluations.admin.setup.language.${q.language}`),
          },
          {
            id: 'status',
            header: t('evaluations.admin.questionnaire.col.status'),
            cell: (q) => t(`evaluations.questionnaire.status.${q.status}`),
          },
          {
            id: 'questions',
            header: t('evaluations.admin.questionnaire.col.questions'),
            className: 'kp-num',
            cell: (q) => n(q.questions),
          },
          {
            id: 'links',
            header: t('evaluations.admin.questionnaire.col.links'),
            cell: (q) =>
              t('evaluations.admin.questionnaire.linksValue', { made: n(q.linksMade), used: n(q.linksUsed) }),
          },
          {
            id: 'responses',
            header: t('evaluations.admin.questionnaire.col.responses'),
            className: 'kp-num',
            cell: (q) => n(q.responses),
          },
        ]}
        empty={t('evaluations.admin.questionnaire.list.empty')}
        errorHeadingLevel={2}
      />
      <Section title={t('evaluations.admin.questionnaire.create.title')}>
        <CreateForm evaluation={evaluation} />
      </Section>
    </Page>
  );
}

/** A new questionnaire, in the evaluation's language unless chosen otherwise; opens it when made. */
function CreateForm({ evaluation }: { evaluation: EvaluationOverview }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(
    trpc.evaluations.createQuestionnaire.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries(trpc.evaluations.questionnaires.pathFilter());
        void navigate(
          pathTo(evaluationPaths.admin.questionnaire, { evaluationId: evaluation.id, questionnaireId: id }),
          { state: { flash: t('evaluations.admin.questionnaire.create.created') } },
        );
      },
    }),
  );
  return (
    <QuestionnaireDetailsForm
      initial={{ title: '', intro: '', language: evaluation.language as Locale }}
      error={create.error}
      pending={create.isPending}
      submitLabel={t('evaluations.admin.questionnaire.create.submit')}
      onSubmit={(details) => create.mutate({ evaluationId: evaluation.id, ...details })}
    />
  );
}
