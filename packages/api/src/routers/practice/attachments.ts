import type { Db, Prisma } from '@knutepunkt/db';
import {
  ATTACHMENT_LIMITS,
  type Actor,
  type AttachmentType,
  PRACTICE_ACTIONS,
  type VersionState,
  attachmentPath,
  canReadVersion,
  isImageAttachment,
  isPublicAttachment,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { FileRemover } from '../../context.ts';
import { UserError, notFound } from '../../errors.ts';
import { organisationNetworkIds } from '../organisations/service.ts';
import { type ExampleScope, requireAction, scopeOfExample } from './access.ts';

/**
 * Attachments (images and PDF) of practice examples. The bytes live in the
 * server's file storage under generated keys; these functions hold the rows,
 * the rights and the audit trail. Uploading itself is an HTTP route of
 * apps/server (multipart does not go through tRPC), which calls
 * checkAttachmentUpload before it reads the body and addAttachment after.
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

type AttachmentRow = Prisma.PracticeAttachmentGetPayload<{ select: typeof ATTACHMENT_SELECT }>;

function withUrl(row: AttachmentRow) {
  return { ...row, url: attachmentPath(row) };
}

const EDITABLE_STATES: VersionState[] = [...PRACTICE_ACTIONS.edit.from];

/** The edit right on the example (401/403/404 as the API decides), and a version being written. */
async function requireEditable(db: Db, actor: Actor, exampleId: string): Promise<ExampleScope> {
  const scope = await scopeOfExample(db, exampleId);
  requireAction(actor, 'edit', scope);
  const working = await db.practiceVersion.count({ where: { exampleId, state: { in: EDITABLE_STATES } } });
  if (working === 0) throw new UserError('CONFLICT', 'practice.attachments.error.notEditable');
  return scope;
}

async function requireRoom(db: Pick<Db, 'practiceAttachment'>, exampleId: string): Promise<void> {
  const count = await db.practiceAttachment.count({ where: { exampleId } });
  if (count >= ATTACHMENT_LIMITS.perExample) {
    throw new UserError('CONFLICT', 'practice.attachments.error.tooMany', {
      params: { max: ATTACHMENT_LIMITS.perExample },
    });
  }
}

async function attachmentById(db: Db, attachmentId: string) {
  const row = await db.practiceAttachment.findUnique({
    where: { id: attachmentId },
    select: { ...ATTACHMENT_SELECT, storageKey: true },
  });
  if (!row) throw notFound();
  return row;
}

/** Before an upload's body is read: may this person add a file to this example now? */
export async function checkAttachmentUpload(db: Db, actor: Actor, exampleId: string): Promise<void> {
  await requireEditable(db, actor, exampleId);
  await requireRoom(db, exampleId);
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
export async function addAttachment(db: Db, actor: Actor, input: NewAttachment) {
  await requireEditable(db, actor, input.exampleId);
  return db.$transaction(async (tx) => {
    await requireRoom(tx, input.exampleId);
    const row = await tx.practiceAttachment.create({
      data: { ...input, uploadedById: actor.userId },
      select: ATTACHMENT_SELECT,
    });
    const { id, createdAt: _createdAt, ...after } = row;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'practiceAttachment',
      entityId: id,
      after,
    });
    return withUrl(row);
  });
}

/** Change an attachment's text alternative. An image keeps one: it cannot be blanked. */
export async function updateAttachment(db: Db, actor: Actor, input: { attachmentId: string; altText: string }) {
  const attachment = await attachmentById(db, input.attachmentId);
  await requireEditable(db, actor, attachment.exampleId);
  if (isImageAttachment(attachment.mimeType) && !input.altText) {
    throw new UserError('BAD_REQUEST', 'practice.attachments.error.altTextRequired', {
      fieldErrors: { altText: 'practice.attachments.error.altTextRequired' },
    });
  }
  return db.$transaction(async (tx) => {
    const row = await tx.practiceAttachment.update({
      where: { id: attachment.id },
      data: { altText: input.altText },
      select: ATTACHMENT_SELECT,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
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
export async function deleteAttachment(db: Db, actor: Actor, files: FileRemover | null, attachmentId: string) {
  const attachment = await attachmentById(db, attachmentId);
  await requireEditable(db, actor, attachment.exampleId);
  await db.$transaction(async (tx) => {
    await tx.practiceAttachment.delete({ where: { id: attachment.id } });
    const { id, createdAt: _createdAt, storageKey: _key, ...before } = attachment;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'delete',
      entity: 'practiceAttachment',
      entityId: id,
      before,
    });
  });
  await files?.delete(attachment.storageKey).catch(() => undefined);
  return { ok: true as const };
}

export interface AttachmentToServe {
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** Anyone may see it (and caches may keep it); otherwise only its example's editors and reviewers. */
  isPublic: boolean;
}

/**
 * An attachment for the file route, or null (a 404) for anyone who may not
 * see it. Public as isPublicAttachment decides; anything else only for those who may
 * read the example's unpublished version (drafts: its editors; from review
 * on: its network's coordinators too). The actor is only loaded when needed.
 */
export async function attachmentToServe(
  db: Db,
  attachmentId: string,
  actor: () => Promise<Actor | null>,
): Promise<AttachmentToServe | null> {
  const row = await db.practiceAttachment.findUnique({
    where: { id: attachmentId },
    select: {
      storageKey: true,
      fileName: true,
      mimeType: true,
      size: true,
      createdAt: true,
      example: {
        select: {
          id: true,
          organisationId: true,
          archivedAt: true,
          publishedVersionId: true,
          versions: { orderBy: { number: 'desc' }, take: 1, select: { state: true, createdAt: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { example, createdAt, ...file } = row;
  const latestVersion = example.versions[0] ?? null;
  if (isPublicAttachment({ createdAt }, { ...example, latestVersion })) return { ...file, isPublic: true };

  const who = await actor();
  if (!who) return null;
  // The newest version decides who may look: a draft stays inside the organisation.
  const latest = latestVersion?.state ?? 'DRAFT';
  const state: VersionState = latest === 'PUBLISHED' || latest === 'SUPERSEDED' ? 'IN_REVIEW' : latest;
  const networkIds = await organisationNetworkIds(db, example.organisationId);
  return canReadVersion(who, state, example.organisationId, networkIds) ? { ...file, isPublic: false } : null;
}
