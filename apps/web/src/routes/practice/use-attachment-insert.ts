// Puts an attachment's Markdown into the text where the cursor was, or copies it, or shows it to copy by hand.
import { useState } from 'react';
import { useI18n } from '@knutepunkt/ui';
import { type AttachmentInfo, markdownReference } from './use-upload.ts';

/** The code the person has to copy themselves (no clipboard), and whose file it is. */
export interface ManualCopy {
  name: string;
  code: string;
}

/**
 * `onInsert` puts a Markdown reference into the text and returns the name of the field it went
 * into, or null when no text has had focus yet; then the code goes to the clipboard, and when
 * there is none, into `manualCopy` for the page to show. Every outcome is told through `onStatus`.
 */
export function useAttachmentInsert(
  onInsert: ((markdown: string) => string | null) | undefined,
  onStatus: (message: string | null) => void,
) {
  const { t } = useI18n();
  const [manualCopy, setManualCopy] = useState<ManualCopy | null>(null);

  const insert = async (attachment: AttachmentInfo) => {
    const code = markdownReference(attachment);
    setManualCopy(null);
    const field = onInsert?.(code) ?? null;
    if (field) {
      onStatus(t('practice.web.attachments.inserted', { name: attachment.fileName, field }));
      return;
    }
    try {
      await navigator.clipboard.writeText(code);
      onStatus(t('practice.web.attachments.copied', { name: attachment.fileName }));
    } catch {
      // No clipboard (an older browser, or permission refused): show the code to copy by hand.
      onStatus(null);
      setManualCopy({ name: attachment.fileName, code });
    }
  };

  return { insert, manualCopy };
}
