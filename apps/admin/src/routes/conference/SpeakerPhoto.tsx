import { useRef, useState, type FormEvent } from 'react';
import { Button, Field, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { currentLocale } from '../../locale.ts';
import { CSRF_HEADER, useTRPC } from '../../trpc.ts';
import type { Speaker } from './speaker-values.ts';

const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

/**
 * The speaker's photo: uploaded as multipart to the admin listener's image route
 * (conferencePaths.admin.imageUpload: target=speaker, id, alt, file; it answers `{ key }`) and
 * removed through `conference.speakers.removePhoto`. The web's image route serves published
 * photos only, so here the current one is named by its file and its alternative text.
 */
export function SpeakerPhoto({
  speaker,
  onChange,
}: {
  speaker: Speaker;
  onChange: (message: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [uploadError, setUploadError] = useState<{ file?: string; alt?: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const remove = useMutation(
    trpc.conference.speakers.removePhoto.mutationOptions({
      onSuccess: () => onChange(t('conference.admin.speaker.photo.removed')),
    }),
  );

  const onUpload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const elements = event.currentTarget.elements;
    const file = (elements.namedItem('file') as HTMLInputElement).files?.[0];
    const alt = (elements.namedItem('alt') as HTMLInputElement).value.trim();
    const missing = {
      ...(file && file.size > 0 ? {} : { file: t('conference.admin.speaker.photo.fileRequired') }),
      ...(alt ? {} : { alt: t('conference.admin.speaker.photo.altRequired') }),
    };
    if (!file || Object.keys(missing).length > 0) return setUploadError(missing);
    setUploadError(null);
    setUploading(true);
    // The image route's contract: target, id, alt, file.
    const data = new FormData();
    data.set('target', 'speaker');
    data.set('id', speaker.id);
    data.set('alt', alt);
    data.set('file', file);
    try {
      const response = await fetch(pathTo(conferencePaths.admin.imageUpload, { editionId: speaker.editionId }), {
        method: 'POST',
        headers: { [CSRF_HEADER]: '1', 'x-locale': currentLocale() },
        body: data,
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setUploadError({ file: body?.error?.message ?? t('error.internal') });
      } else {
        form.current?.reset();
        await onChange(t('conference.admin.speaker.photo.uploaded'));
      }
    } finally {
      setUploading(false);
    }
  };

  return (
    <Section title={t('conference.admin.speaker.photo')}>
      <FormErrors error={remove.error} />
      {speaker.photoKey ? (
        <div className="kp-actions">
          <Paragraph>
            {t('conference.admin.speaker.photo.current', {
              file: speaker.photoKey.split('/').pop() ?? speaker.photoKey,
              alt: speaker.photoAlt,
            })}
          </Paragraph>
          <Button
            type="button"
            variant="tertiary"
            data-color="danger"
            loading={remove.isPending}
            onClick={() => remove.mutate({ speakerId: speaker.id })}
          >
            {t('conference.admin.speaker.photo.remove')}
          </Button>
        </div>
      ) : (
        <Paragraph>{t('conference.admin.speaker.photo.none')}</Paragraph>
      )}
      <form ref={form} onSubmit={(e) => void onUpload(e)} className="kp-stack" noValidate>
        <Field>
          <Label htmlFor="speaker-photo-file">{t('conference.admin.speaker.photo.file')}</Label>
          <Paragraph data-size="sm" id="speaker-photo-file-hint">
            {t('conference.admin.speaker.photo.fileHint')}
          </Paragraph>
          <Input
            id="speaker-photo-file"
            name="file"
            type="file"
            accept={PHOTO_TYPES}
            aria-describedby="speaker-photo-file-hint"
            aria-invalid={uploadError?.file ? true : undefined}
          />
          {uploadError?.file ? <ValidationMessage>{uploadError.file}</ValidationMessage> : null}
        </Field>
        <TextField
          name="alt"
          id="speaker-photo-alt"
          label={t('conference.admin.speaker.photo.alt')}
          description={t('conference.admin.speaker.field.photoAltHint')}
          required
          maxLength={300}
          error={uploadError?.alt}
        />
        <div>
          <Button type="submit" variant="secondary" loading={uploading}>
            {t('conference.admin.speaker.photo.upload')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
