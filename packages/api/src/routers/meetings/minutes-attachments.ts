import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  type AttachmentType,
  MINUTES_LIMITS,
  UserError,
  mayReadMinutes,
  meetingPaths,
  pathTo,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { FileRemover } from '../../context.ts';
import { authorize } from '../../procedures/index.ts';
import { minutesViewer } from './minutes-viewer.ts';
import { meetingRule } from './procedures.ts';

/**
 * Slides and photos of a meeting's minutes. The file checks (type from the
 * content, size, text alternatives) and the storage are the practice bank's,
 * shared through apps/server/src/files; these functions hold the rows, the
 * rights and the audit trail. Uploads come to the admin listener (the
 * coordinators); files are served on the web listener to those who may read
 * the minutes.
 */

const ATTACHMENT_SELECT = {
  id: true,
  meetingId: true,
  fileName: true,
  mimeType: true,
  size: true,
  altText: true,
  createdAt: true,
} as const;

export function minutesAttachmentUrl(attachment: { id: string; fileName: string }): string {
  return pathTo(meetingPaths.web.minutesAttachment, {
    attachmentId: attachment.id,
    fileName: attachment.fileName,
  });
}

async function requireRoom(db: Db, meetingId: string) {
  const count = await db.minutesAttachment.count({ where: { meetingId } });
  if (count >= MINUTES_LIMITS.attachments) {
    throw new UserError('conflict', 'meetings.minutes.error.tooManyAttachments', {
      params: { max: MINUTES_LIMITS.attachments },
    });
  }
}

/** Before an upload's body is read: is this a coordinator of the meeting, with room left? */
export async function checkMinutesUpload(db: Db, actor: Actor, meetingId: string): Promise<void> {
  const { meeting } = await authorize(meetingRule('manage'), db, actor, { meetingId });
  if (meeting.status === 'draft') throw new UserError('conflict', 'meetings.minutes.error.draftMeeting');
  await requireRoom(db, meetingId);
}

export interface NewMinutesAttachment {
  meetingId: string;
  fileName: string;
  mimeType: AttachmentType;
  size: number;
  storageKey: string;
  altText: string;
}

/** After the body is read and stored: the rights again, then the row (the minutes are created as a draft if need be). */
export async function addMinutesAttachment(db: Db, actor: Actor, input: NewMinutesAttachment) {
  await checkMinutesUpload(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    await tx.meetingMinutes.upsert({
      where: { meetingId: input.meetingId },
      create: { meetingId: input.meetingId },
      update: {},
    });
    const row = await tx.minutesAttachment.create({
      data: { ...input, uploadedById: actor.userId },
      select: ATTACHMENT_SELECT,
    });
    const { id, createdAt: _createdAt, ...after } = row;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'minutesAttachment',
      entityId: id,
      after,
    });
    return { ...row, url: minutesAttachmentUrl(row) };
  });
}

/** The attachment and its meeting, for the delete procedure's rule. */
export async function loadMinutesAttachment(db: Db, attachmentId: string) {
  const row = await db.minutesAttachment.findUnique({
    where: { id: attachmentId },
    select: {
      ...ATTACHMENT_SELECT,
      storageKey: true,
      minutes: { select: { meeting: { select: { networkId: true } } } },
    },
  });
  if (!row) return null;
  const { minutes, ...attachment } = row;
  return { attachment, networkId: minutes.meeting.networkId };
}

export type StoredMinutesAttachment = NonNullable<Awaited<ReturnType<typeof loadMinutesAttachment>>>['attachment'];

/** Remove the row (audited), then the file; a file that cannot be removed is never served (no row points at it). */
export async function deleteMinutesAttachment(
  db: Db,
  actorId: string,
  files: FileRemover | null,
  attachment: StoredMinutesAttachment,
) {
  await db.$transaction(async (tx) => {
    await tx.minutesAttachment.delete({ where: { id: attachment.id } });
    const { id, createdAt: _createdAt, storageKey: _key, ...before } = attachment;
    await recordAudit(tx, { actorId, action: 'delete', entity: 'minutesAttachment', entityId: id, before });
  });
  await files?.delete(attachment.storageKey).catch(() => undefined);
  return { ok: true as const };
}

/**
 * A minutes attachment for the file route, or null (a 404) for anyone who may
 * not read the minutes. Public minutes' files may be cached by anyone.
 */
export async function minutesAttachmentToServe(db: Db, attachmentId: string, actor: () => Promise<Actor | null>) {
  const row = await db.minutesAttachment.findUnique({
    where: { id: attachmentId },
    select: {
      storageKey: true,
      fileName: true,
      mimeType: true,
      size: true,
      minutes: {
        select: {
          visibility: true,
          publishedAt: true,
          meeting: { select: { id: true, networkId: true, status: true } },
        },
      },
    },
  });
  if (!row || row.minutes.meeting.status === 'draft') return null;
  const { minutes, ...file } = row;
  const { meeting } = minutes;
  if (minutes.publishedAt && minutes.visibility === 'public') return { ...file, isPublic: true };
  const who = await actor();
  if (!who) return null;
  const viewer = await minutesViewer(db, who, meeting);
  return mayReadMinutes(minutes, meeting.networkId, viewer) ? { ...file, isPublic: false } : null;
}
