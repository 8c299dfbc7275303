import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { QueryView, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { AgreementFiles } from './AgreementFiles.tsx';
import { EvaluationNav } from './EvaluationNav.tsx';
import { type OrganisationChoice, OrganisationField } from './OrganisationField.tsx';
import { type EvaluationOverview, useEvaluation, useEvaluationInvalidation } from './use-evaluation.ts';

const ORDER = [
  'commissionerOrganisationId',
  'serviceOrganisationId',
  'purpose',
  'questions',
  'scope',
  'startsOn',
  'endsOn',
  'agreementSignedOn',
] as const;
type TextKey = 'purpose' | 'questions' | 'scope';
type DayKey = 'startsOn' | 'endsOn' | 'agreementSignedOn';

/** /evalueringer/:evaluationId/avtale: the agreement's form and the signed agreement's files. */
export function AgreementPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  return <QueryView query={evaluation}>{(data) => <AgreementView evaluation={data} />}</QueryView>;
}

function AgreementView({ evaluation }: { evaluation: EvaluationOverview }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluation.id);
  const [status, setStatus] = useState<string | null>(null);
  const [commissioner, setCommissioner] = useState<OrganisationChoice | null>(evaluation.commissioner);
  const [service, setService] = useState<OrganisationChoice | null>(evaluation.service);
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    purpose: evaluation.purpose,
    questions: evaluation.questions,
    scope: evaluation.scope,
  });
  const [days, setDays] = useState<Record<DayKey, string>>({
    startsOn: evaluation.startsOn ?? '',
    endsOn: evaluation.endsOn ?? '',
    agreementSignedOn: evaluation.agreementSignedOn ?? '',
  });
  const save = useMutation(
    trpc.evaluations.updateAgreement.mutationOptions({
      onSuccess: async () => {
        await invalidate(queryClient);
        setStatus(t('evaluations.admin.setup.agreement.saved'));
      },
    }),
  );
  const errorFor = useFieldErrors(save.error);
  const labels = Object.fromEntries(ORDER.map((f) => [f, t(`evaluations.admin.setup.field.${f}`)]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    save.mutate({
      evaluationId: evaluation.id,
      commissionerOrganisationId: commissioner?.id ?? null,
      serviceOrganisationId: service?.id ?? null,
      ...texts,
      ...days,
    });
  };

  return (
    <Page
      title={t('evaluations.admin.setup.agreement.title')}
      lead={
        <>
          <Paragraph>{evaluation.title}</Paragraph>
          <Paragraph>{t('evaluations.admin.setup.agreement.intro')}</Paragraph>
        </>
      }
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <StatusMessage message={status} />
      <form onSubmit={submit} noValidate className="kp-stack kp-form">
        <FormErrors error={save.error} order={ORDER} labels={labels} />
        <OrganisationField
          name="commissionerOrganisationId"
          label={labels.commissionerOrganisationId!}
          value={commissioner}
          onChange={setCommissioner}
          error={errorFor('commissionerOrganisationId')}
        />
        <OrganisationField
          name="serviceOrganisationId"
          label={labels.serviceOrganisationId!}
          value={service}
          onChange={setService}
          error={errorFor('serviceOrganisationId')}
        />
        {(['purpose', 'questions', 'scope'] as const).map((field) => (
          <TextArea
            key={field}
            name={field}
            label={labels[field]!}
            description={t('evaluations.admin.setup.field.markdownHint')}
            rows={5}
            value={texts[field]}
            onChange={(event) => setTexts((v) => ({ ...v, [field]: event.target.value }))}
            error={errorFor(field)}
          />
        ))}
        {(['startsOn', 'endsOn', 'agreementSignedOn'] as const).map((field) => (
          <TextField
            key={field}
            name={field}
            type="date"
            label={labels[field]!}
            value={days[field]}
            onChange={(event) => setDays((v) => ({ ...v, [field]: event.target.value }))}
            error={errorFor(field)}
          />
        ))}
        <div>
          <Button type="submit" aria-disabled={save.isPending || undefined}>
            {t('evaluations.admin.setup.agreement.save')}
          </Button>
        </div>
      </form>
      <Section title={t('evaluations.admin.setup.agreement.files')}>
        <AgreementFiles evaluation={evaluation} onStatus={setStatus} />
      </Section>
    </Page>
  );
}
