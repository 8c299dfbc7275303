import { z } from 'zod';
import { idField } from '../schemas/fields.ts';
import { type VersionState, isWorkingState } from './workflow.ts';

/**
 * Attachments of practice examples: images and PDF. The server decides a
 * file's type from its content (never its name); these are the rules that
 * follow from the type, shared by the server and the apps (which can check a
 * file before sending it).
 */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const MB = 1024 * 1024;
export const ATTACHMENT_LIMITS = {
  imageBytes: 10 * MB,
  pdfBytes: 20 * MB,
  /** Per example: enough for a write-up with pictures and a report or two. */
  perExample: 20,
  altText: 300,
  fileName: 120,
} as const;

/** The extension a file of this type is shown and saved with. */
export const ATTACHMENT_EXTENSIONS: Record<AttachmentType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

export function isAttachmentType(value: unknown): value is AttachmentType {
  return typeof value === 'string' && (ATTACHMENT_TYPES as readonly string[]).includes(value);
}

export function isImageAttachment(mimeType: string): boolean {
  return mimeType.startsWith('image/');
}

export function attachmentMaxBytes(type: AttachmentType): number {
  return isImageAttachment(type) ? ATTACHMENT_LIMITS.imageBytes : ATTACHMENT_LIMITS.pdfBytes;
}

/** What is wrong with an upload, in the order a person should hear it; null when it may be stored. */
export type AttachmentProblem = 'empty' | 'unsupported' | 'tooLarge' | 'altTextRequired' | 'altTextTooLong';

export function attachmentProblem(file: {
  type: AttachmentType | null;
  size: number;
  altText: string;
}): AttachmentProblem | null {
  if (file.size === 0) return 'empty';
  if (!file.type) return 'unsupported';
  if (file.size > attachmentMaxBytes(file.type)) return 'tooLarge';
  // An image without a text alternative shuts out readers who cannot see it (WCAG 1.1.1).
  if (isImageAttachment(file.type) && !file.altText.trim()) return 'altTextRequired';
  if (file.altText.trim().length > ATTACHMENT_LIMITS.altText) return 'altTextTooLong';
  return null;
}

/**
 * The name a file is shown and downloaded under, made from what the uploader
 * called it: no folders, no control or reserved characters, bounded, and
 * with the extension of its real type (a PDF sent as "rapport.png" becomes
 * "rapport.pdf"). It is for display only; files are stored under generated keys.
 */
export function displayFileName(original: string, type: AttachmentType): string {
  const base = original.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .trim();
  const stem = cleaned.replace(/\.[^.]*$/, '').replace(/^[.\s]+|[.\s]+$/g, '');
  const extension = ATTACHMENT_EXTENSIONS[type];
  const room = ATTACHMENT_LIMITS.fileName - extension.length - 1;
  return `${[...(stem || 'vedlegg')].slice(0, room).join('')}.${extension}`;
}

/**
 * May everyone see this attachment? Its example must be published and not
 * archived. Attachments belong to the example, not to a version, so one
 * added while a revision is being written waits, like the revised text,
 * until that revision is published: nothing reaches the public unreviewed.
 * (Those that were there when the revision was started stay public.)
 */
export function isPublicAttachment(
  attachment: { createdAt: Date },
  example: {
    publishedVersionId: string | null;
    archivedAt: Date | null;
    latestVersion: { state: VersionState; createdAt: Date } | null;
  },
): boolean {
  if (!example.publishedVersionId || example.archivedAt) return false;
  const revision = example.latestVersion && isWorkingState(example.latestVersion.state) ? example.latestVersion : null;
  return !revision || attachment.createdAt < revision.createdAt;
}

/** Where an attachment is served; the name is cosmetic (the id finds it). */
export function attachmentPath(attachment: { id: string; fileName: string }): string {
  return `/vedlegg/${encodeURIComponent(attachment.id)}/${encodeURIComponent(attachment.fileName)}`;
}

export const attachmentIdInput = z.object({ attachmentId: idField });
export const attachmentUpdateInput = z.object({
  attachmentId: idField,
  altText: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(ATTACHMENT_LIMITS.altText, { error: 'validation.tooLong' }),
});
