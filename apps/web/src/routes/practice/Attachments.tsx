// "Vedlegg" in the editor: gathers upload, list, insertion and deletion, and keeps the cached list up to date.
import { useRef, useState } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { ATTACHMENT_LIMITS, type Locale } from '@knutepunkt/domain';
import { TextArea, useI18n } from '@knutepunkt/ui';
import { useAccountQuery } from '../../components/use-account.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { AttachmentDeleteDialog } from './AttachmentDeleteDialog.tsx';
import { AttachmentItem } from './AttachmentItem.tsx';
import { AttachmentUploadForm } from './AttachmentUploadForm.tsx';
import { useAttachmentInsert } from './use-attachment-insert.ts';
import type { AttachmentInfo } from './use-upload.ts';
import './attachments.css';

type WorkingCopy = Outputs['practice']['workingCopy'];
type WorkingAttachment = WorkingCopy['attachments'][number];

const HEADING_ID = 'attachments-heading';

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
  const [toDelete, setToDelete] = useState<AttachmentInfo | null>(null);
  const { insert, manualCopy } = useAttachmentInsert(onInsert, setStatus);

  const cacheKey = trpc.practice.workingCopy.queryKey({ exampleId });
  const updateList = (change: (list: WorkingAttachment[]) => WorkingAttachment[]) =>
    queryClient.setQueryData(cacheKey, (old) => (old ? { ...old, attachments: change(old.attachments) } : old));

  return (
    <section aria-labelledby={HEADING_ID} className="kp-stack kp-attachments-editor">
      <Heading level={2} data-size="sm" id={HEADING_ID} ref={headingRef} tabIndex={-1} className="kp-focus-target">
        {t('practice.web.attachments.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('practice.web.attachments.intro')}</Paragraph>
      {editable ? null : <Paragraph data-size="sm">{t('practice.web.attachments.readOnly')}</Paragraph>}

      {editable ? (
        <AttachmentUploadForm
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
              onDelete={() => setToDelete(a)}
            />
          ))}
        </ul>
      )}

      {toDelete ? (
        <AttachmentDeleteDialog
          attachment={toDelete}
          text={text}
          onDeleted={(gone) => {
            updateList((list) => list.filter((a) => a.id !== gone.id));
            setToDelete(null);
            setStatus(t('practice.web.attachments.deleted', { name: gone.fileName }));
          }}
          onCancel={() => setToDelete(null)}
          fallbackFocus={() => headingRef.current}
        />
      ) : null}
    </section>
  );
}
