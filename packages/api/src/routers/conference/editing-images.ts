import type { Db } from '@knutepunkt/db';
import { type Actor, type ImageTarget, notFound } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { authorize } from '../../procedures/index.ts';
import { editionRule } from './procedures.ts';

/**
 * Speakers' photos and partners' logos (docs/adr/0023), for apps/server's routes: the upload
 * on the admin listener and the public image on the web listener. An image's key is
 * `<32 hex>.<png|jpg|webp>`: new for every upload, so the public answer may be cached for
 * good, and naming its type, which was read from the file's content when it was uploaded.
 * A replaced image's file is kept: a published release, which never changes, may show it.
 */
export const CONFERENCE_IMAGE_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as const;
export type ConferenceImageType = keyof typeof CONFERENCE_IMAGE_TYPES;
const TYPE_OF_EXTENSION = Object.fromEntries(
  Object.entries(CONFERENCE_IMAGE_TYPES).map(([type, ext]) => [ext, type as ConferenceImageType]),
) as Record<string, ConferenceImageType>;

const KEY = /^([0-9a-f]{32})\.(png|jpg|webp)$/;

export function isConferenceImageType(type: string): type is ConferenceImageType {
  return type in CONFERENCE_IMAGE_TYPES;
}

/** The public key of a new image from 16 random bytes in hex and its type. */
export function conferenceImageKey(hex: string, type: ConferenceImageType): string {
  return `${hex}.${CONFERENCE_IMAGE_TYPES[type]}`;
}

/** Where the file of a public key is stored (storage keys are letters, digits and slashes), and its type. */
export function conferenceImageStorage(key: string): { storageKey: string; mimeType: ConferenceImageType } | null {
  const match = KEY.exec(key);
  if (!match) return null;
  return { storageKey: `conference/${match[2]}/${match[1]}`, mimeType: TYPE_OF_EXTENSION[match[2]!]! };
}

async function findTarget(db: Db, editionId: string, target: ImageTarget, id: string) {
  return target === 'speaker'
    ? db.conferenceSpeaker.findFirst({ where: { id, editionId }, select: { id: true } })
    : db.conferencePartner.findFirst({ where: { editionId, organisationId: id }, select: { organisationId: true } });
}

/** Before anything is read: the actor edits the edition (else 404, or 403 for one who edits none). */
export async function checkConferenceEdition(db: Db, actor: Actor, editionId: string): Promise<void> {
  await authorize(editionRule(), db, actor, { editionId });
}

/**
 * Before the file is stored: the actor edits the edition, and the speaker or partner is in it
 * (else 404, as for everything of an edition one may not edit).
 */
export async function checkConferenceImageUpload(
  db: Db,
  actor: Actor,
  editionId: string,
  target: ImageTarget,
  id: string,
): Promise<void> {
  await checkConferenceEdition(db, actor, editionId);
  if (!(await findTarget(db, editionId, target, id))) throw notFound();
}

/** The stored image becomes the speaker's photo or the partner's logo, with its text alternative. */
export async function setConferenceImage(
  db: Db,
  actor: Actor,
  image: {
    editionId: string;
    target: ImageTarget;
    id: string;
    key: string;
    mimeType: ConferenceImageType;
    alt: string;
  },
): Promise<{ key: string }> {
  await checkConferenceImageUpload(db, actor, image.editionId, image.target, image.id);
  return db.$transaction(async (tx) => {
    const updated =
      image.target === 'speaker'
        ? await tx.conferenceSpeaker.updateMany({
            where: { id: image.id, editionId: image.editionId },
            data: { photoKey: image.key, photoType: image.mimeType, photoAlt: image.alt },
          })
        : await tx.conferencePartner.updateMany({
            where: { editionId: image.editionId, organisationId: image.id },
            data: { logoKey: image.key, logoAlt: image.alt },
          });
    if (updated.count === 0) throw notFound();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'conferenceImage',
      entityId: image.key,
      after: { editionId: image.editionId, target: image.target, id: image.id, alt: image.alt },
    });
    return { key: image.key };
  });
}

/**
 * The file behind a public image address, or null (404): only an image a speaker or partner
 * of an edition with a published release shows, or one a published release shows (it may
 * have been replaced since). Drafts' images stay private.
 */
export async function conferenceImageToServe(
  db: Db,
  key: string,
): Promise<{ storageKey: string; mimeType: ConferenceImageType } | null> {
  const stored = conferenceImageStorage(key);
  if (!stored) return null;
  const published = { releases: { some: { publishedAt: { not: null } } } };
  const inUse =
    (await db.conferenceSpeaker.count({ where: { photoKey: key, edition: published } })) > 0 ||
    (await db.conferencePartner.count({ where: { logoKey: key, edition: published } })) > 0;
  if (inUse) return stored;
  // The key is 32 hex digits and an extension (checked above): nothing else reaches the query.
  const frozen = await db.$queryRaw<{ n: number }[]>`
    SELECT 1 AS n FROM "ConferenceRelease"
    WHERE "publishedAt" IS NOT NULL AND "snapshot"::text LIKE ${`%"${key}"%`} LIMIT 1`;
  return frozen.length > 0 ? stored : null;
}
