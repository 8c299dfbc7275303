// The editor's upload form: choose a file, describe it, send it (checked in the browser with the domain's rules first).
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Button, Field, Heading, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, type Locale, isImageAttachment } from '@knutepunkt/domain';
import { TextArea, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { type AttachmentInfo, type UploadErrors, checkChosenFile, checkUpload, useUpload } from './use-upload.ts';

const MB = 1024 * 1024;
const FILE_ID = 'attachment-file';
const ALT_ID = 'attachment-altText';
/** What the file picker offers; the server decides again from the content. */
const ACCEPT = [...ATTACHMENT_TYPES, '.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf'].join(',');

export interface AttachmentUploadFormProps {
  exampleId: string;
  /** How many attachments the example has (the limit is checked before sending). */
  count: number;
  lang: Locale;
  onStatus: (message: string | null) => void;
  onUploaded: (attachment: AttachmentInfo & Record<string, unknown>) => void;
}

/** Choose a file, describe it, send it. */
export function AttachmentUploadForm({ exampleId, count, lang, onStatus, onUploaded }: AttachmentUploadFormProps) {
  const { t } = useI18n();
  const { upload, pending } = useUpload(exampleId, t);
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [altText, setAltText] = useState('');
  const [errors, setErrors] = useState<UploadErrors>({});
  const [announcement, setAnnouncement] = useState('');
  const isImage = file ? isImageAttachment(file.type) : false;

  const showErrors = (next: UploadErrors) => {
    setErrors(next);
    // Focus on the field reads its message (tied to it with aria-describedby).
    if (next.file) fileRef.current?.focus();
    else if (next.altText) altRef.current?.focus();
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    const problem = chosen ? checkChosenFile(chosen, t) : undefined;
    setErrors({ file: problem });
    // Said at once, not only when the field is next visited: the picker has just closed.
    setAnnouncement(problem ?? '');
  };

  const onUpload = async () => {
    if (pending) return;
    const found = checkUpload(file, altText, count, t);
    if (found.file || found.altText || !file) {
      showErrors(found);
      return;
    }
    setErrors({});
    setAnnouncement('');
    onStatus(t('practice.web.attachments.uploading', { name: file.name }));
    const outcome = await upload(file, altText);
    if (!outcome) return;
    if (outcome.ok) {
      onUploaded(outcome.attachment);
      setFile(null);
      setAltText('');
      if (fileRef.current) fileRef.current.value = '';
      onStatus(t('practice.web.attachments.uploaded', { name: outcome.attachment.fileName }));
      return;
    }
    onStatus(null);
    // A refusal without a field (not allowed, too many, no connection) is told at the file.
    showErrors(outcome.errors.file || outcome.errors.altText ? outcome.errors : { file: outcome.message });
  };

  return (
    <div role="group" aria-labelledby={headingId} className="kp-stack kp-attachment-upload">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('practice.web.attachments.uploadHeading')}
      </Heading>
      <Field>
        <Label htmlFor={FILE_ID}>{t('practice.web.attachments.file')}</Label>
        <Field.Description>
          {t('practice.web.attachments.hint.types', {
            image: ATTACHMENT_LIMITS.imageBytes / MB,
            pdf: ATTACHMENT_LIMITS.pdfBytes / MB,
            max: ATTACHMENT_LIMITS.perExample,
          })}
        </Field.Description>
        <Input ref={fileRef} id={FILE_ID} name="attachmentFile" type="file" accept={ACCEPT} onChange={onChoose} />
        {errors.file ? <ValidationMessage>{errors.file}</ValidationMessage> : null}
      </Field>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      <TextArea
        ref={altRef}
        id={ALT_ID}
        name="attachmentAltText"
        label={t('practice.web.attachments.altText')}
        description={t('practice.web.attachments.altTextHint')}
        value={altText}
        onChange={(e) => {
          setAltText(e.target.value);
          if (errors.altText) setErrors({ ...errors, altText: undefined });
        }}
        required={isImage}
        maxLength={ATTACHMENT_LIMITS.altText}
        rows={2}
        error={errors.altText}
        lang={lang}
      />
      <div>
        <Button type="button" onClick={() => void onUpload()} loading={pending} aria-disabled={pending || undefined}>
          {t('practice.web.attachments.upload')}
        </Button>
      </div>
    </div>
  );
}
