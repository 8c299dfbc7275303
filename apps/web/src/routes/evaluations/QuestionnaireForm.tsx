import type { FormEvent, ReactNode } from 'react';
import { Fieldset, Paragraph } from '@digdir/designsystemet-react';
import {
  type AnswerInput,
  type QuestionForAnswer,
  QUESTIONNAIRE_LIMITS,
  SCALE_POINTS,
  checkAnswers,
} from '@knutepunkt/domain';
import { CheckboxField, RadioField, TextArea, fieldId, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import type { Validatable } from '../../components/validate.ts';

export interface FormQuestion extends QuestionForAnswer {
  text: string;
}

interface MutationState {
  error: unknown;
  isError: boolean;
  isPending: boolean;
  reset: () => void;
}

/** The same check the server makes (domain checkAnswers), as a schema for the checked form. */
function answersSchema(questions: readonly FormQuestion[]): Validatable {
  return {
    safeParse: (value) => {
      const result = checkAnswers(questions, (value as { answers: AnswerInput[] }).answers);
      if (result.ok) return { success: true };
      const issues = Object.entries(result.errors).map(([field, message]) => ({ path: [field], message }));
      return { success: false, error: { issues } };
    },
  };
}

/** Read the answers from the form's fields (named by question id). */
function readAnswers(form: HTMLFormElement, questions: readonly FormQuestion[]): AnswerInput[] {
  const data = new FormData(form);
  return questions.map((q) => {
    const values = data.getAll(q.id).map(String);
    if (q.kind === 'text') return { questionId: q.id, text: values[0] ?? '' };
    if (q.kind === 'scale') return { questionId: q.id, scale: values[0] ? Number(values[0]) : null };
    return { questionId: q.id, choices: values.map(Number) };
  });
}

/**
 * A questionnaire as a form that works on a phone: each question a fieldset with its legend,
 * choices as radio or checkbox groups, a scale as five radios whose ends carry their words, free
 * text a text area. Used for the web link and for the team's paper entry.
 */
export function QuestionnaireForm({
  questions,
  mutation,
  submitLabel,
  onAnswers,
  intro,
  success,
}: {
  questions: readonly FormQuestion[];
  mutation: MutationState;
  submitLabel: string;
  onAnswers: (answers: AnswerInput[], form: HTMLFormElement) => void;
  intro?: ReactNode;
  success?: string | null;
}) {
  const { check, errors, errorFor, failure } = useCheckedForm(
    mutation,
    answersSchema(questions),
    questions.map((q) => q.id),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answers = readAnswers(event.currentTarget, questions);
    if (check({ answers })) onAnswers(answers, event.currentTarget);
  };
  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      failure={failure}
      success={success}
      submitLabel={submitLabel}
      pending={mutation.isPending}
      intro={intro}
    >
      {questions.map((q, n) => (
        <QuestionField key={q.id} question={q} number={n + 1} error={errorFor(q.id)} />
      ))}
    </CheckedForm>
  );
}

function QuestionField({ question: q, number, error }: { question: FormQuestion; number: number; error?: string }) {
  const { t } = useI18n();
  const legend = `${number}. ${q.text}${q.required ? ` ${t('evaluations.web.questionnaire.required')}` : ''}`;
  if (q.kind === 'text') {
    return (
      <TextArea
        id={fieldId(q.id)}
        name={q.id}
        label={legend}
        description={t('evaluations.web.questionnaire.textHint')}
        maxLength={QUESTIONNAIRE_LIMITS.answerText}
        error={error}
      />
    );
  }
  const choices =
    q.kind === 'scale'
      ? SCALE_POINTS.map((p) => ({
          value: String(p),
          label:
            p === 1 || p === 5
              ? t('evaluations.web.questionnaire.scaleEnd', { n: p, label: q.options[p === 1 ? 0 : 1] ?? '' })
              : String(p),
        }))
      : q.options.map((label, i) => ({ value: String(i), label }));
  const Field = q.kind === 'multiple' ? CheckboxField : RadioField;
  return (
    <Fieldset className="kp-checkbox-group">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {q.kind === 'multiple' ? <Paragraph>{t('evaluations.web.questionnaire.chooseMany')}</Paragraph> : null}
      {choices.map((c, i) => (
        <Field
          key={c.value}
          id={i === 0 ? fieldId(q.id) : `${fieldId(q.id)}-${c.value}`}
          name={q.id}
          value={c.value}
          label={c.label}
          error={i === choices.length - 1 ? error : undefined}
        />
      ))}
    </Fieldset>
  );
}
