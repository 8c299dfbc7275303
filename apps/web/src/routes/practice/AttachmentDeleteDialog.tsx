// Asks before deleting an attachment (the shared ConfirmDialog), warns when the text still uses it, and deletes it.
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { pathTo, practicePaths } from '@knutepunkt/domain';
import { ConfirmDialog, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { useTRPC } from '../../trpc.ts';
import type { AttachmentInfo } from './use-upload.ts';

/** Is the attachment referred to in the text? By its address up to the file name, which is cosmetic. */
function usedIn(text: string, attachment: AttachmentInfo): boolean {
  return text.includes(pathTo(practicePaths.web.attachment, { attachmentId: attachment.id, fileName: '' }));
}

export interface AttachmentDeleteDialogProps {
  attachment: AttachmentInfo;
  /** The example's Markdown sections, to warn before deleting a file the text uses. */
  text: string;
  /** Deleted on the server (`practice.deleteAttachment`): take it out of the list and say so. */
  onDeleted: (attachment: AttachmentInfo) => void;
  onCancel: () => void;
  /** Where focus goes when the deleted row's button is gone (the section's heading). */
  fallbackFocus: () => HTMLElement | null;
}

/** Render it only while asking: each opening starts with a fresh request (no error left from the last one). */
export function AttachmentDeleteDialog({
  attachment,
  text,
  onDeleted,
  onCancel,
  fallbackFocus,
}: AttachmentDeleteDialogProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.practice.deleteAttachment.mutationOptions({ onSuccess: () => onDeleted(attachment) }),
  );

  return (
    <ConfirmDialog
      title={t('practice.web.attachments.deleteTitle', { name: attachment.fileName })}
      confirmLabel={t('practice.web.attachments.deleteConfirm')}
      danger
      pending={remove.isPending}
      error={remove.isError ? errorMessage(remove.error, t) : null}
      onConfirm={() => remove.mutate({ attachmentId: attachment.id })}
      onCancel={onCancel}
      fallbackFocus={fallbackFocus}
    >
      <Paragraph>{t('practice.web.attachments.deleteText')}</Paragraph>
      {usedIn(text, attachment) ? <Paragraph>{t('practice.web.attachments.deleteUsed')}</Paragraph> : null}
    </ConfirmDialog>
  );
}
