// Changes the alt text of one image in place (`practice.updateAttachment`), checked with the domain's rule first.
import { useEffect, useRef, useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { ATTACHMENT_LIMITS, type Locale, attachmentProblem, isAttachmentType } from '@knutepunkt/domain';
import { TextArea, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { fieldErrorsOf, useTRPC } from '../../trpc.ts';
import type { AttachmentInfo } from './use-upload.ts';

export interface AttachmentAltTextEditorProps {
  attachment: AttachmentInfo;
  lang: Locale;
  onCancel: () => void;
  onSaved: (attachment: AttachmentInfo) => void;
}

/** The alt text of one image, changed in place (`practice.updateAttachment`). */
export function AttachmentAltTextEditor({ attachment, lang, onCancel, onSaved }: AttachmentAltTextEditorProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [value, setValue] = useState(attachment.altText);
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const save = useMutation(
    trpc.practice.updateAttachment.mutationOptions({
      onSuccess: (saved) => onSaved({ ...attachment, altText: saved.altText }),
      onError: (e) => {
        setError(fieldErrorsOf(e).altText ?? errorMessage(e, t));
        field.current?.focus();
      },
    }),
  );
  const onSave = () => {
    if (save.isPending) return;
    // The domain's rule for an image's text alternative: required, and not too long.
    const problem = attachmentProblem({
      type: isAttachmentType(attachment.mimeType) ? attachment.mimeType : null,
      size: 1,
      altText: value,
    });
    const found =
      problem === 'altTextRequired'
        ? t('practice.attachments.error.altTextRequired')
        : problem === 'altTextTooLong'
          ? t('practice.attachments.error.altTextTooLong', { max: ATTACHMENT_LIMITS.altText })
          : undefined;
    if (found) {
      setError(found);
      field.current?.focus();
      return;
    }
    setError(undefined);
    save.mutate({ attachmentId: attachment.id, altText: value.trim() });
  };
  return (
    <div className="kp-stack kp-attachment__edit">
      <TextArea
        ref={field}
        id={`attachment-alt-${attachment.id}`}
        name="altText"
        label={
          <>
            {t('practice.web.attachments.altText')}
            <VisuallyHidden>: {attachment.fileName}</VisuallyHidden>
          </>
        }
        description={t('practice.web.attachments.altTextEditHint')}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(undefined);
        }}
        onKeyDown={(e) => {
          // Escape leaves the field as it was, like "Avbryt".
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
        required
        maxLength={ATTACHMENT_LIMITS.altText}
        rows={2}
        error={error}
        lang={lang}
      />
      <div className="kp-actions">
        <Button
          type="button"
          data-size="sm"
          onClick={onSave}
          loading={save.isPending}
          aria-disabled={save.isPending || undefined}
        >
          {t('practice.web.attachments.save')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onCancel}>
          {t('practice.web.attachments.cancel')}
        </Button>
      </div>
    </div>
  );
}
