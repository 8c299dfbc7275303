import { useState, type FormEvent } from 'react';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { SESSION_LIMITS } from '@knutepunkt/domain';
import { CheckboxField, SelectField, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextInLanguageFields } from '../../components/TextInLanguageFields.tsx';
import { useOrderedList } from '../meetings/use-ordered-list.ts';
import { type PickedSpeaker, SpeakerPicker } from './SpeakerPicker.tsx';
import {
  type Choices,
  FLAGS,
  SESSION_FIELDS,
  type SessionInput,
  type SessionValues,
  sessionInput,
} from './session-values.ts';

let nextKey = 0;
const newKey = () => nextKey++;

export interface SessionFormProps {
  initial: SessionValues;
  initialSpeakers: ReadonlyArray<{ id: string; name: string }>;
  choices: Choices;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** A message for the live region above the form (saved, …). */
  status: string | null;
  onSubmit: (input: SessionInput) => void;
}

/** Everything about a session but its place in the programme (the programme editor sets room and time). */
export function SessionForm({
  initial,
  initialSpeakers,
  choices,
  submitLabel,
  pending,
  error,
  status,
  onSubmit,
}: SessionFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<SessionValues>(initial);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const set = <K extends keyof SessionValues>(key: K, value: SessionValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const speakers = useOrderedList<PickedSpeaker>(() => initialSpeakers.map((s) => ({ key: newKey(), ...s })), {
    idPrefix: 'speaker',
    onMoved: (position) => setAnnouncement(t('conference.admin.session.speakers.moved', { position })),
  });
  const errorFor = useFieldErrors(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAnnouncement(null);
    if (!pending)
      onSubmit(
        sessionInput(
          values,
          speakers.items.map((s) => s.id),
        ),
      );
  };

  return (
    <form onSubmit={submit} noValidate className="kp-form">
      <StatusMessage message={announcement ?? status} />
      <FormErrors
        error={error}
        order={SESSION_FIELDS}
        labels={Object.fromEntries(SESSION_FIELDS.map((f) => [f, t(`conference.admin.session.field.${f}`)]))}
      />
      <TextField
        name="title"
        label={t('conference.admin.session.field.title')}
        required
        maxLength={SESSION_LIMITS.title}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={errorFor('title')}
      />
      <TextInLanguageFields
        value={{ description: values.abstract, language: values.language }}
        onChange={(change) =>
          setValues((v) => ({
            ...v,
            ...(change.description === undefined ? {} : { abstract: change.description }),
            ...(change.language === undefined ? {} : { language: change.language }),
          }))
        }
        label={t('conference.admin.session.field.abstract')}
        hint={t('conference.admin.session.field.abstractHint')}
        languageLabel={t('conference.admin.session.field.language')}
        idFor={(field) => (field === 'description' ? 'field-abstract' : 'field-language')}
        errorFor={(field) => errorFor(field === 'description' ? 'abstract' : 'language')}
      />
      <SelectField
        name="typeId"
        label={t('conference.admin.session.field.typeId')}
        placeholder={t('conference.admin.sessions.none')}
        value={values.typeId}
        onChange={(event) => set('typeId', event.target.value)}
        options={choices.types.map((type) => ({ value: type.id, label: type.name }))}
        error={errorFor('typeId')}
      />
      <SelectField
        name="trackId"
        label={t('conference.admin.session.field.trackId')}
        placeholder={t('conference.admin.sessions.none')}
        value={values.trackId}
        onChange={(event) => set('trackId', event.target.value)}
        options={choices.tracks.map((track) => ({ value: track.id, label: track.name }))}
        error={errorFor('trackId')}
      />
      <TextField
        name="tags"
        label={t('conference.admin.session.field.tags')}
        description={t('conference.admin.session.field.tagsHint')}
        value={values.tags}
        onChange={(event) => set('tags', event.target.value)}
        error={errorFor('tags')}
      />
      <TextField
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={SESSION_LIMITS.minDuration}
        max={SESSION_LIMITS.maxDuration}
        required
        label={t('conference.admin.session.field.durationMinutes')}
        description={t('conference.admin.session.field.durationHint')}
        value={values.durationMinutes}
        onChange={(event) => set('durationMinutes', event.target.value)}
        error={errorFor('durationMinutes')}
      />
      <TextField
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={SESSION_LIMITS.capacity}
        label={t('conference.admin.session.field.capacity')}
        description={t('conference.admin.session.field.capacityHint')}
        value={values.capacity}
        onChange={(event) => set('capacity', event.target.value)}
        error={errorFor('capacity')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('conference.admin.session.field.features')}</Fieldset.Legend>
        {FLAGS.map((key) => (
          <CheckboxField
            key={key}
            name={key}
            label={t(`conference.admin.session.field.${key}`)}
            checked={values[key]}
            onChange={(event) => set(key, event.target.checked)}
          />
        ))}
      </Fieldset>
      <SpeakerPicker
        list={speakers}
        choices={choices.speakers}
        error={errorFor('speakerIds')}
        announce={setAnnouncement}
        nextKey={newKey}
      />
      <TextArea
        name="materials"
        label={t('conference.admin.session.field.materials')}
        description={t('conference.admin.session.field.materialsHint')}
        rows={4}
        value={values.materials}
        onChange={(event) => set('materials', event.target.value)}
        error={errorFor('materials')}
      />
      <div>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
