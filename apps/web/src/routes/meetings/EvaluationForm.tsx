import { type FormEvent } from 'react';
import { Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EVALUATION_LIMITS, RATINGS, evaluationAnswerInput } from '@knutepunkt/domain';
import { RadioField, TextArea, fieldId, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatDay } from '../practice/format.ts';

type Evaluation = Outputs['meetings']['evaluation']['get'];
type Form = NonNullable<Evaluation['form']>;

/**
 * The evaluation form: the rating as a radio group whose legend is the question (each value
 * with words, never a figure or stars alone), then the free-text questions, all optional.
 * method="post" through CheckedForm, as every form of the site (docs/adr/0012).
 */
export function EvaluationForm({ meetingId, form, onDone }: { meetingId: string; form: Form; onDone: () => void }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const answer = useMutation(
    trpc.meetings.evaluation.answer.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.meetings.evaluation.get.pathFilter());
        onDone();
      },
    }),
  );
  const fields = ['rating', ...form.textQuestions.map((_, i) => `texts.${i}`)];
  const { check, errors, errorFor, failure } = useCheckedForm(answer, evaluationAnswerInput, fields);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const rating = data.get('rating');
    const input = {
      meetingId,
      rating: rating === null ? null : Number(rating),
      texts: form.textQuestions.map((_, i) => String(data.get(`texts.${i}`) ?? '')),
    };
    if (check(input)) answer.mutate(evaluationAnswerInput.parse(input));
  };

  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      failure={failure}
      submitLabel={t('meetings.web.evaluation.submit')}
      pending={answer.isPending}
      intro={
        <>
          <Paragraph>{t('meetings.web.evaluation.intro')}</Paragraph>
          <Paragraph>{t('meetings.web.evaluation.closesOn', { date: formatDay(form.closesOn, locale) })}</Paragraph>
        </>
      }
    >
      <Fieldset className="kp-checkbox-group">
        <Fieldset.Legend>{form.ratingQuestion}</Fieldset.Legend>
        {RATINGS.map((rating) => (
          <RadioField
            key={rating}
            id={rating === 1 ? fieldId('rating') : `evaluering-rating-${rating}`}
            name="rating"
            value={String(rating)}
            label={t(`meetings.evaluation.rating.${rating}`)}
            error={rating === 5 ? errorFor('rating') : undefined}
          />
        ))}
      </Fieldset>
      {form.textQuestions.map((question, i) => (
        <TextArea
          key={i}
          name={`texts.${i}`}
          label={question}
          description={t('meetings.web.evaluation.optional')}
          maxLength={EVALUATION_LIMITS.answer}
          error={errorFor(`texts.${i}`)}
        />
      ))}
    </CheckedForm>
  );
}
