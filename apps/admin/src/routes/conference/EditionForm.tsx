import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { LOCALES, type Locale } from '@knutepunkt/domain';
import { CheckboxField, SelectField, TextArea, TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import type { EditionValues } from './edition-values.ts';

export interface EditionFormProps {
  initial: EditionValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: EditionValues) => void;
}

const ORDER = [
  'title',
  'subtitle',
  'description',
  'startsOn',
  'endsOn',
  'venueName',
  'venueAddress',
  'language',
  'languages',
  'ownerNetworkIds',
  'widgetOrigins',
] as const;

/** An edition's settings: name, days, venue, languages, the owning networks and the widget's origins. */
export function EditionForm({ initial, submitLabel, pending, error, onSubmit }: EditionFormProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const networks = useQuery(trpc.networks.list.queryOptions());
  const [values, setValues] = useState<EditionValues>(() => initial);
  const set = <K extends keyof EditionValues>(key: K, value: EditionValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const fieldErrors = useMemo(() => (error ? describeError(error, t).fieldErrors : {}), [error, t]);
  const errorFor = (field: string) =>
    fieldErrors[field] ?? Object.entries(fieldErrors).find(([k]) => k.startsWith(`${field}.`))?.[1];
  const toggle = <T extends string>(list: T[], item: T, on: boolean) =>
    on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  // A coordinator with one network owns with it without being asked.
  const onlyNetwork = networks.data?.length === 1 ? networks.data[0]!.id : null;
  const owners = values.ownerNetworkIds.length === 0 && onlyNetwork ? [onlyNetwork] : values.ownerNetworkIds;
  // The summary's links: a group of checkboxes is reached through its first box, an item of a
  // list ('widgetOrigins.1') through the list's field.
  const idFor = (field: string) => {
    const base = field.split('.')[0]!;
    if (base === 'languages') return fieldId(`languages-${LOCALES[0]}`);
    const firstNetwork = networks.data?.[0];
    if (base === 'ownerNetworkIds' && firstNetwork) return fieldId(`owner-${firstNetwork.id}`);
    return fieldId(base);
  };
  const labels = Object.fromEntries(ORDER.map((f) => [f, t(`conference.admin.edition.field.${f}`)]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit({ ...values, ownerNetworkIds: owners });
  };
  const text = (field: 'title' | 'subtitle' | 'venueName' | 'venueAddress', required = false) => (
    <TextField
      name={field}
      label={labels[field]!}
      required={required}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={errorFor(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="kp-stack">
      <FormErrors error={error} order={ORDER} labels={labels} idFor={idFor} />
      {text('title', true)}
      {text('subtitle')}
      <TextArea
        name="description"
        label={labels.description!}
        description={t('conference.admin.edition.field.descriptionHint')}
        rows={6}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
        error={errorFor('description')}
      />
      <TextField
        name="startsOn"
        type="date"
        label={labels.startsOn!}
        required
        value={values.startsOn}
        onChange={(event) => set('startsOn', event.target.value)}
        error={errorFor('startsOn')}
      />
      <TextField
        name="endsOn"
        type="date"
        label={labels.endsOn!}
        description={t('conference.admin.edition.field.endsOnHint')}
        required
        value={values.endsOn}
        onChange={(event) => set('endsOn', event.target.value)}
        error={errorFor('endsOn')}
      />
      {text('venueName')}
      {text('venueAddress')}
      <SelectField
        name="language"
        label={labels.language!}
        value={values.language}
        onChange={(event) => set('language', event.target.value as Locale)}
        options={LOCALES.map((l) => ({ value: l, label: t(`conference.admin.language.${l}`) }))}
        error={errorFor('language')}
      />
      <Fieldset aria-invalid={errorFor('languages') ? true : undefined}>
        <Fieldset.Legend>{labels.languages}</Fieldset.Legend>
        {LOCALES.map((l) => (
          <CheckboxField
            key={l}
            name={`languages-${l}`}
            label={t(`conference.admin.language.${l}`)}
            checked={values.languages.includes(l)}
            onChange={(event) => set('languages', toggle(values.languages, l, event.target.checked))}
          />
        ))}
        {errorFor('languages') ? <ValidationMessage>{errorFor('languages')}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset aria-invalid={errorFor('ownerNetworkIds') ? true : undefined}>
        <Fieldset.Legend>{labels.ownerNetworkIds}</Fieldset.Legend>
        <Fieldset.Description>{t('conference.admin.edition.field.ownersHint')}</Fieldset.Description>
        {(networks.data ?? []).map((n) => (
          <CheckboxField
            key={n.id}
            name={`owner-${n.id}`}
            label={n.name}
            checked={owners.includes(n.id)}
            onChange={(event) => set('ownerNetworkIds', toggle(owners, n.id, event.target.checked))}
          />
        ))}
        {errorFor('ownerNetworkIds') ? <ValidationMessage>{errorFor('ownerNetworkIds')}</ValidationMessage> : null}
      </Fieldset>
      <TextArea
        name="widgetOrigins"
        label={labels.widgetOrigins!}
        description={t('conference.admin.edition.field.widgetOriginsHint')}
        rows={3}
        value={values.widgetOrigins}
        onChange={(event) => set('widgetOrigins', event.target.value)}
        error={errorFor('widgetOrigins')}
      />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
