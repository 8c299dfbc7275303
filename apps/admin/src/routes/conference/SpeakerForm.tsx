import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { SPEAKER_LIMITS } from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { TextInLanguageFields } from '../../components/TextInLanguageFields.tsx';
import type { Choices } from './session-values.ts';
import { SPEAKER_FIELDS, type SpeakerInput, type SpeakerValues, speakerInput } from './speaker-values.ts';

export interface SpeakerFormProps {
  initial: SpeakerValues;
  organisations: Choices['organisations'];
  /** Whether a photo is uploaded: its alternative text is asked for only then. */
  hasPhoto: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: SpeakerInput) => void;
}

/** A speaker's profile. The photo is uploaded beside the form (SpeakerPhoto.tsx). */
export function SpeakerForm({
  initial,
  organisations,
  hasPhoto,
  submitLabel,
  pending,
  error,
  onSubmit,
}: SpeakerFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<SpeakerValues>(initial);
  const set = <K extends keyof SpeakerValues>(key: K, value: SpeakerValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errorFor = useFieldErrors(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit(speakerInput(values));
  };

  return (
    <form onSubmit={submit} noValidate className="kp-form">
      <FormErrors
        error={error}
        order={SPEAKER_FIELDS}
        labels={Object.fromEntries(SPEAKER_FIELDS.map((f) => [f, t(`conference.admin.speaker.field.${f}`)]))}
      />
      <TextField
        name="name"
        label={t('conference.admin.speaker.field.name')}
        required
        maxLength={SPEAKER_LIMITS.name}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        error={errorFor('name')}
      />
      <TextField
        name="contribution"
        label={t('conference.admin.speaker.field.contribution')}
        description={t('conference.admin.speaker.field.contributionHint')}
        maxLength={SPEAKER_LIMITS.contribution}
        value={values.contribution}
        onChange={(event) => set('contribution', event.target.value)}
        error={errorFor('contribution')}
      />
      <TextInLanguageFields
        value={{ description: values.bio, language: values.bioLanguage }}
        onChange={(change) =>
          setValues((v) => ({
            ...v,
            ...(change.description === undefined ? {} : { bio: change.description }),
            ...(change.language === undefined ? {} : { bioLanguage: change.language }),
          }))
        }
        label={t('conference.admin.speaker.field.bio')}
        hint={t('conference.admin.speaker.field.bioHint')}
        languageLabel={t('conference.admin.speaker.field.bioLanguage')}
        idFor={(field) => (field === 'description' ? 'field-bio' : 'field-bioLanguage')}
        errorFor={(field) => errorFor(field === 'description' ? 'bio' : 'bioLanguage')}
      />
      <SelectField
        name="organisationId"
        label={t('conference.admin.speaker.field.organisationId')}
        placeholder={t('conference.admin.speaker.field.noOrganisation')}
        value={values.organisationId}
        onChange={(event) => set('organisationId', event.target.value)}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={errorFor('organisationId')}
      />
      <TextField
        name="userEmail"
        type="email"
        autoComplete="off"
        label={t('conference.admin.speaker.field.userEmail')}
        description={t('conference.admin.speaker.field.userEmailHint')}
        value={values.userEmail}
        onChange={(event) => set('userEmail', event.target.value)}
        error={errorFor('userEmail')}
      />
      {hasPhoto ? (
        <TextField
          name="photoAlt"
          label={t('conference.admin.speaker.field.photoAlt')}
          description={t('conference.admin.speaker.field.photoAltHint')}
          maxLength={SPEAKER_LIMITS.photoAlt}
          value={values.photoAlt}
          onChange={(event) => set('photoAlt', event.target.value)}
          error={errorFor('photoAlt')}
        />
      ) : null}
      <div>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
