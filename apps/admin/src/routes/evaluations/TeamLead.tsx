import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { evaluationPaths } from '@knutepunkt/domain';
import { SelectField, useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { Section } from '../../components/Section.tsx';
import { useTRPC } from '../../trpc.ts';
import { type EvaluationOverview, useEvaluationInvalidation } from './use-evaluation.ts';

/**
 * «Gi ledelsen videre»: the lead (or an admin) hands the evaluation to another coordinator of its
 * network, after a confirmation. A lead who is not an admin has no part in it afterwards, so she
 * is taken to the list; an admin stays, and the page says who leads now.
 */
export function LeadHandover({
  evaluation,
  onStatus,
}: {
  evaluation: EvaluationOverview;
  onStatus: (message: string) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const account = useAccount();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluation.id);
  const [userId, setUserId] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const chosen = evaluation.leadCandidates.find((p) => p.id === userId);
  const handOver = useMutation(
    trpc.evaluations.setLead.mutationOptions({
      onSuccess: async ({ name }) => {
        setConfirming(false);
        setUserId('');
        if (!account.isAdmin) {
          await navigate(evaluationPaths.admin.list);
          return;
        }
        await invalidate(queryClient);
        onStatus(t('evaluations.admin.setup.lead.done', { name }));
      },
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!chosen);
    // A failure from the server shows in the dialog; here only «choose someone» can be wrong.
    if (chosen) setConfirming(true);
    else (event.currentTarget.elements.namedItem('userId') as HTMLSelectElement | null)?.focus();
  };

  return (
    <Section title={t('evaluations.admin.setup.lead.title')}>
      <Paragraph>{t('evaluations.admin.setup.lead.intro')}</Paragraph>
      {evaluation.leadCandidates.length === 0 ? (
        <Paragraph>{t('evaluations.admin.setup.lead.none')}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="kp-stack kp-form">
          <SelectField
            name="userId"
            label={t('evaluations.admin.setup.lead.person')}
            required
            value={userId}
            onChange={(event) => {
              setUserId(event.target.value);
              setMissing(false);
            }}
            options={evaluation.leadCandidates.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
            error={missing ? t('evaluations.admin.setup.lead.chooseFirst') : undefined}
          />
          <div>
            <Button type="submit">{t('evaluations.admin.setup.lead.title')}</Button>
          </div>
        </form>
      )}
      {confirming && chosen ? (
        <ConfirmMutationDialog
          title={t('evaluations.admin.setup.lead.title')}
          confirmLabel={t('evaluations.admin.setup.lead.title')}
          onConfirm={() => handOver.mutate({ evaluationId: evaluation.id, userId: chosen.id })}
          onCancel={() => {
            setConfirming(false);
            handOver.reset();
          }}
          mutation={handOver}
        >
          {t('evaluations.admin.setup.lead.confirm', { title: evaluation.title, name: chosen.name })}
        </ConfirmMutationDialog>
      ) : null}
    </Section>
  );
}
