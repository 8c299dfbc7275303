import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  EVALUATION_RESPONSES,
  FOLLOW_UP_LIMITS,
  FOLLOW_UP_STATUSES,
  recommendationResponseInput,
  recommendationStatusInput,
} from '@knutepunkt/domain';
import { type FieldError, FormErrorSummary, RadioField, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';

type Recommendation = Outputs['evaluations']['followUp']['recommendations'][number];

/**
 * A form of its own per recommendation, so its fields' ids carry the recommendation's id (several
 * are on one page) and the error summary links to them (`idFor`). method="post" like every form.
 */
function FollowUpForm(props: {
  prefix: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  errors: FieldError[];
  success: string | null;
  failure: string | null;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
}) {
  return (
    <form method="post" onSubmit={props.onSubmit} noValidate className="kp-stack kp-form">
      <FormErrorSummary errors={props.errors} idFor={(field) => `${props.prefix}-${field}`} />
      <FormStatus success={props.success} failure={props.failure} />
      {props.children}
      <div>
        <Button type="submit" loading={props.pending}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}

function useInvalidateFollowUp() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.evaluations.followUp.pathFilter()),
      queryClient.invalidateQueries(trpc.evaluations.report.pathFilter()),
    ]);
}

/** The service's response: agreed / partly / not agreed, the planned action, who is responsible. */
export function ResponseForm({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidateFollowUp();
  const [saved, setSaved] = useState(false);
  const respond = useMutation(
    trpc.evaluations.respondToRecommendation.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setSaved(true);
      },
    }),
  );
  const fields = ['response', 'plannedAction', 'responsible'];
  const { check, errors, errorFor, failure } = useCheckedForm(respond, recommendationResponseInput, fields);
  const prefix = `svar-${r.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const input = {
      recommendationId: r.id,
      response: data.get('response') ?? undefined,
      plannedAction: String(data.get('plannedAction') ?? ''),
      responsible: String(data.get('responsible') ?? ''),
    };
    if (check(input)) respond.mutate(recommendationResponseInput.parse(input));
  };
  return (
    <FollowUpForm
      prefix={prefix}
      onSubmit={onSubmit}
      errors={errors}
      success={saved ? t('evaluations.web.serviceFollowUp.responseSaved') : null}
      failure={failure}
      submitLabel={t('evaluations.web.serviceFollowUp.saveResponse')}
      pending={respond.isPending}
    >
      <Fieldset>
        <Fieldset.Legend>{t('evaluations.web.serviceFollowUp.responseLegend')}</Fieldset.Legend>
        {EVALUATION_RESPONSES.map((value, i) => (
          <RadioField
            key={value}
            id={i === 0 ? `${prefix}-response` : `${prefix}-response-${value}`}
            name="response"
            value={value}
            defaultChecked={r.response === value}
            label={t(`evaluations.followUp.response.${value}`)}
            error={i === EVALUATION_RESPONSES.length - 1 ? errorFor('response') : undefined}
          />
        ))}
      </Fieldset>
      <TextArea
        id={`${prefix}-plannedAction`}
        name="plannedAction"
        label={t('evaluations.web.serviceFollowUp.plannedAction')}
        defaultValue={r.plannedAction}
        maxLength={FOLLOW_UP_LIMITS.plannedAction}
        error={errorFor('plannedAction')}
      />
      <TextField
        id={`${prefix}-responsible`}
        name="responsible"
        label={t('evaluations.web.serviceFollowUp.responsible')}
        description={t('evaluations.web.serviceFollowUp.responsibleHelp')}
        defaultValue={r.responsible}
        maxLength={FOLLOW_UP_LIMITS.responsible}
        error={errorFor('responsible')}
      />
    </FollowUpForm>
  );
}

/** A status: done / in progress / not started, with a comment; it answers the round asked for, if any. */
export function StatusForm({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidateFollowUp();
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const give = useMutation(
    trpc.evaluations.giveStatus.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setSaved(true);
        setFormKey((k) => k + 1); // a fresh, empty form for the next status
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(give, recommendationStatusInput, ['status', 'comment']);
  const prefix = `status-${r.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const input = {
      recommendationId: r.id,
      status: data.get('status') ?? undefined,
      comment: String(data.get('comment') ?? ''),
    };
    if (check(input)) give.mutate(recommendationStatusInput.parse(input));
  };
  const legend =
    r.roundToAnswer === null
      ? t('evaluations.web.serviceFollowUp.statusLegend')
      : t('evaluations.web.serviceFollowUp.statusLegendRound', { months: String(r.roundToAnswer) });
  return (
    <FollowUpForm
      key={formKey}
      prefix={prefix}
      onSubmit={onSubmit}
      errors={errors}
      success={saved ? t('evaluations.web.serviceFollowUp.statusSaved') : null}
      failure={failure}
      submitLabel={t('evaluations.web.serviceFollowUp.saveStatus')}
      pending={give.isPending}
    >
      <Fieldset>
        <Fieldset.Legend>{legend}</Fieldset.Legend>
        {FOLLOW_UP_STATUSES.map((value, i) => (
          <RadioField
            key={value}
            id={i === 0 ? `${prefix}-status` : `${prefix}-status-${value}`}
            name="status"
            value={value}
            label={t(`evaluations.followUp.status.${value}`)}
            error={i === FOLLOW_UP_STATUSES.length - 1 ? errorFor('status') : undefined}
          />
        ))}
      </Fieldset>
      <TextArea
        id={`${prefix}-comment`}
        name="comment"
        label={t('evaluations.web.serviceFollowUp.comment')}
        maxLength={FOLLOW_UP_LIMITS.comment}
        error={errorFor('comment')}
      />
    </FollowUpForm>
  );
}
