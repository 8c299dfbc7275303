import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { organisationPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { EMPTY_ORGANISATION, OrganisationForm, profileInput, type OrganisationValues } from './OrganisationForm.tsx';

/** /organisasjoner/ny (admins). */
export function OrganisationCreatePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(
    trpc.organisations.create.mutationOptions({
      onSuccess: async (organisation) => {
        await queryClient.invalidateQueries(trpc.organisations.list.queryFilter());
        void navigate(pathTo(organisationPaths.admin.organisation, { organisationId: organisation.id }), {
          state: { flash: t('admin.organisationCreate.created') },
        });
      },
    }),
  );

  const onSubmit = (values: OrganisationValues) =>
    create.mutate({
      name: values.name,
      slug: values.slug,
      // An empty choice goes to the server as it is, which answers "Velg et av alternativene".
      type: values.type as Exclude<OrganisationValues['type'], ''>,
      ...profileInput(values),
    });

  return (
    <Page
      title={t('admin.organisationCreate.title')}
      lead={<Paragraph>{t('admin.organisationCreate.intro')}</Paragraph>}
    >
      <OrganisationForm
        mode="create"
        initial={EMPTY_ORGANISATION}
        submitLabel={t('admin.organisationCreate.submit')}
        pending={create.isPending}
        error={create.error}
        onSubmit={onSubmit}
      />
    </Page>
  );
}
