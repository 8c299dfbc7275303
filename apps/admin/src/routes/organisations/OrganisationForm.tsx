import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import {
  COUNTIES,
  ORGANISATION_TYPES,
  slugify,
  type CountyCode,
  type Locale,
  type OrganisationType,
} from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { COUNTIES_BY_NAME } from '../../components/CountiesFieldset.tsx';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { TextInLanguageFields } from '../../components/TextInLanguageFields.tsx';

export interface OrganisationValues {
  name: string;
  slug: string;
  type: OrganisationType | '';
  description: string;
  email: string;
  phone: string;
  website: string;
  municipality: string;
  county: CountyCode | '';
  /** The language the description is written in. */
  language: Locale;
}

export const EMPTY_ORGANISATION: OrganisationValues = {
  name: '',
  slug: '',
  type: '',
  description: '',
  email: '',
  phone: '',
  website: '',
  municipality: '',
  county: '',
  language: 'nb',
};

/** What the server takes: empty optional fields are sent as null ("not given"), not as "". */
export function profileInput(values: OrganisationValues) {
  return {
    description: values.description.trim() || null,
    email: values.email.trim() || null,
    phone: values.phone.trim() || null,
    website: values.website.trim() || null,
    municipality: values.municipality.trim() || null,
    county: values.county || null,
    language: values.language,
  };
}

const FIELDS = [
  'name',
  'slug',
  'type',
  'municipality',
  'county',
  'email',
  'phone',
  'website',
  'description',
  'language',
] as const;

export interface OrganisationFormProps {
  mode: 'create' | 'edit';
  initial: OrganisationValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: OrganisationValues) => void;
}

/** An organisation's name, type and profile. On create, the short name for the address is suggested from the name. */
export function OrganisationForm({ mode, initial, submitLabel, pending, error, onSubmit }: OrganisationFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<OrganisationValues>(initial);
  const [slugEdited, setSlugEdited] = useState(false);
  const errorFor = useFieldErrors(error);
  const set = <K extends keyof OrganisationValues>(key: K, value: OrganisationValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate className="kp-form">
      <FormErrors
        error={error}
        order={FIELDS}
        labels={Object.fromEntries(FIELDS.map((f) => [f, t(`organisations.field.${f}`)]))}
      />
      <TextField
        name="name"
        label={t('organisations.field.name')}
        required
        value={values.name}
        onChange={(event) => {
          const name = event.target.value;
          setValues((v) => ({ ...v, name, slug: mode === 'create' && !slugEdited ? slugify(name) : v.slug }));
        }}
        error={errorFor('name')}
      />
      {mode === 'create' ? (
        <TextField
          name="slug"
          label={t('organisations.field.slug')}
          description={t('admin.slug.description')}
          required
          value={values.slug}
          onChange={(event) => {
            setSlugEdited(true);
            set('slug', event.target.value);
          }}
          error={errorFor('slug')}
        />
      ) : null}
      <SelectField
        name="type"
        label={t('organisations.field.type')}
        required
        value={values.type}
        onChange={(event) => set('type', event.target.value as OrganisationType | '')}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisations.type.${type}`) }))}
        error={errorFor('type')}
      />
      <TextField
        name="municipality"
        label={t('organisations.field.municipality')}
        value={values.municipality}
        onChange={(event) => set('municipality', event.target.value)}
        error={errorFor('municipality')}
      />
      <SelectField
        name="county"
        label={t('organisations.field.county')}
        value={values.county}
        onChange={(event) => set('county', event.target.value as CountyCode | '')}
        options={COUNTIES_BY_NAME.map((code) => ({ value: code, label: COUNTIES[code] }))}
        error={errorFor('county')}
      />
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label={t('organisations.field.email')}
        value={values.email}
        onChange={(event) => set('email', event.target.value)}
        error={errorFor('email')}
      />
      <TextField
        name="phone"
        type="tel"
        autoComplete="off"
        label={t('organisations.field.phone')}
        value={values.phone}
        onChange={(event) => set('phone', event.target.value)}
        error={errorFor('phone')}
      />
      <TextField
        name="website"
        type="url"
        label={t('organisations.field.website')}
        description={t('admin.field.website.description')}
        value={values.website}
        onChange={(event) => set('website', event.target.value)}
        error={errorFor('website')}
      />
      <TextInLanguageFields
        value={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        label={t('organisations.field.description')}
        languageLabel={t('organisations.field.language')}
        languageHint={t('organisations.field.languageHint')}
        rows={10}
        errorFor={errorFor}
      />
      <div>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
