import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@digdir/designsystemet-react';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { useTRPC } from '../../trpc.ts';
import { formatDay } from './evaluation-format.ts';
import { type EvaluationOverview, useEvaluationInvalidation } from './use-evaluation.ts';

/** One person of the team page's table: the lead or a team member, with their training. */
export interface TeamPerson {
  id: string;
  name: string;
  email: string;
  training: EvaluationOverview['leadTraining'];
  lead: boolean;
}

/** A person's training records in the team table, each with its delete button. */
export function TrainingList({
  evaluationId,
  person,
  onStatus,
}: {
  evaluationId: string;
  person: TeamPerson;
  onStatus: (message: string | null) => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluationId);
  const remove = useMutation(
    trpc.evaluations.removeTraining.mutationOptions({
      onSuccess: async () => {
        await invalidate(queryClient);
        onStatus(t('evaluations.admin.setup.training.removed'));
      },
    }),
  );
  if (person.training.length === 0) return <>{t('evaluations.admin.setup.training.none')}</>;
  return (
    <>
      <FormErrors error={remove.error} />
      <ul className="kp-stack">
        {person.training.map((item) => (
          <li key={item.id}>
            {t('evaluations.admin.setup.training.item', {
              course: item.course,
              date: formatDay(locale, item.completedOn),
            })}{' '}
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-disabled={remove.isPending || undefined}
              onClick={() => !remove.isPending && remove.mutate({ trainingId: item.id })}
            >
              {t('evaluations.admin.setup.training.remove', { course: item.course, name: person.name })}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

const ORDER = ['userId', 'course', 'completedOn'] as const;

/** Record a course someone on the team has taken, and when. */
export function TrainingForm({
  evaluationId,
  people,
  onStatus,
}: {
  evaluationId: string;
  people: readonly TeamPerson[];
  onStatus: (message: string | null) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluationId);
  const [userId, setUserId] = useState('');
  const [course, setCourse] = useState('');
  const [completedOn, setCompletedOn] = useState('');
  const add = useMutation(
    trpc.evaluations.addTraining.mutationOptions({
      onSuccess: async () => {
        setCourse('');
        setCompletedOn('');
        await invalidate(queryClient);
        onStatus(t('evaluations.admin.setup.training.added'));
      },
    }),
  );
  const errorFor = useFieldErrors(add.error);
  const labels = {
    userId: t('evaluations.admin.setup.team.col.name'),
    course: t('evaluations.admin.setup.field.course'),
    completedOn: t('evaluations.admin.setup.field.completedOn'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    onStatus(null);
    add.mutate({ evaluationId, userId, course, completedOn });
  };
  return (
    <form onSubmit={submit} noValidate className="kp-stack kp-form">
      <FormErrors error={add.error} order={ORDER} labels={labels} />
      <SelectField
        name="userId"
        label={labels.userId}
        required
        value={userId}
        onChange={(event) => setUserId(event.target.value)}
        options={people.map((p) => ({ value: p.id, label: p.name }))}
        error={errorFor('userId')}
      />
      <TextField
        name="course"
        label={labels.course}
        required
        value={course}
        onChange={(event) => setCourse(event.target.value)}
        error={errorFor('course')}
      />
      <TextField
        name="completedOn"
        type="date"
        label={labels.completedOn}
        required
        value={completedOn}
        onChange={(event) => setCompletedOn(event.target.value)}
        error={errorFor('completedOn')}
      />
      <div>
        <Button type="submit" aria-disabled={add.isPending || undefined}>
          {t('evaluations.admin.setup.training.add')}
        </Button>
      </div>
    </form>
  );
}
