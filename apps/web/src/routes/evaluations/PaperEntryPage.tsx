import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, SelectField, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { QuestionnaireForm } from './QuestionnaireForm.tsx';

/**
 * /mine-evalueringer/:evaluationId/team/skjema: the team enters completed paper forms, one at a
 * time. «Lagre og skriv inn neste» empties the form and says (aria-live) how many were entered.
 */
export function PaperEntryPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { evaluationId = '' } = useParams();
  const list = useQuery(trpc.evaluations.paperQuestionnaires.queryOptions({ evaluationId }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [entered, setEntered] = useState(0);
  const enter = useMutation(trpc.evaluations.enterPaperResponse.mutationOptions());

  return (
    <Page
      title={t('evaluations.web.paper.title')}
      before={
        <BackLink to={pathTo(evaluationPaths.web.team, { evaluationId })}>{t('evaluations.web.paper.back')}</BackLink>
      }
    >
      <Paragraph>{t('evaluations.web.paper.intro')}</Paragraph>
      <QueryView query={list}>
        {(questionnaires) => {
          if (questionnaires.length === 0) return <Paragraph>{t('evaluations.web.paper.none')}</Paragraph>;
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
        }}
      </QueryView>
    </Page>
  );
}
