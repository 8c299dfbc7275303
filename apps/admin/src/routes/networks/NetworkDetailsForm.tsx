import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@digdir/designsystemet-react';
import { COUNTY_CODES, LOCALES, LOCALE_NAMES, type CountyCode, type Locale } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { SelectField, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { CountiesFieldset, firstCountyCheckboxId } from '../../components/CountiesFieldset.tsx';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';

type Network = AdminRouterOutputs['networks']['get'];

const FIELDS = ['name', 'description', 'language', 'counties'] as const;
// Own ids: this page has more than one form.
const idFor = (field: string) =>
  field.startsWith('counties') ? firstCountyCheckboxId('network-county') : `network-${field}`;

const asCounties = (codes: readonly string[]): CountyCode[] => COUNTY_CODES.filter((code) => codes.includes(code));

/** Name, description and counties of a network: its coordinators and admins may change them. */
export function NetworkDetailsForm({ network }: { network: Network }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(network.name);
  const [description, setDescription] = useState(network.description ?? '');
  const [counties, setCounties] = useState<CountyCode[]>(asCounties(network.counties));
  const [language, setLanguage] = useState<Locale>(network.language);
  const [status, setStatus] = useState<string | null>(null);

  const update = useMutation(
    trpc.networks.update.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.networks.get.queryFilter({ networkId: network.id })),
          queryClient.invalidateQueries(trpc.networks.list.queryFilter()),
        ]);
        setStatus(t('admin.common.saved'));
      },
    }),
  );
  const errorFor = useFieldErrors(update.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setStatus(null);
    update.mutate({ networkId: network.id, name, description: description || null, language, counties });
  };

  return (
    <Section title={t('networks.admin.details.heading')}>
      <form onSubmit={onSubmit} noValidate className="kp-form">
        <FormErrors
          error={update.error}
          order={FIELDS}
          idFor={idFor}
          labels={{
            name: t('organisations.field.name'),
            description: t('organisations.field.description'),
            language: t('organisations.field.language'),
            counties: t('networks.admin.countiesLegend'),
          }}
        />
        <TextField
          id="network-name"
          name="name"
          label={t('organisations.field.name')}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errorFor('name')}
        />
        <TextArea
          id="network-description"
          name="description"
          label={t('organisations.field.description')}
          rows={8}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errorFor('description')}
          lang={description ? language : undefined}
        />
        <SelectField
          name="language"
          id="network-language"
          label={t('organisations.field.language')}
          description={t('organisations.field.languageHint')}
          placeholder={false}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Locale)}
          options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
          error={errorFor('language')}
        />
        <CountiesFieldset
          legend={t('networks.admin.countiesLegend')}
          idPrefix="network-county"
          value={counties}
          onChange={setCounties}
          error={errorFor('counties')}
        />
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('admin.common.save')}
          </Button>
        </div>
        <StatusMessage message={status} />
      </form>
    </Section>
  );
}
