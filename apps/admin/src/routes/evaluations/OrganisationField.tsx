import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';

export interface OrganisationChoice {
  id: string;
  name: string;
}

/**
 * An organisation of the directory, optional: a search (two letters or more) and a select of
 * what it found, the current choice always among the options. Keyboard-only and 320 px friendly:
 * two plain fields in a fieldset named for what is chosen.
 */
export function OrganisationField({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: OrganisationChoice | null;
  onChange: (value: OrganisationChoice | null) => void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [term, setTerm] = useState('');
  const found = useQuery({
    ...trpc.organisations.list.queryOptions({ q: term.trim(), page: 1, pageSize: 20 }),
    enabled: term.trim().length >= 2,
  });
  const options = [...(value ? [value] : []), ...(found.data?.items ?? []).filter((o) => o.id !== value?.id)];
  return (
    <Fieldset aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      <TextField
        name={`${name}-search`}
        type="search"
        label={t('evaluations.admin.setup.org.search', { field: label })}
        value={term}
        onChange={(event) => setTerm(event.target.value)}
      />
      <SelectField
        name={name}
        label={label}
        placeholder={t('evaluations.admin.setup.org.none')}
        value={value?.id ?? ''}
        onChange={(event) => onChange(options.find((o) => o.id === event.target.value) ?? null)}
        options={options.map((o) => ({ value: o.id, label: o.name }))}
      />
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
