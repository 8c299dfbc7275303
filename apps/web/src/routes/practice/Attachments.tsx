import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Dialog,
  Field,
  Heading,
  Input,
  Label,
  Link as DsLink,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ATTACHMENT_LIMITS,
  ATTACHMENT_TYPES,
  type Locale,
  attachmentProblem,
  isAttachmentType,
  isImageAttachment,
} from '@knutepunkt/domain';
import { TextArea, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { useAccountQuery } from '../../components/useAccount.ts';
import { type Outputs, fieldErrorsOf, useTRPC } from '../../trpc.ts';
import { formatFileSize } from './format.ts';
import {
  type AttachmentInfo,
  type UploadErrors,
  attachmentUrl,
  checkChosenFile,
  checkUpload,
  markdownReference,
  useUpload,
} from './useUpload.ts';
import './attachments.css';

type WorkingCopy = Outputs['practice']['workingCopy'];
type WorkingAttachment = WorkingCopy['attachments'][number];

const MB = 1024 * 1024;
const HEADING_ID = 'attachments-heading';
const FILE_ID = 'attachment-file';
const ALT_ID = 'attachment-altText';
/** What the file picker offers; the server decides again from the content. */
const ACCEPT = [...ATTACHMENT_TYPES, '.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf'].join(',');

/** "PNG-bilde", "PDF-fil": what kind of file it is, in words. */
function typeLabel(mimeType: string, t: ReturnType<typeof useI18n>['t']): string {
  if (!isImageAttachment(mimeType)) return t('practice.web.attachments.pdf');
  const sub = mimeType.slice('image/'.length);
  const name = sub === 'webp' ? 'WebP' : sub.toUpperCase();
  return t('practice.web.attachments.image', { type: name });
}

/** Is the attachment referred to in the text (by its address)? */
function usedIn(text: string, attachment: AttachmentInfo): boolean {
  return text.includes(`/vedlegg/${encodeURIComponent(attachment.id)}/`);
}

export interface AttachmentsSectionProps {
  exampleId: string;
  attachments: readonly AttachmentInfo[];
  /** Attachments may change only while a version is being written (DRAFT or RETURNED). */
  editable: boolean;
  /** The language the example is written in (alt texts are part of the content). */
  lang: Locale;
  /** The example's Markdown sections, to warn before deleting a file the text uses. */
  text?: string;
  /**
   * Put a Markdown reference into the text where the cursor last was. Returns the name of the
   * field it went into, or null when no text has had focus yet (then the code is copied).
   */
  onInsert?: (markdown: string) => string | null;
}

/**
 * "Vedlegg" in the editor: the example's images and PDF files, with upload (checked in the
 * browser with the domain's rules first), alt text, insertion into the text and deletion. The
 * list is the working copy's (`practice.workingCopy`), kept up to date in the query cache.
 * Read-only when no version is being written.
 */
export function AttachmentsSection({
  exampleId,
  attachments,
  editable,
  lang,
  text = '',
  onInsert,
}: AttachmentsSectionProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const account = useAccountQuery();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [manualCopy, setManualCopy] = useState<{ name: string; code: string } | null>(null);
  const [toDelete, setToDelete] = useState<AttachmentInfo | null>(null);

  const cacheKey = trpc.practice.workingCopy.queryKey({ exampleId });
  const updateList = (change: (list: WorkingAttachment[]) => WorkingAttachment[]) =>
    queryClient.setQueryData(cacheKey, (old) => (old ? { ...old, attachments: change(old.attachments) } : old));

  const remove = useMutation(
    trpc.practice.deleteAttachment.mutationOptions({
      onSuccess: (_result, input) => {
        const gone = attachments.find((a) => a.id === input.attachmentId);
        updateList((list) => list.filter((a) => a.id !== input.attachmentId));
        setToDelete(null);
        if (gone) setStatus(t('practice.web.attachments.deleted', { name: gone.fileName }));
      },
    }),
  );

  const insert = async (attachment: AttachmentInfo) => {
    const code = markdownReference(attachment);
    setManualCopy(null);
    const field = onInsert?.(code) ?? null;
    if (field) {
      setStatus(t('practice.web.attachments.inserted', { name: attachment.fileName, field }));
      return;
    }
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t('practice.web.attachments.copied', { name: attachment.fileName }));
    } catch {
      // No clipboard (an older browser, or permission refused): show the code to copy by hand.
      setStatus(null);
      setManualCopy({ name: attachment.fileName, code });
    }
  };

  return (
    <section aria-labelledby={HEADING_ID} className="kp-stack kp-attachments-editor">
      <Heading level={2} data-size="sm" id={HEADING_ID} ref={headingRef} tabIndex={-1} className="kp-focus-target">
        {t('practice.web.attachments.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('practice.web.attachments.intro')}</Paragraph>
      {editable ? null : <Paragraph data-size="sm">{t('practice.web.attachments.readOnly')}</Paragraph>}

      {editable ? (
        <UploadForm
          exampleId={exampleId}
          count={attachments.length}
          lang={lang}
          onStatus={setStatus}
          onUploaded={(attachment) => {
            const row = {
              uploadedById: account.data?.id ?? null,
              createdAt: new Date().toISOString(),
              exampleId,
              ...attachment,
            };
            updateList((list) =>
              list.some((a) => a.id === row.id) ? list : [...list, row as unknown as WorkingAttachment],
            );
          }}
        />
      ) : null}

      {/* Polite: "Laster opp …", "… er lastet opp", "… er satt inn" are read when the person pauses. */}
      <p role="status" className="kp-attachments-status">
        {status}
      </p>
      {manualCopy ? (
        <div className="kp-stack">
          <Paragraph data-size="sm">{t('practice.web.attachments.copyYourself')}</Paragraph>
          <TextArea
            name="attachmentCode"
            id="attachment-code"
            label={t('practice.web.attachments.code', { name: manualCopy.name })}
            value={manualCopy.code}
            readOnly
            rows={2}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}

      {attachments.length === 0 ? <Paragraph>{t('practice.web.attachments.none')}</Paragraph> : null}
      {attachments.length > 0 ? (
        <Paragraph data-size="sm">
          {t('practice.web.attachments.count', { count: attachments.length, max: ATTACHMENT_LIMITS.perExample })}
        </Paragraph>
      ) : null}
      {/* Before the list, so it is read before the buttons it explains. */}
      {editable && attachments.length > 0 ? (
        <Paragraph data-size="sm">{t('practice.web.attachments.insertHint')}</Paragraph>
      ) : null}
      {attachments.length === 0 ? null : (
        <ul className="kp-attachment-list">
          {attachments.map((a) => (
            <AttachmentItem
              key={a.id}
              attachment={a}
              editable={editable}
              lang={lang}
              onStatus={setStatus}
              onSaved={(saved) =>
                updateList((list) => list.map((x) => (x.id === saved.id ? { ...x, altText: saved.altText } : x)))
              }
              onInsert={() => void insert(a)}
              onDelete={() => {
                remove.reset();
                setToDelete(a);
              }}
            />
          ))}
        </ul>
      )}

      {toDelete ? (
        <ConfirmDialog
          title={t('practice.web.attachments.deleteTitle', { name: toDelete.fileName })}
          confirmLabel={t('practice.web.attachments.deleteConfirm')}
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error, t) : null}
          onConfirm={() => remove.mutate({ attachmentId: toDelete.id })}
          onCancel={() => setToDelete(null)}
          fallbackFocus={() => headingRef.current}
        >
          <Paragraph>{t('practice.web.attachments.deleteText')}</Paragraph>
          {usedIn(text, toDelete) ? <Paragraph>{t('practice.web.attachments.deleteUsed')}</Paragraph> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** Choose a file, describe it, send it. */
function UploadForm({
  exampleId,
  count,
  lang,
  onStatus,
  onUploaded,
}: {
  exampleId: string;
  count: number;
  lang: Locale;
  onStatus: (message: string | null) => void;
  onUploaded: (attachment: AttachmentInfo & Record<string, unknown>) => void;
}) {
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
        <Label>{t('practice.web.attachments.file')}</Label>
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

function AttachmentItem({
  attachment,
  editable,
  lang,
  onStatus,
  onSaved,
  onInsert,
  onDelete,
}: {
  attachment: AttachmentInfo;
  editable: boolean;
  lang: Locale;
  onStatus: (message: string | null) => void;
  onSaved: (attachment: AttachmentInfo) => void;
  onInsert: () => void;
  onDelete: () => void;
}) {
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
          <AltTextEditor
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

/** The alt text of one image, changed in place (`practice.updateAttachment`). */
function AltTextEditor({
  attachment,
  lang,
  onCancel,
  onSaved,
}: {
  attachment: AttachmentInfo;
  lang: Locale;
  onCancel: () => void;
  onSaved: (attachment: AttachmentInfo) => void;
}) {
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

/**
 * Asks before deleting (a modal <dialog>, Designsystemet's Dialog; the admin app's ConfirmDialog
 * in small): focus starts on "Avbryt", Escape cancels, and focus goes back to the button that
 * opened it, or, when that is gone with its row, to `fallbackFocus`. Render it only while open.
 */
function ConfirmDialog({
  title,
  children,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
  fallbackFocus,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  useEffect(() => {
    // Runs after Dialog's own effect has opened the dialog (children's effects run first).
    cancelRef.current?.focus();
    return () => {
      // After the dialog has left the page, or the browser would put focus back on its own.
      setTimeout(() => {
        const active = document.activeElement;
        if (active && active !== document.body && active !== opener) return;
        const target = opener instanceof HTMLElement && opener.isConnected ? opener : fallback.current();
        target?.focus();
      }, 0);
    };
  }, [opener]);

  return (
    <Dialog
      open
      modal
      closeButton={false}
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={onCancel}
      className="kp-dialog"
    >
      <Heading level={2} data-size="xs" id={titleId}>
        {title}
      </Heading>
      <div id={textId} className="kp-dialog__text">
        {children}
      </div>
      {error ? (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <div className="kp-dialog__buttons">
        <Button
          type="button"
          data-color="danger"
          onClick={() => !pending && onConfirm()}
          loading={pending}
          aria-disabled={pending || undefined}
        >
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} type="button" variant="secondary" onClick={onCancel}>
          {t('practice.web.attachments.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
