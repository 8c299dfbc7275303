import type { Db, Prisma } from '@knutepunkt/db';
import {
  ATTACHMENT_LIMITS,
  type AttachmentType,
  PRACTICE_ACTIONS,
  UserError,
  type VersionState,
  attachmentPath,
  isImageAttachment,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { FileRemover } from '../../context.ts';

/**
 * Attachments (images and PDF) of practice examples. The bytes live in the
 * server's file storage under generated keys; these functions hold the rows
 * and the audit trail. The rights are checked before they are called: by the
 * attachment procedures (./procedures.ts), and for apps/server's HTTP routes
 * (multipart does not go through tRPC) by ./file-access.ts.
 *
 * Attachments belong to the example, not to one version. So they change only
 * while a version is being written (DRAFT or RETURNED), like the text, and
 * one added during a revision is not public until that revision is
 * published (isPublicAttachment in the domain).
 */

const ATTACHMENT_SELECT = {
  id: true,
  exampleId: true,
  fileName: true,
  mimeType: true,
  size: true,
  altText: true,
  createdAt: true,
} as const satisfies Prisma.PracticeAttachmentSelect;

export type AttachmentRow = Prisma.PracticeAttachmentGetPayload<{ select: typeof ATTACHMENT_SELECT }>;

function withUrl(row: AttachmentRow) {
  return { ...row, url: attachmentPath(row) };
}

const EDITABLE_STATES: VersionState[] = [...PRACTICE_ACTIONS.edit.from];

/** Attachments change only while a version is being written, like the text. */
export async function requireWorkingVersion(db: Db, exampleId: string): Promise<void> {
  const working = await db.practiceVersion.count({ where: { exampleId, state: { in: EDITABLE_STATES } } });
  if (working === 0) throw new UserError('conflict', 'files.error.notEditable');
}

export async function requireRoom(db: Pick<Db, 'practiceAttachment'>, exampleId: string): Promise<void> {
  const count = await db.practiceAttachment.count({ where: { exampleId } });
  if (count >= ATTACHMENT_LIMITS.perExample) {
    throw new UserError('conflict', 'files.error.tooMany', { params: { max: ATTACHMENT_LIMITS.perExample } });
  }
}

/** An attachment with its storage key, or null. */
export function attachmentById(db: Db, attachmentId: string) {
  return db.practiceAttachment.findUnique({
    where: { id: attachmentId },
    select: { ...ATTACHMENT_SELECT, storageKey: true },
  });
}

export interface NewAttachment {
  exampleId: string;
  /** Already cleaned for display (displayFileName). */
  fileName: string;
  /** From the file's content, never from its name or the client's word. */
  mimeType: AttachmentType;
  size: number;
  storageKey: string;
  altText: string;
}

/** Record a stored file as an attachment of the example. */
export async function recordAttachment(db: Db, actorId: string, input: NewAttachment) {
  await requireWorkingVersion(db, input.exampleId);
  return db.$transaction(async (tx) => {
    await requireRoom(tx, input.exampleId);
    const row = await tx.practiceAttachment.create({
      data: { ...input, uploadedById: actorId },
      select: ATTACHMENT_SELECT,
    });
    const { id, createdAt: _createdAt, ...after } = row;
    await recordAudit(tx, { actorId, action: 'create', entity: 'practiceAttachment', entityId: id, after });
    return withUrl(row);
  });
}

export type StoredAttachment = AttachmentRow & { storageKey: string };

/** Change an attachment's text alternative. An image keeps one: it cannot be blanked. */
export async function updateAttachment(db: Db, actorId: string, attachment: StoredAttachment, altText: string) {
  await requireWorkingVersion(db, attachment.exampleId);
  if (isImageAttachment(attachment.mimeType) && !altText) {
    throw new UserError('badRequest', 'files.error.altTextRequired', {
      fieldErrors: { altText: 'files.error.altTextRequired' },
    });
  }
  return db.$transaction(async (tx) => {
    const row = await tx.practiceAttachment.update({
      where: { id: attachment.id },
      data: { altText },
      select: ATTACHMENT_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'practiceAttachment',
      entityId: attachment.id,
      before: { altText: attachment.altText },
      after: { altText: row.altText },
    });
    return withUrl(row);
  });
}

/**
 * Remove an attachment: the row (with its audit entry), then the stored file.
 * A file that cannot be removed is left behind rather than failing a delete
 * that has happened: no row points at it, so it is never served.
 */
export async function deleteAttachment(
  db: Db,
  actorId: string,
  files: FileRemover | null,
  attachment: StoredAttachment,
) {
  await requireWorkingVersion(db, attachment.exampleId);
  await db.$transaction(async (tx) => {
    await tx.practiceAttachment.delete({ where: { id: attachment.id } });
    const { id, createdAt: _createdAt, storageKey: _key, ...before } = attachment;
    await recordAudit(tx, { actorId, action: 'delete', entity: 'practiceAttachment', entityId: id, before });
  });
  await files?.delete(attachment.storageKey).catch(() => undefined);
  return { ok: true as const };
}
