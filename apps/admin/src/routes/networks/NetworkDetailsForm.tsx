import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@digdir/designsystemet-react';
import { COUNTY_CODES, type CountyCode } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { useI18n } from '@knutepunkt/ui';
import { firstCountyCheckboxId } from '../../components/CountiesFieldset.tsx';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { NetworkFields, useNetworkFieldLabels, type NetworkDetails } from './NetworkFields.tsx';

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
  const [details, setDetails] = useState<NetworkDetails>({
    name: network.name,
    description: network.description ?? '',
    language: network.language,
    counties: asCounties(network.counties),
  });
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
  const labels = useNetworkFieldLabels();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setStatus(null);
    update.mutate({ networkId: network.id, ...details, description: details.description || null });
  };

  return (
    <Section title={t('networks.admin.details.heading')}>
      <form onSubmit={onSubmit} noValidate className="kp-form">
        <FormErrors error={update.error} order={FIELDS} idFor={idFor} labels={labels} />
        <NetworkFields
          value={details}
          onChange={(change) => setDetails((current) => ({ ...current, ...change }))}
          errorFor={errorFor}
          idFor={idFor}
          countyIdPrefix="network-county"
          descriptionRows={8}
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
