import type { ReactNode } from 'react';
import type { CountyCode, Locale } from '@knutepunkt/domain';
import { TextField, useI18n } from '@knutepunkt/ui';
import { CountiesFieldset } from '../../components/CountiesFieldset.tsx';
import { TextInLanguageFields } from '../../components/TextInLanguageFields.tsx';

export interface NetworkDetails {
  name: string;
  description: string;
  language: Locale;
  counties: CountyCode[];
}

/** The FormErrors labels of the fields below, by field name. */
export function useNetworkFieldLabels() {
  const { t } = useI18n();
  return {
    name: t('organisations.field.name'),
    description: t('organisations.field.description'),
    language: t('organisations.field.language'),
    counties: t('networks.admin.countiesLegend'),
  };
}

/**
 * A network's name, description, language and counties, as a new network is
 * created and an existing one changed. Each form passes its own ids (a page
 * may have more than one form) and may put more fields after the name.
 */
export function NetworkFields({
  value,
  onChange,
  errorFor,
  idFor,
  countyIdPrefix,
  descriptionRows,
  afterName,
}: {
  value: NetworkDetails;
  onChange: (change: Partial<NetworkDetails>) => void;
  errorFor: (field: string) => string | undefined;
  idFor: (field: keyof NetworkDetails) => string;
  countyIdPrefix: string;
  descriptionRows?: number;
  afterName?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={idFor('name')}
        name="name"
        label={t('organisations.field.name')}
        required
        value={value.name}
        onChange={(event) => onChange({ name: event.target.value })}
        error={errorFor('name')}
      />
      {afterName}
      <TextInLanguageFields
        value={value}
        onChange={onChange}
        label={t('organisations.field.description')}
        languageLabel={t('organisations.field.language')}
        languageHint={t('organisations.field.languageHint')}
        rows={descriptionRows}
        errorFor={errorFor}
        idFor={idFor}
      />
      <CountiesFieldset
        legend={t('networks.admin.countiesLegend')}
        idPrefix={countyIdPrefix}
        value={value.counties}
        onChange={(counties) => onChange({ counties })}
        error={errorFor('counties')}
      />
    </>
  );
}
