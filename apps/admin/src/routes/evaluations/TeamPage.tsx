import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { DataTable, QueryView, TextField, useI18n } from '@knutepunkt/ui';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { EvaluationNav } from './EvaluationNav.tsx';
import { LeadHandover } from './TeamLead.tsx';
import { TrainingForm, TrainingList, type TeamPerson } from './TeamTraining.tsx';
import { type EvaluationOverview, useEvaluation, useEvaluationInvalidation } from './use-evaluation.ts';

/** /evalueringer/:evaluationId/team: the lead and the user-interviewers, their training, adding and removing. */
export function TeamPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  return <QueryView query={evaluation}>{(data) => <TeamView evaluation={data} />}</QueryView>;
}

function TeamView({ evaluation }: { evaluation: EvaluationOverview }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluation.id);
  const [status, setStatus] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [removing, setRemoving] = useState<TeamPerson | null>(null);
  const add = useMutation(
    trpc.evaluations.addTeamMember.mutationOptions({
      onSuccess: async ({ name }) => {
        setEmail('');
        await invalidate(queryClient);
        setStatus(t('evaluations.admin.setup.team.added', { name }));
      },
    }),
  );
  const remove = useMutation(
    trpc.evaluations.removeTeamMember.mutationOptions({
      onSuccess: async () => {
        const name = removing?.name ?? '';
        setRemoving(null);
        await invalidate(queryClient);
        setStatus(t('evaluations.admin.setup.team.removed', { name }));
      },
    }),
  );
  const errorFor = useFieldErrors(add.error);
  const leadLabel = t('evaluations.admin.setup.overview.lead');
  // The lead is on the team without a row of her own; her training is recorded like anyone's.
  const people: TeamPerson[] = [
    ...(evaluation.lead
      ? [
          {
            ...evaluation.lead,
            name: `${evaluation.lead.name} (${leadLabel})`,
            training: evaluation.leadTraining,
            lead: true,
          },
        ]
      : []),
    ...evaluation.team.map((m) => ({ ...m, lead: false })),
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    setStatus(null);
    add.mutate({ evaluationId: evaluation.id, email });
  };

  return (
    <Page
      title={t('evaluations.admin.setup.team.title')}
      lead={
        <>
          <Paragraph>{evaluation.title}</Paragraph>
          <Paragraph>{t('evaluations.admin.setup.team.intro')}</Paragraph>
        </>
      }
    >
      <EvaluationNav evaluationId={evaluation.id} />
      <StatusMessage message={status} />
      <DataTable
        caption={t('evaluations.admin.setup.team.caption')}
        rows={people}
        rowKey={(p) => p.id}
        columns={[
          { id: 'name', header: t('evaluations.admin.setup.team.col.name'), rowHeader: true, cell: (p) => p.name },
          { id: 'email', header: t('evaluations.admin.setup.team.col.email'), cell: (p) => p.email },
          {
            id: 'training',
            header: t('evaluations.admin.setup.team.col.training'),
            cell: (p) => <TrainingList evaluationId={evaluation.id} person={p} onStatus={setStatus} />,
          },
          {
            id: 'actions',
            header: '',
            cell: (p) =>
              p.lead ? null : (
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => setRemoving(p)}>
                  {t('evaluations.admin.setup.team.remove', { name: p.name })}
                </Button>
              ),
          },
        ]}
        empty={t('evaluations.admin.setup.team.empty')}
      />
      <Section title={t('evaluations.admin.setup.team.add')}>
        <form onSubmit={submit} noValidate className="kp-stack kp-form">
          <FormErrors error={add.error} order={['email']} />
          <TextField
            name="email"
            type="email"
            autoComplete="off"
            label={t('evaluations.admin.setup.team.email')}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errorFor('email')}
          />
          <div>
            <Button type="submit" aria-disabled={add.isPending || undefined}>
              {t('evaluations.admin.setup.team.add')}
            </Button>
          </div>
        </form>
      </Section>
      <Section title={t('evaluations.admin.setup.training.add')}>
        <TrainingForm evaluationId={evaluation.id} people={people} onStatus={setStatus} />
      </Section>
      <LeadHandover evaluation={evaluation} onStatus={setStatus} />
      {removing ? (
        <ConfirmMutationDialog
          title={t('evaluations.admin.setup.team.remove', { name: removing.name })}
          confirmLabel={t('evaluations.admin.setup.team.remove', { name: removing.name })}
          onConfirm={() => remove.mutate({ evaluationId: evaluation.id, userId: removing.id })}
          onCancel={() => {
            setRemoving(null);
            remove.reset();
          }}
          mutation={remove}
        >
          {t('evaluations.admin.setup.team.removeConfirm', { name: removing.name })}
        </ConfirmMutationDialog>
      ) : null}
    </Page>
  );
}
