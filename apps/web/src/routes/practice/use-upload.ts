import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  ATTACHMENT_LIMITS,
  type MessageParams,
  attachmentPath,
  attachmentProblem,
  isAttachmentType,
  isImageAttachment,
  pathTo,
  practicePaths,
} from '@knutepunkt/domain';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';
import { currentLocale } from '../../locale.ts';
import { CSRF_HEADER, isMeQuery } from '../../trpc.ts';

/** An attachment as the editor shows it (the upload answers with this much; the working copy with more). */
export interface AttachmentInfo {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  altText: string;
}

/** Where an upload's problem is shown: at the file field or at the alt text field. */
export type UploadField = 'file' | 'altText';
export type UploadErrors = Partial<Record<UploadField, string>>;

type Translate = (key: WebMessageKey, params?: MessageParams) => string;

const MB = 1024 * 1024;

/**
 * The domain's rules for an upload, checked in the browser before anything is sent (a 20 MB
 * file on a slow phone connection should not travel just to be refused). The browser's type
 * comes from the file name; the server decides again from the content.
 */
export function checkUpload(file: File | null, altText: string, count: number, t: Translate): UploadErrors {
  if (!file) return { file: t('practice.attachments.error.noFile') };
  if (count >= ATTACHMENT_LIMITS.perExample)
    return { file: t('practice.attachments.error.tooMany', { max: ATTACHMENT_LIMITS.perExample }) };
  const type = isAttachmentType(file.type) ? file.type : null;
  switch (attachmentProblem({ type, size: file.size, altText })) {
    case 'empty':
      return { file: t('practice.attachments.error.empty') };
    case 'unsupported':
      return { file: t('practice.attachments.error.unsupported') };
    case 'tooLarge':
      return type && isImageAttachment(type)
        ? { file: t('practice.attachments.error.tooLarge.image', { max: ATTACHMENT_LIMITS.imageBytes / MB }) }
        : { file: t('practice.attachments.error.tooLarge.pdf', { max: ATTACHMENT_LIMITS.pdfBytes / MB }) };
    case 'altTextRequired':
      return { altText: t('practice.attachments.error.altTextRequired') };
    case 'altTextTooLong':
      return { altText: t('practice.attachments.error.altTextTooLong', { max: ATTACHMENT_LIMITS.altText }) };
    case null:
      return {};
  }
}

/** Only the file's own problems (type, size), for telling the person as soon as they have chosen it. */
export function checkChosenFile(file: File, t: Translate): string | undefined {
  return checkUpload(file, 'x', 0, t).file;
}

/** The server's upload address for an example. */
export function uploadUrl(exampleId: string): string {
  return pathTo(practicePaths.web.upload, { exampleId });
}

/** Where an attachment is served, safe to put in a Markdown link (parentheses would end it). */
export function attachmentUrl(attachment: { id: string; fileName: string }): string {
  return attachmentPath(attachment).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Text in Markdown's brackets: one line, with the characters that would end it escaped. */
function bracketText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\[\]]/g, '\\$&');
}

/** `![alt](/vedlegg/…)` for an image, `[name](/vedlegg/…)` for a PDF. */
export function markdownReference(attachment: AttachmentInfo): string {
  const url = attachmentUrl(attachment);
  return isImageAttachment(attachment.mimeType)
    ? `![${bracketText(attachment.altText)}](${url})`
    : `[${bracketText(attachment.fileName)}](${url})`;
}

export type UploadOutcome =
  | { ok: true; attachment: AttachmentInfo & Record<string, unknown> }
  | { ok: false; status: number | null; message: string; errors: UploadErrors };

interface ErrorAnswer {
  error?: { message?: unknown; data?: { httpStatus?: unknown; fieldErrors?: unknown } };
}

/**
 * Send one file with fetch and FormData. Same origin, so the session cookie goes along; the CSRF
 * header and the language are the ones every tRPC request carries. The server's refusals arrive
 * translated, with `fieldErrors` naming the field (`file` or `altText`).
 */
export async function uploadAttachment(
  exampleId: string,
  file: File,
  altText: string,
  t: Translate,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  const body = new FormData();
  // The text field first: the server reads the parts in order.
  body.append('altText', altText.trim());
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await globalThis.fetch(uploadUrl(exampleId), {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: '1', 'x-locale': currentLocale() },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, status: null, message: t('error.network'), errors: {} };
  }
  let answer: unknown = null;
  try {
    answer = await response.json();
  } catch {
    // Not JSON (a proxy's error page): handled below.
  }
  if (response.ok) {
    const attachment = (answer as { attachment?: AttachmentInfo & Record<string, unknown> } | null)?.attachment;
    if (attachment && typeof attachment.id === 'string') return { ok: true, attachment };
    return { ok: false, status: response.status, message: t('error.internal'), errors: {} };
  }
  const error = (answer as ErrorAnswer | null)?.error;
  if (!error || typeof error.message !== 'string') {
    return { ok: false, status: response.status, message: t('error.internal'), errors: {} };
  }
  const fields = error.data?.fieldErrors;
  const errors: UploadErrors = {};
  if (fields && typeof fields === 'object') {
    const { file: fileError, altText: altError } = fields as Record<string, unknown>;
    if (typeof fileError === 'string') errors.file = fileError;
    if (typeof altError === 'string') errors.altText = altError;
  }
  return { ok: false, status: response.status, message: error.message, errors };
}

/**
 * Uploading from a component: one file at a time, `pending` while it travels, and a request
 * still under way is cancelled when the component goes away. A 401 means the session ended:
 * `account.me` is asked again, as the QueryClient does for tRPC requests.
 */
export function useUpload(exampleId: string, t: Translate) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const upload = useCallback(
    async (file: File, altText: string): Promise<UploadOutcome | null> => {
      if (controller.current) return null;
      const current = new AbortController();
      controller.current = current;
      setPending(true);
      try {
        const outcome = await uploadAttachment(exampleId, file, altText, t, current.signal);
        if (!outcome.ok && outcome.status === 401) {
          void queryClient.invalidateQueries({ predicate: (q) => isMeQuery(q.queryKey) });
        }
        return outcome;
      } catch {
        // Cancelled: the component is gone.
        return null;
      } finally {
        if (controller.current === current) {
          controller.current = null;
          if (!current.signal.aborted) setPending(false);
        }
      }
    },
    [exampleId, t, queryClient],
  );
  return { upload, pending };
}
