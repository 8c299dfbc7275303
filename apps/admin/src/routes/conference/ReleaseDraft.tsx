import { type FormEvent, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RELEASE_LIMITS } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { describeError } from '../../errors.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

type Release = AdminRouterOutputs['conference']['releases']['releases'][number];

/**
 * A draft release: its name and note to edit, deleting it, and publishing it after a question
 * that says how many people will be told (from the preview, fetched when the question opens).
 */
export function ReleaseDraft({
  release,
  editionId,
  onDone,
}: {
  release: Release;
  editionId: string;
  onDone: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'publish' | 'delete' | null>(null);
  const [recipients, setRecipients] = useState<number | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.conference.pathFilter());
  const save = useMutation(
    trpc.conference.updateRelease.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone(t('conference.admin.releases.saved'));
      },
    }),
  );
  const remove = useMutation(
    trpc.conference.deleteRelease.mutationOptions({
      onSuccess: async () => {
        setAsking(null);
        onDone(t('conference.admin.releases.deleted'));
        await refresh();
      },
    }),
  );
  const publish = useMutation(
    trpc.conference.publishRelease.mutationOptions({
      onSuccess: async (result) => {
        setAsking(null);
        onDone(t('conference.admin.releases.published', { name: result.name }));
        await refresh();
      },
    }),
  );
  const askPublish = async () => {
    setRecipients(null);
    setAsking('publish');
    const preview = await queryClient.fetchQuery({
      ...trpc.conference.previewRelease.queryOptions({ editionId }),
      staleTime: 0,
    });
    setRecipients(preview.recipients);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      releaseId: release.id,
      name: String(form.get('name') ?? ''),
      note: String(form.get('note') ?? ''),
    });
  };
  const prefix = `release-${release.id}`;
  return (
    <div className="kp-stack">
      <form method="post" onSubmit={onSubmit} noValidate className="kp-stack kp-form">
        <FormErrors
          error={save.error}
          order={['name', 'note']}
          idFor={(field) => `${prefix}-${field}`}
          labels={{ name: t('conference.admin.releases.name'), note: t('conference.admin.releases.note') }}
        />
        <TextField
          id={`${prefix}-name`}
          name="name"
          label={t('conference.admin.releases.name')}
          defaultValue={release.name}
          maxLength={RELEASE_LIMITS.name}
          required
        />
        <TextArea
          id={`${prefix}-note`}
          name="note"
          label={t('conference.admin.releases.note')}
          defaultValue={release.note}
          maxLength={RELEASE_LIMITS.note}
        />
        <div className="kp-row-actions">
          <Button type="submit" variant="secondary" loading={save.isPending}>
            {t('conference.admin.releases.save')}
          </Button>
          <Button type="button" onClick={() => void askPublish()}>
            {t('conference.admin.releases.publish')}
          </Button>
          <Button type="button" variant="tertiary" data-color="danger" onClick={() => setAsking('delete')}>
            {t('conference.admin.releases.delete')}
          </Button>
        </div>
      </form>
      {asking === 'publish' ? (
        <ConfirmDialog
          title={t('conference.admin.releases.publishConfirm', { name: release.name })}
          confirmLabel={t('conference.admin.releases.publish')}
          pending={publish.isPending || recipients === null}
          error={publish.isError ? describeError(publish.error, t).message : null}
          onConfirm={() => publish.mutate({ releaseId: release.id })}
          onCancel={() => {
            publish.reset();
            setAsking(null);
          }}
        >
          <Paragraph>
            {recipients === null
              ? t('conference.admin.releases.counting')
              : recipients === 1
                ? t('conference.admin.releases.publishWarningOne')
                : t('conference.admin.releases.publishWarning', { count: formatNumber(locale, recipients) })}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
      {asking === 'delete' ? (
        <ConfirmMutationDialog
          title={t('conference.admin.releases.deleteConfirm', { name: release.name })}
          confirmLabel={t('conference.admin.releases.delete')}
          mutation={remove}
          onConfirm={() => remove.mutate({ releaseId: release.id })}
          onCancel={() => {
            remove.reset();
            setAsking(null);
          }}
        >
          {t('conference.admin.releases.deleteText')}
        </ConfirmMutationDialog>
      ) : null}
    </div>
  );
}
