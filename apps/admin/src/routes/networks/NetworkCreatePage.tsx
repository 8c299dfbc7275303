import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { networkPaths, pathTo, slugify } from '@knutepunkt/domain';
import { TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { firstCountyCheckboxId } from '../../components/CountiesFieldset.tsx';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { NetworkFields, useNetworkFieldLabels, type NetworkDetails } from './NetworkFields.tsx';

const FIELDS = ['name', 'slug', 'description', 'language', 'counties'] as const;
const idFor = (field: string) =>
  field.startsWith('counties') ? firstCountyCheckboxId('new-network-county') : fieldId(field);

/** /nettverk/ny (admins): name, short name for the address, description, counties. */
export function NetworkCreatePage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [details, setDetails] = useState<NetworkDetails>({
    name: '',
    description: '',
    // Most people write in the language they use the app in.
    language: locale,
    counties: [],
  });
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);

  const create = useMutation(
    trpc.networks.create.mutationOptions({
      onSuccess: async (network) => {
        await queryClient.invalidateQueries(trpc.networks.list.queryFilter());
        void navigate(pathTo(networkPaths.admin.network, { networkId: network.id }), {
          state: { flash: t('networks.admin.create.created') },
        });
      },
    }),
  );
  const errorFor = useFieldErrors(create.error);
  const labels = useNetworkFieldLabels();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate({ ...details, slug, description: details.description || null });
  };

  return (
    <Page title={t('networks.admin.create.title')} lead={<Paragraph>{t('networks.admin.create.intro')}</Paragraph>}>
      <form onSubmit={onSubmit} noValidate className="kp-form">
        <FormErrors
          error={create.error}
          order={FIELDS}
          idFor={idFor}
          labels={{ ...labels, slug: t('organisations.field.slug') }}
        />
        <NetworkFields
          value={details}
          onChange={(change) => {
            setDetails((current) => ({ ...current, ...change }));
            if (change.name !== undefined && !slugEdited) setSlug(slugify(change.name));
          }}
          errorFor={errorFor}
          idFor={idFor}
          countyIdPrefix="new-network-county"
          afterName={
            <TextField
              name="slug"
              label={t('organisations.field.slug')}
              description={t('admin.slug.description')}
              required
              value={slug}
              onChange={(event) => {
                setSlug(event.target.value);
                setSlugEdited(true);
              }}
              error={errorFor('slug')}
            />
          }
        />
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('networks.admin.create.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
