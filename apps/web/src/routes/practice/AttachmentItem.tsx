// One attachment in the editor's list: preview, name, size and alt text, with its insert, edit and delete buttons.
import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { type Locale, isImageAttachment } from '@knutepunkt/domain';
import { VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { AttachmentAltTextEditor } from './AttachmentAltTextEditor.tsx';
import { formatFileSize } from './format.ts';
import { type AttachmentInfo, attachmentUrl } from './use-upload.ts';

/** "PNG-bilde", "PDF-fil": what kind of file it is, in words. */
function typeLabel(mimeType: string, t: ReturnType<typeof useI18n>['t']): string {
  if (!isImageAttachment(mimeType)) return t('practice.web.attachments.pdf');
  const sub = mimeType.slice('image/'.length);
  const name = sub === 'webp' ? 'WebP' : sub.toUpperCase();
  return t('practice.web.attachments.image', { type: name });
}

export interface AttachmentItemProps {
  attachment: AttachmentInfo;
  /** Show the buttons that change things (only while a version is being written). */
  editable: boolean;
  lang: Locale;
  onStatus: (message: string | null) => void;
  onSaved: (attachment: AttachmentInfo) => void;
  onInsert: () => void;
  onDelete: () => void;
}

export function AttachmentItem({
  attachment,
  editable,
  lang,
  onStatus,
  onSaved,
  onInsert,
  onDelete,
}: AttachmentItemProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    // Back to the button that opened the field, once it is rendered again.
    if (!editing && refocus.current) editButton.current?.focus();
    refocus.current = false;
  }, [editing]);
  const url = attachmentUrl(attachment);
  const image = isImageAttachment(attachment.mimeType);
  const name = <VisuallyHidden>: {attachment.fileName}</VisuallyHidden>;

  const closeEditor = () => {
    refocus.current = true;
    setEditing(false);
  };

  return (
    <li className="kp-attachment">
      {image ? (
        <img className="kp-attachment__thumb" src={url} alt={attachment.altText} lang={lang} loading="lazy" />
      ) : (
        <span className="kp-attachment__icon" aria-hidden="true">
          PDF
        </span>
      )}
      <div className="kp-attachment__body">
        <Heading level={3} data-size="2xs" className="kp-attachment__name">
          <DsLink href={url}>{attachment.fileName}</DsLink>
        </Heading>
        <Paragraph data-size="sm">
          {t('practice.web.example.fileSize', {
            type: typeLabel(attachment.mimeType, t),
            size: formatFileSize(attachment.size, locale),
          })}
        </Paragraph>
        {image && !editing ? (
          <Paragraph data-size="sm" className="kp-attachment__alt">
            {attachment.altText ? (
              <>
                {t('practice.web.attachments.altText')}: <span lang={lang}>{attachment.altText}</span>
              </>
            ) : (
              t('practice.web.attachments.altTextMissing')
            )}
          </Paragraph>
        ) : null}
        {editing ? (
          <AttachmentAltTextEditor
            attachment={attachment}
            lang={lang}
            onCancel={closeEditor}
            onSaved={(saved) => {
              onSaved(saved);
              onStatus(t('practice.web.attachments.altTextSaved', { name: attachment.fileName }));
              closeEditor();
            }}
          />
        ) : null}
        {editable && !editing ? (
          <div className="kp-actions">
            <Button type="button" variant="secondary" data-size="sm" onClick={onInsert}>
              {t('practice.web.attachments.insert')}
              {name}
            </Button>
            {image ? (
              <Button ref={editButton} type="button" variant="tertiary" data-size="sm" onClick={() => setEditing(true)}>
                {t('practice.web.attachments.editAltText')}
                {name}
              </Button>
            ) : null}
            <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={onDelete}>
              {t('practice.web.attachments.delete')}
              {name}
            </Button>
          </div>
        ) : null}
      </div>
    </li>
  );
}
