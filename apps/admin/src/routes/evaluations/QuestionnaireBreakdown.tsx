import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { RadioField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { useTRPC } from '../../trpc.ts';
import { type QuestionnairePartProps, useQuestionnaireInvalidation } from './use-questionnaire.ts';

const NONE = 'none';

/**
 * The question whose answers split the report's tables (docs/adr/0025): one of the saved
 * single-choice questions, or none. Chosen while planning or analysing, open or not.
 */
export function QuestionnaireBreakdown({ questionnaire: q, onStatus }: QuestionnairePartProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invalidate = useQuestionnaireInvalidation();
  const [chosen, setChosen] = useState(q.breakdownQuestionId ?? NONE);
  const save = useMutation(
    trpc.evaluations.setBreakdown.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onStatus(t('evaluations.admin.questionnaire.breakdown.saved'));
      },
    }),
  );
  const singles = q.questions.flatMap((question, i) =>
    question.kind === 'single' ? [{ id: question.id, label: `${i + 1}. ${question.text}` }] : [],
  );
  // A saved question that stopped being a single choice is no longer the breakdown (saveQuestions clears it).
  const value = chosen !== NONE && !singles.some((s) => s.id === chosen) ? NONE : chosen;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    onStatus(null);
    save.mutate({ questionnaireId: q.id, questionId: value === NONE ? null : value });
  };

  return (
    <Section title={t('evaluations.admin.questionnaire.breakdown.title')}>
      <Paragraph>{t('evaluations.admin.questionnaire.breakdown.intro')}</Paragraph>
      {singles.length === 0 ? (
        <Paragraph>{t('evaluations.admin.questionnaire.breakdown.noChoices')}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="kp-stack kp-form">
          <FormErrors error={save.error} idFor={() => `breakdown-${NONE}`} />
          <Fieldset>
            <Fieldset.Legend>{t('evaluations.admin.questionnaire.breakdown.legend')}</Fieldset.Legend>
            {[{ id: NONE, label: t('evaluations.admin.questionnaire.breakdown.none') }, ...singles].map((option) => (
              <RadioField
                key={option.id}
                id={`breakdown-${option.id}`}
                name="breakdown"
                value={option.id}
                label={option.label}
                checked={value === option.id}
                onChange={() => setChosen(option.id)}
              />
            ))}
          </Fieldset>
          <div>
            <Button type="submit" variant="secondary" aria-disabled={save.isPending || undefined}>
              {t('evaluations.admin.questionnaire.breakdown.save')}
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
