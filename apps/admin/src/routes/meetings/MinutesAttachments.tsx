import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  Label,
  Link as DsLink,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { ATTACHMENT_TYPES, meetingPaths, pathTo } from '@knutepunkt/domain';
import { TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { currentLocale } from '../../locale.ts';
import { CSRF_HEADER, useTRPC } from '../../trpc.ts';
import type { MinutesData } from './MinutesPage.tsx';

/**
 * Slides and photos of the minutes: uploaded as multipart to the admin
 * listener (apps/server/src/files/minutes-routes.ts), which checks type,
 * size and text alternative as the practice bank's uploads; removed through
 * `meetings.minutes.deleteAttachment`.
 */
export function MinutesAttachments({ data, onChange }: { data: MinutesData; onChange: () => Promise<unknown> }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const remove = useMutation(trpc.meetings.minutes.deleteAttachment.mutationOptions({ onSuccess: onChange }));
  const attachments = data.minutes?.attachments ?? [];

  const onUpload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setUploadError(null);
    setUploading(true);
    try {
      const response = await fetch(pathTo(meetingPaths.admin.minutesUpload, { meetingId: data.meeting.id }), {
        method: 'POST',
        headers: { [CSRF_HEADER]: '1', 'x-locale': currentLocale() },
        body: new FormData(event.currentTarget),
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setUploadError(body?.error?.message ?? t('error.internal'));
      } else {
        form.current?.reset();
        await onChange();
      }
    } finally {
      setUploading(false);
    }
  };

  return (
    <Section title={t('meetings.minutes.attachments')}>
      <FormErrors error={remove.error} />
      {attachments.length === 0 ? (
        <Paragraph>{t('meetings.admin.minutes.noAttachments')}</Paragraph>
      ) : (
        <ul className="kp-stack">
          {attachments.map((a) => (
            <li key={a.id}>
              <DsLink href={a.url}>{a.fileName}</DsLink>
              {a.altText ? ` – ${a.altText}` : null}{' '}
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => remove.mutate({ attachmentId: a.id })}
              >
                {t('meetings.admin.minutes.removeAttachment', { name: a.fileName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form ref={form} onSubmit={(e) => void onUpload(e)} className="kp-stack" noValidate>
        <Field>
          <Label htmlFor="minutes-file">{t('meetings.admin.minutes.file')}</Label>
          <Input id="minutes-file" name="file" type="file" accept={ATTACHMENT_TYPES.join(',')} />
          {uploadError ? <ValidationMessage>{uploadError}</ValidationMessage> : null}
        </Field>
        <TextField name="altText" label={t('meetings.admin.minutes.altText')} maxLength={300} />
        <div>
          <Button type="submit" variant="secondary" loading={uploading}>
            {t('meetings.admin.minutes.upload')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
