import { type FormEvent, useState } from 'react';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EVALUATION_LIMITS, utcToOslo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { useTRPC } from '../../trpc.ts';

type Evaluation = AdminRouterOutputs['meetings']['evaluation']['get'];

const DAY = 86_400_000;

/**
 * The question editor: the rating question, up to five free-text questions (added and removed
 * with buttons), and the last day for answers. Saved whole; refused once the form was sent.
 */
export function EvaluationQuestions({ data, onSaved }: { data: Evaluation; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saved = data.evaluation;
  const [texts, setTexts] = useState<string[]>(saved?.textQuestions ?? []);
  const defaultCloses = utcToOslo(new Date(new Date(data.meeting.endsAt).getTime() + 14 * DAY)).date;
  const save = useMutation(
    trpc.meetings.evaluation.setQuestions.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.meetings.evaluation.get.pathFilter());
        onSaved(t('meetings.admin.evaluation.saved'));
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      meetingId: data.meeting.id,
      ratingQuestion: String(form.get('ratingQuestion') ?? ''),
      textQuestions: texts.map((_, i) => String(form.get(`textQuestions.${i}`) ?? '')),
      closesOn: String(form.get('closesOn') ?? ''),
    });
  };

  const remove = (index: number) => {
    setTexts((current) => current.filter((_, i) => i !== index));
    // The removed field's button is gone: focus goes to the group's first field or the add button.
    requestAnimationFrame(() => document.getElementById(fieldId('ratingQuestion'))?.focus());
  };

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="kp-stack kp-form">
      <FormErrors
        error={save.error}
        order={['ratingQuestion', 'textQuestions', 'closesOn']}
        labels={{
          ratingQuestion: t('meetings.admin.evaluation.ratingQuestion'),
          closesOn: t('meetings.admin.evaluation.closesOn'),
        }}
      />
      <TextField
        name="ratingQuestion"
        label={t('meetings.admin.evaluation.ratingQuestion')}
        defaultValue={saved?.ratingQuestion ?? t('meetings.admin.evaluation.ratingQuestionDefault')}
        maxLength={EVALUATION_LIMITS.question}
        required
      />
      <Fieldset>
        <Fieldset.Legend>{t('meetings.admin.evaluation.textQuestions')}</Fieldset.Legend>
        {texts.map((text, i) => (
          <div key={`${i}-${texts.length}`} className="kp-stack">
            <TextField
              name={`textQuestions.${i}`}
              label={t('meetings.admin.evaluation.textQuestion', { n: i + 1 })}
              defaultValue={text}
              maxLength={EVALUATION_LIMITS.question}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setTexts((current) => current.map((q, j) => (j === i ? value : q)));
              }}
            />
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
                {t('meetings.admin.evaluation.removeText', { n: i + 1 })}
              </Button>
            </div>
          </div>
        ))}
        {texts.length < EVALUATION_LIMITS.textQuestions ? (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setTexts((current) => [...current, '']);
                const next = texts.length;
                requestAnimationFrame(() => document.getElementById(fieldId(`textQuestions.${next}`))?.focus());
              }}
            >
              {t('meetings.admin.evaluation.addText')}
            </Button>
          </div>
        ) : null}
      </Fieldset>
      <TextField
        name="closesOn"
        type="date"
        label={t('meetings.admin.evaluation.closesOn')}
        defaultValue={saved?.closesOn ?? defaultCloses}
        required
      />
      <div>
        <Button type="submit" loading={save.isPending}>
          {t('meetings.admin.evaluation.save')}
        </Button>
      </div>
    </form>
  );
}
