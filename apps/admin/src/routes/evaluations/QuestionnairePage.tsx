import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { type Locale, evaluationPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { EvaluationNav } from './EvaluationNav.tsx';
import { QuestionnaireBreakdown } from './QuestionnaireBreakdown.tsx';
import { PrintableLinks, QuestionnaireLinks } from './QuestionnaireLinks.tsx';
import { QuestionnaireQuestions } from './QuestionnaireQuestions.tsx';
import { QuestionnaireDetailsForm } from './QuestionnaireDetailsForm.tsx';
import { type Questionnaire, type QuestionnairePartProps, useQuestionnaireInvalidation } from './use-questionnaire.ts';
import './questionnaire.css';

/**
 * /evalueringer/:evaluationId/sporreskjema/:questionnaireId: one questionnaire. Its title,
 * introduction and language; its questions, built while it is a draft; the question that splits
 * the report; opening and closing it; and, while it is open, one-time links for those who answer.
 */
export function QuestionnairePage() {
  const { questionnaireId = '' } = useParams();
  const trpc = useTRPC();
  const questionnaire = useQuery(trpc.evaluations.questionnaire.queryOptions({ questionnaireId }));
  return <QueryView query={questionnaire}>{(data) => <QuestionnaireView questionnaire={data} />}</QueryView>;
}

function QuestionnaireView({ questionnaire: q }: { questionnaire: Questionnaire }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<string | null>(useFlash());
  // The links the server returned once: kept here, so the printed sheet can hold only them.
  const [links, setLinks] = useState<string[] | null>(null);
  const n = (value: number) => formatNumber(locale, value);

  return (
    <Page
      title={q.title}
      lead={
        <div className="kp-no-print">
          <Paragraph>
            {t('evaluations.admin.questionnaire.statusLine', {
              status: t(`evaluations.questionnaire.status.${q.status}`),
            })}{' '}
            {t('evaluations.admin.questionnaire.counts', {
              made: n(q.linksMade),
              used: n(q.linksUsed),
              responses: n(q.responses),
              paper: n(q.paperResponses),
            })}
          </Paragraph>
        </div>
      }
    >
      <div className="kp-no-print kp-stack">
        <EvaluationNav evaluationId={q.evaluationId} />
        <Paragraph>
          <AppLink to={pathTo(evaluationPaths.admin.questionnaires, { evaluationId: q.evaluationId })}>
            {t('evaluations.admin.questionnaire.back')}
          </AppLink>
        </Paragraph>
        <StatusMessage message={status} />
        {q.status === 'closed' ? <Paragraph>{t('evaluations.admin.questionnaire.closedNote')}</Paragraph> : null}
        {q.status !== 'closed' ? (
          <Section title={t('evaluations.admin.questionnaire.details.title')}>
            <DetailsForm questionnaire={q} onStatus={setStatus} />
          </Section>
        ) : null}
        <QuestionnaireQuestions questionnaire={q} onStatus={setStatus} />
        <QuestionnaireBreakdown questionnaire={q} onStatus={setStatus} />
        <OpenClose questionnaire={q} onStatus={setStatus} />
        {q.status === 'open' ? (
          <QuestionnaireLinks questionnaire={q} links={links} onLinks={setLinks} onStatus={setStatus} />
        ) : null}
      </div>
      {links ? <PrintableLinks links={links} /> : null}
    </Page>
  );
}

function DetailsForm({ questionnaire: q, onStatus }: QuestionnairePartProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invalidate = useQuestionnaireInvalidation();
  const save = useMutation(
    trpc.evaluations.updateQuestionnaire.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onStatus(t('evaluations.admin.questionnaire.details.saved'));
      },
    }),
  );
  return (
    <QuestionnaireDetailsForm
      initial={{ title: q.title, intro: q.intro, language: q.language as Locale }}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('evaluations.admin.questionnaire.details.save')}
      onSubmit={(details) => {
        onStatus(null);
        save.mutate({ questionnaireId: q.id, ...details });
      }}
    />
  );
}

/** Opening (questions are fixed from then on) and closing (links stop working, for good): both asked first. */
function OpenClose({ questionnaire: q, onStatus }: QuestionnairePartProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invalidate = useQuestionnaireInvalidation();
  const [asking, setAsking] = useState(false);
  const done = (message: string) => async () => {
    setAsking(false);
    await invalidate();
    onStatus(message);
  };
  const open = useMutation(
    trpc.evaluations.openQuestionnaire.mutationOptions({
      onSuccess: done(t('evaluations.admin.questionnaire.opened')),
    }),
  );
  const close = useMutation(
    trpc.evaluations.closeQuestionnaire.mutationOptions({
      onSuccess: done(t('evaluations.admin.questionnaire.closedNow')),
    }),
  );
  if (q.status === 'closed') return null;
  const opening = q.status === 'draft';
  const mutation = opening ? open : close;
  const label = t(opening ? 'evaluations.admin.questionnaire.open' : 'evaluations.admin.questionnaire.close');

  return (
    <Section title={label}>
      {opening ? <Paragraph>{t('evaluations.admin.questionnaire.openHint')}</Paragraph> : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            onStatus(null);
            setAsking(true);
          }}
        >
          {label}
        </Button>
      </div>
      {asking ? (
        <ConfirmMutationDialog
          title={label}
          confirmLabel={label}
          onConfirm={() => mutation.mutate({ questionnaireId: q.id })}
          onCancel={() => {
            setAsking(false);
            mutation.reset();
          }}
          mutation={mutation}
        >
          {t(opening ? 'evaluations.admin.questionnaire.openConfirm' : 'evaluations.admin.questionnaire.closeConfirm', {
            title: q.title,
          })}
        </ConfirmMutationDialog>
      ) : null}
    </Section>
  );
}
