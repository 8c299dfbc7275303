import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import type { Locale } from '@knutepunkt/domain';
import { TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { QUESTIONNAIRE_FIELDS } from './questionnaire-editing.ts';
import { LanguageField } from './LanguageField.tsx';

export interface QuestionnaireDetails {
  title: string;
  intro: string;
  language: Locale;
}

/**
 * A questionnaire's title, introduction and language: the form that makes a new one
 * (QuestionnairesPage) and the one that changes it (QuestionnairePage).
 */
export function QuestionnaireDetailsForm({
  initial,
  error,
  pending,
  submitLabel,
  onSubmit,
}: {
  initial: QuestionnaireDetails;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (details: QuestionnaireDetails) => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(initial.title);
  const [intro, setIntro] = useState(initial.intro);
  const [language, setLanguage] = useState<Locale>(initial.language);
  const errorFor = useFieldErrors(error);
  const labels = Object.fromEntries(
    QUESTIONNAIRE_FIELDS.map((f) => [f, t(`evaluations.admin.questionnaire.field.${f}`)]),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit({ title, intro, language });
  };

  return (
    <form onSubmit={submit} noValidate className="kp-stack kp-form">
      <FormErrors error={error} order={QUESTIONNAIRE_FIELDS} labels={labels} />
      <TextField
        name="title"
        label={labels.title!}
        required
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errorFor('title')}
      />
      <TextArea
        name="intro"
        label={labels.intro!}
        description={t('evaluations.admin.questionnaire.field.introHint')}
        rows={4}
        value={intro}
        onChange={(event) => setIntro(event.target.value)}
        error={errorFor('intro')}
      />
      <LanguageField label={labels.language!} value={language} onChange={setLanguage} error={errorFor('language')} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
