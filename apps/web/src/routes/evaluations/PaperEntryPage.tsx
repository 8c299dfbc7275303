import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, SelectField, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { QuestionnaireForm } from './QuestionnaireForm.tsx';

type PaperQuestionnaire = Outputs['evaluations']['paperQuestionnaires'][number];

/**
 * /mine-evalueringer/:evaluationId/team/skjema: the team enters completed paper forms, one at a
 * time. «Lagre og skriv inn neste» empties the form and says (aria-live) how many were entered.
 * The query decides the page: not on the team (404) gives the not-found page, with its one h1.
 */
export function PaperEntryPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { evaluationId = '' } = useParams();
  const list = useQuery(trpc.evaluations.paperQuestionnaires.queryOptions({ evaluationId }));
  return (
    <QueryView query={list}>
      {(questionnaires) => (
        <Page
          title={t('evaluations.web.paper.title')}
          meta={{ noindex: true }}
          before={
            <BackLink to={pathTo(evaluationPaths.web.team, { evaluationId })}>
              {t('evaluations.web.paper.back')}
            </BackLink>
          }
        >
          <Paragraph>{t('evaluations.web.paper.intro')}</Paragraph>
          {questionnaires.length === 0 ? (
            <Paragraph>{t('evaluations.web.paper.none')}</Paragraph>
          ) : (
            <PaperEntry questionnaires={questionnaires} />
          )}
        </Page>
      )}
    </QueryView>
  );
}

function PaperEntry({ questionnaires }: { questionnaires: PaperQuestionnaire[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [chosen, setChosen] = useState<string | null>(null);
  const [entered, setEntered] = useState(0);
  const enter = useMutation(trpc.evaluations.enterPaperResponse.mutationOptions());
  const current = questionnaires.find((q) => q.id === chosen) ?? questionnaires[0]!;
  return (
    <div className="kp-stack">
      <SelectField
        label={t('evaluations.web.paper.choose')}
        name="questionnaire"
        value={current.id}
        onChange={(e) => {
          setChosen(e.currentTarget.value);
          setEntered(0);
          enter.reset();
        }}
        options={questionnaires.map((q) => ({ value: q.id, label: q.title }))}
      />
      <div lang={current.language}>
        <QuestionnaireForm
          key={current.id}
          questions={current.questions}
          mutation={enter}
          submitLabel={t('evaluations.web.paper.saveNext')}
          success={entered > 0 ? t('evaluations.web.paper.saved', { n: entered }) : null}
          onAnswers={(answers, form) =>
            enter.mutate(
              { questionnaireId: current.id, answers },
              {
                onSuccess: () => {
                  form.reset();
                  setEntered((n) => n + 1);
                  form.querySelector<HTMLElement>('input, textarea')?.focus();
                },
              },
            )
          }
        />
      </div>
    </div>
  );
}
