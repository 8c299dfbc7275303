import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { MEETING_AUDIENCES, MEETING_MODES, type Disambiguation, type MeetingMode } from '@knutepunkt/domain';
import { CheckboxField, SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import { OsloTimeChoice, isOsloOverlap } from './OsloTimeChoice.tsx';
import { FIELDS, meetingFieldId, type Audience, type MeetingValues, type When } from './meeting-values.ts';
import { TextInLanguageFields } from '../../components/TextInLanguageFields.tsx';

export interface MeetingFormProps {
  mode: 'create' | 'edit';
  initial: MeetingValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: MeetingValues) => void;
}

/** A meeting's plan. Times are entered in Norwegian time; a time that happens twice gets a question. */
export function MeetingForm({ mode, initial, submitLabel, pending, error, onSubmit }: MeetingFormProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const networks = useQuery({ ...trpc.networks.list.queryOptions(), enabled: mode === 'create' });
  const [values, setValues] = useState<MeetingValues>(initial);
  const set = <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const fieldErrors = useMemo(() => (error ? describeError(error, t).fieldErrors : {}), [error, t]);
  const first = (...keys: string[]) => keys.map((k) => fieldErrors[k]).find(Boolean);
  const errorFor = (field: string) =>
    first(field, ...Object.keys(fieldErrors).filter((k) => k.startsWith(`${field}.`)));
  const clockError = (group: string) => first(group, `${group}.time`, `${group}.disambiguation`);

  const onlyNetwork = networks.data?.length === 1 ? networks.data[0]!.id : '';
  const networkId = values.networkId || onlyNetwork;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit({ ...values, networkId });
  };

  /** The question "which 02:30?" when the server refused a clock time that happens twice (or it was answered). */
  const choice = (
    group: string,
    date: string,
    time: string,
    value: Disambiguation | undefined,
    onChange: (d: Disambiguation) => void,
  ) =>
    isOsloOverlap(date, time) && (value || clockError(group)) ? (
      <OsloTimeChoice field={group} time={time} value={value} onChange={onChange} />
    ) : null;

  const whenFields = (group: 'registrationOpensAt' | 'registrationDeadline', key: 'opens' | 'deadline') => {
    const when = values[key];
    const setWhen = (patch: Partial<When>) =>
      setValues((v) => ({
        ...v,
        // A new date or time is a new question: the old answer no longer applies.
        [key]: { ...v[key], ...patch, ...('disambiguation' in patch ? {} : { disambiguation: undefined }) },
      }));
    return (
      <div className="kp-meeting-when">
        <TextField
          name={group}
          type="date"
          label={t(`meetings.admin.field.${group}`)}
          description={t('meetings.admin.field.optionalWhen')}
          value={when.date}
          onChange={(event) => setWhen({ date: event.target.value })}
          error={first(`${group}.date`)}
        />
        <TextField
          name={`${group}Time`}
          type="time"
          label={t(`meetings.admin.field.${group}Time`)}
          description={t('meetings.admin.field.timeHint')}
          value={when.time}
          onChange={(event) => setWhen({ time: event.target.value })}
          error={clockError(group)}
        />
        {choice(group, when.date, when.time, when.disambiguation, (d) => setWhen({ disambiguation: d }))}
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate className="kp-form">
      <FormErrors
        error={error}
        order={FIELDS}
        idFor={meetingFieldId}
        labels={{
          ...Object.fromEntries(
            FIELDS.map((f) => [f, t(f === 'networkId' ? 'meetings.admin.field.network' : `meetings.admin.field.${f}`)]),
          ),
          'startsAt.date': t('meetings.admin.field.date'),
          'endsAt.date': t('meetings.admin.field.date'),
        }}
      />
      {mode === 'create' ? (
        <SelectField
          name="networkId"
          label={t('meetings.admin.field.network')}
          required
          value={networkId}
          onChange={(event) => set('networkId', event.target.value)}
          options={(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
          error={errorFor('networkId')}
        />
      ) : null}
      <TextField
        name="title"
        label={t('meetings.admin.field.title')}
        required
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={errorFor('title')}
      />
      <TextInLanguageFields
        value={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        label={t('meetings.admin.field.description')}
        hint={t('meetings.admin.field.descriptionHint')}
        languageLabel={t('meetings.admin.field.language')}
        errorFor={errorFor}
      />
      <TextField
        name="date"
        type="date"
        label={t('meetings.admin.field.date')}
        required
        value={values.date}
        onChange={(event) =>
          setValues((v) => ({ ...v, date: event.target.value, startChoice: undefined, endChoice: undefined }))
        }
        error={first('startsAt.date', 'endsAt.date')}
      />
      <div className="kp-meeting-when">
        <TextField
          name="startsAt"
          type="time"
          label={t('meetings.admin.field.startsAt')}
          description={t('meetings.admin.field.timeHint')}
          required
          value={values.startTime}
          onChange={(event) => setValues((v) => ({ ...v, startTime: event.target.value, startChoice: undefined }))}
          error={clockError('startsAt')}
        />
        {choice('startsAt', values.date, values.startTime, values.startChoice, (d) => set('startChoice', d))}
        <TextField
          name="endsAt"
          type="time"
          label={t('meetings.admin.field.endsAt')}
          description={t('meetings.admin.field.timeHint')}
          required
          value={values.endTime}
          onChange={(event) => setValues((v) => ({ ...v, endTime: event.target.value, endChoice: undefined }))}
          error={clockError('endsAt')}
        />
        {choice('endsAt', values.date, values.endTime, values.endChoice, (d) => set('endChoice', d))}
      </div>
      <SelectField
        name="mode"
        label={t('meetings.admin.field.mode')}
        placeholder={false}
        value={values.mode}
        onChange={(event) => set('mode', event.target.value as MeetingMode)}
        options={MEETING_MODES.map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))}
        error={errorFor('mode')}
      />
      <TextField
        name="venueName"
        label={t('meetings.admin.field.venueName')}
        value={values.venueName}
        onChange={(event) => set('venueName', event.target.value)}
        error={errorFor('venueName')}
      />
      <TextField
        name="venueAddress"
        label={t('meetings.admin.field.venueAddress')}
        value={values.venueAddress}
        onChange={(event) => set('venueAddress', event.target.value)}
        error={errorFor('venueAddress')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('meetings.admin.field.accessibility')}</Fieldset.Legend>
        {(['stepFree', 'hearingLoop', 'quietRoom'] as const).map((key) => (
          <CheckboxField
            key={key}
            name={key}
            label={t(`meetings.admin.field.${key}`)}
            checked={values[key]}
            onChange={(event) => set(key, event.target.checked)}
          />
        ))}
      </Fieldset>
      <TextField
        name="videoUrl"
        type="url"
        label={t('meetings.admin.field.videoUrl')}
        description={t('meetings.admin.field.videoUrlHint')}
        value={values.videoUrl}
        onChange={(event) => set('videoUrl', event.target.value)}
        error={errorFor('videoUrl')}
      />
      <TextField
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        label={t('meetings.admin.field.capacity')}
        description={t('meetings.admin.field.capacityHint')}
        value={values.capacity}
        onChange={(event) => set('capacity', event.target.value)}
        error={errorFor('capacity')}
      />
      {whenFields('registrationOpensAt', 'opens')}
      {whenFields('registrationDeadline', 'deadline')}
      <TextField
        name="perOrganisationLimit"
        type="number"
        inputMode="numeric"
        min={1}
        label={t('meetings.admin.field.perOrganisationLimit')}
        description={t('meetings.admin.field.capacityHint')}
        value={values.perOrganisationLimit}
        onChange={(event) => set('perOrganisationLimit', event.target.value)}
        error={errorFor('perOrganisationLimit')}
      />
      <SelectField
        name="openTo"
        label={t('meetings.admin.field.openTo')}
        placeholder={false}
        value={values.openTo}
        onChange={(event) => set('openTo', event.target.value as Audience)}
        options={MEETING_AUDIENCES.map((a) => ({ value: a, label: t(`meetings.admin.openTo.${a}`) }))}
        error={errorFor('openTo')}
      />
      <TextField
        name="sensitiveRetentionDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        required
        label={t('meetings.admin.field.sensitiveRetentionDays')}
        description={t('meetings.admin.field.sensitiveRetentionDaysHint')}
        value={values.sensitiveRetentionDays}
        onChange={(event) => set('sensitiveRetentionDays', event.target.value)}
        error={errorFor('sensitiveRetentionDays')}
      />
      <div>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
