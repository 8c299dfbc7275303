import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { EditionForm } from './EditionForm.tsx';
import { EMPTY_EDITION, editionInput } from './edition-values.ts';

/** /konferanse/ny: a new edition, owned by networks the person coordinates (any, for an admin). */
export function EditionCreatePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(
    trpc.conference.editing.createEdition.mutationOptions({
      onSuccess: async (edition) => {
        await queryClient.invalidateQueries(trpc.conference.editions.queryFilter());
        void navigate(pathTo(conferencePaths.admin.edition, { editionId: edition.id }), {
          state: { flash: t('conference.admin.create.created') },
        });
      },
    }),
  );
  return (
    <Page title={t('conference.admin.create.title')} lead={<Paragraph>{t('conference.admin.create.intro')}</Paragraph>}>
      <EditionForm
        initial={EMPTY_EDITION}
        submitLabel={t('conference.admin.create.submit')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate(editionInput(values))}
      />
    </Page>
  );
}
