import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Fieldset, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { EVALUATION_METHODS, type EvaluationMethod } from '@knutepunkt/domain';
import { CheckboxField, QueryView, TextArea, TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { EvaluationNav } from './EvaluationNav.tsx';
import { type EvaluationOverview, useEvaluation, useEvaluationInvalidation } from './use-evaluation.ts';

const NUMBERS = [
  'plannedGroupInterviews',
  'plannedIndividualInterviews',
  'plannedParticipants',
  'plannedQuestionnaireResponses',
  'retentionMonths',
  'minGroupSize',
] as const;
type NumberKey = (typeof NUMBERS)[number];
const ORDER = ['methods', 'targetGroups', ...NUMBERS, 'consentText'] as const;
const HINTS: Partial<Record<NumberKey, 'retentionHint' | 'minGroupSizeHint'>> = {
  retentionMonths: 'retentionHint',
  minGroupSize: 'minGroupSizeHint',
};

/** A number field's text as the API takes it: a whole number, or the text itself for the server to refuse. */
const asNumber = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text);

/** /evalueringer/:evaluationId/plan: methods, target groups, planned numbers, retention, smallest group, consent text. */
export function PlanPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  return <QueryView query={evaluation}>{(data) => <PlanView evaluation={data} />}</QueryView>;
}

function PlanView({ evaluation }: { evaluation: EvaluationOverview }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluation.id);
  const [status, setStatus] = useState<string | null>(null);
  const [methods, setMethods] = useState<EvaluationMethod[]>(evaluation.methods);
  const [targetGroups, setTargetGroups] = useState(evaluation.targetGroups);
  const [consentText, setConsentText] = useState(evaluation.consentText);
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(
    () => Object.fromEntries(NUMBERS.map((k) => [k, String(evaluation[k])])) as Record<NumberKey, string>,
  );
  const save = useMutation(
    trpc.evaluations.updatePlan.mutationOptions({
      onSuccess: async () => {
        await invalidate(queryClient);
        setStatus(t('evaluations.admin.setup.plan.saved'));
      },
    }),
  );
  const errorFor = useFieldErrors(save.error);
  const labels = Object.fromEntries(ORDER.map((f) => [f, t(`evaluations.admin.setup.field.${f}`)]));
  const idFor = (field: string) =>
    field.startsWith('methods') ? fieldId(`method-${EVALUATION_METHODS[0]}`) : fieldId(field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    const parsed = Object.fromEntries(NUMBERS.map((k) => [k, asNumber(numbers[k])])) as Record<NumberKey, number>;
    save.mutate({ evaluationId: evaluation.id, methods, targetGroups, consentText, ...parsed });
  };

  return (
    <Page
      title={t('evaluations.admin.setup.plan.title')}
      lead={
        <>
          <Paragraph>{evaluation.title}</Paragraph>
          <Paragraph>{t('evaluations.admin.setup.plan.intro')}</Paragraph>
        </>
      }
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <StatusMessage message={status} />
      <form onSubmit={submit} noValidate className="kp-stack kp-form">
        <FormErrors error={save.error} order={ORDER} labels={labels} idFor={idFor} />
        <Fieldset aria-invalid={errorFor('methods') ? true : undefined}>
          <Fieldset.Legend>{labels.methods}</Fieldset.Legend>
          {EVALUATION_METHODS.map((m) => (
            <CheckboxField
              key={m}
              name={`method-${m}`}
              label={t(`evaluations.admin.setup.method.${m}`)}
              checked={methods.includes(m)}
              onChange={(event) =>
                setMethods((list) => (event.target.checked ? [...list, m] : list.filter((x) => x !== m)))
              }
            />
          ))}
          {errorFor('methods') ? <ValidationMessage>{errorFor('methods')}</ValidationMessage> : null}
        </Fieldset>
        <TextArea
          name="targetGroups"
          label={labels.targetGroups!}
          description={t('evaluations.admin.setup.field.markdownHint')}
          rows={4}
          value={targetGroups}
          onChange={(event) => setTargetGroups(event.target.value)}
          error={errorFor('targetGroups')}
        />
        {NUMBERS.map((field) => (
          <TextField
            key={field}
            name={field}
            inputMode="numeric"
            label={labels[field]!}
            description={HINTS[field] ? t(`evaluations.admin.setup.field.${HINTS[field]}`) : undefined}
            value={numbers[field]}
            onChange={(event) => setNumbers((v) => ({ ...v, [field]: event.target.value }))}
            error={errorFor(field)}
          />
        ))}
        <TextArea
          name="consentText"
          label={labels.consentText!}
          description={t('evaluations.admin.setup.field.consentHint', { version: evaluation.consentVersion })}
          rows={6}
          value={consentText}
          onChange={(event) => setConsentText(event.target.value)}
          error={errorFor('consentText')}
        />
        <div>
          <Button type="submit" aria-disabled={save.isPending || undefined}>
            {t('evaluations.admin.setup.plan.save')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
