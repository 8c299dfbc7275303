import type { Db } from '@knutepunkt/db';
import { type Actor, type VersionState, canReadVersion, isPublicAttachment } from '@knutepunkt/domain';
import { authorize } from '../../procedures/index.ts';
import { organisationNetworkIds } from '../organisations/service.ts';
import { type NewAttachment, recordAttachment, requireRoom, requireWorkingVersion } from './attachments.ts';
import { exampleRule } from './procedures.ts';

/**
 * The rights for apps/server's attachment routes (multipart uploads and file
 * downloads do not go through tRPC): the same rules as the procedures, applied
 * with `authorize` before the services run.
 */

/** Before an upload's body is read: may this person add a file to this example now? */
export async function checkAttachmentUpload(db: Db, actor: Actor, exampleId: string): Promise<void> {
  await authorize(exampleRule('edit'), db, actor, { exampleId });
  await requireWorkingVersion(db, exampleId);
  await requireRoom(db, exampleId);
}

/** After the body is read and stored: the rights again (reading took a while), then the row. */
export async function addAttachment(db: Db, actor: Actor, input: NewAttachment) {
  await authorize(exampleRule('edit'), db, actor, { exampleId: input.exampleId });
  return recordAttachment(db, actor.userId, input);
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
