import type { Db, Prisma } from '@knutepunkt/db';
import {
  NO_CHANGES,
  type ProgrammeSnapshot,
  type ReleaseChanges,
  type ReleaseFields,
  UserError,
  changeCounts,
  notFound,
  noticeableGuids,
  releaseChanges,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notifyStarredChanges, starredRecipients } from './release-notices.ts';
import type { EditionInScope } from './scope.ts';
import { buildSnapshot, latestPublished } from './snapshot.ts';

type Tx = Prisma.TransactionClient;

/**
 * Releases of a conference programme (docs/adr/0023): coordinators write a draft (a name and
 * a note), preview what it would change, and publish it. Publishing freezes the working copy
 * as the release's snapshot with its changes against the release before, under the edition's
 * row lock, and tells those who starred a changed session. A published release is never
 * changed or deleted.
 */

export interface ReleaseInScope {
  id: string;
  editionId: string;
  name: string;
  publishedAt: Date | null;
}

const published = () => new UserError('conflict', 'conference.release.error.published');

const asChanges = (json: Prisma.JsonValue | null): ReleaseChanges =>
  (json as unknown as ReleaseChanges | null) ?? NO_CHANGES;

/** Every release of the edition, drafts first, then the published ones newest first, with counts of their changes. */
export async function listReleases(db: Db, edition: EditionInScope) {
  const rows = await db.conferenceRelease.findMany({
    where: { editionId: edition.id },
    orderBy: [{ sequence: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: { id: true, name: true, note: true, sequence: true, publishedAt: true, createdAt: true, changes: true },
  });
  return {
    edition: { id: edition.id, slug: edition.slug, title: edition.title },
    releases: rows.map(({ changes, ...row }) => ({
      ...row,
      counts: row.publishedAt ? changeCounts(asChanges(changes)) : null,
    })),
  };
}

export async function createRelease(db: Db, actorId: string, edition: EditionInScope, input: ReleaseFields) {
  return db.$transaction(async (tx) => {
    const release = await tx.conferenceRelease.create({
      data: { editionId: edition.id, name: input.name, note: input.note },
      select: { id: true, name: true, note: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'conferenceRelease',
      entityId: release.id,
      after: release,
    });
    return release;
  });
}

/** A draft's name and note; a published release is frozen. */
export async function updateRelease(db: Db, actorId: string, release: ReleaseInScope, input: ReleaseFields) {
  return db.$transaction(async (tx) => {
    const before = await tx.conferenceRelease.findUnique({
      where: { id: release.id },
      select: { name: true, note: true, publishedAt: true },
    });
    if (!before) throw notFound();
    // Only while still a draft, checked in the write itself: a publish in between wins.
    const { count } = await tx.conferenceRelease.updateMany({
      where: { id: release.id, publishedAt: null },
      data: { name: input.name, note: input.note },
    });
    if (count === 0) throw published();
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceRelease',
      entityId: release.id,
      before: { name: before.name, note: before.note },
      after: input,
    });
    return { id: release.id, ...input };
  });
}

export async function deleteRelease(db: Db, actorId: string, release: ReleaseInScope) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.conferenceRelease.deleteMany({ where: { id: release.id, publishedAt: null } });
    if (count === 0) throw published();
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'conferenceRelease',
      entityId: release.id,
      before: { name: release.name },
    });
  });
}

/**
 * What publishing now would change: the working copy against the newest published release,
 * and how many people would be told (those who starred a moved, changed or cancelled session).
 */
export async function previewRelease(db: Db, edition: EditionInScope) {
  const [current, next] = await Promise.all([latestPublished(db, edition.slug), buildSnapshot(db, edition.id)]);
  const changes = releaseChanges(current?.snapshot ?? null, next);
  const recipients = await starredRecipients(db, edition.id, noticeableGuids(changes));
  return {
    against: current ? { name: current.release.name, sequence: current.release.sequence } : null,
    changes,
    counts: changeCounts(changes),
    recipients: recipients.size,
  };
}

/** Lock the edition's row: publishing is one at a time per edition. */
async function lockEdition(tx: Tx, editionId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ConferenceEdition" WHERE "id" = ${editionId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
}

/**
 * Publish a draft: exactly once. Under the edition's row lock the release is read again; one
 * already published (a second click, another coordinator at the same moment) is answered as
 * it was published, with nothing sent again.
 */
export async function publishRelease(
  db: Db,
  actorId: string,
  edition: EditionInScope,
  release: ReleaseInScope,
  urls: SiteUrls,
) {
  // Building the snapshot of a large programme and writing the notices takes a moment.
  return db.$transaction(
    (tx) => publishInTransaction(tx, { editionId: edition.id, releaseId: release.id, actorId, urls }),
    {
      maxWait: 30_000,
      timeout: 30_000,
    },
  );
}

/**
 * The publishing itself, inside the caller's transaction: the procedure's, or the demo seed's
 * (which publishes its releases as of a day in the past, `at`).
 */
export async function publishInTransaction(
  tx: Tx,
  args: { editionId: string; releaseId: string; actorId: string; urls: SiteUrls; at?: Date },
) {
  await lockEdition(tx, args.editionId);
  const draft = await tx.conferenceRelease.findUnique({
    where: { id: args.releaseId },
    select: {
      id: true,
      name: true,
      sequence: true,
      publishedAt: true,
      changes: true,
      edition: { select: { slug: true } },
    },
  });
  if (!draft) throw notFound();
  if (draft.publishedAt && draft.sequence !== null) {
    const counts = changeCounts(asChanges(draft.changes));
    return { id: draft.id, name: draft.name, sequence: draft.sequence, counts, notified: 0, alreadyPublished: true };
  }
  const previous = await tx.conferenceRelease.findFirst({
    where: { editionId: args.editionId, publishedAt: { not: null }, sequence: { not: null } },
    orderBy: { sequence: 'desc' },
    select: { sequence: true, snapshot: true },
  });
  const snapshot = await buildSnapshot(tx, args.editionId);
  const changes = releaseChanges((previous?.snapshot as unknown as ProgrammeSnapshot | null) ?? null, snapshot);
  const sequence = (previous?.sequence ?? 0) + 1;
  const publishedAt = args.at ?? new Date();
  await tx.conferenceRelease.update({
    where: { id: draft.id },
    data: {
      sequence,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      changes: changes as unknown as Prisma.InputJsonValue,
      publishedAt,
      publishedById: args.actorId,
    },
  });
  const counts = changeCounts(changes);
  const notified = await notifyStarredChanges(tx, {
    edition: { id: args.editionId, slug: draft.edition.slug, title: snapshot.edition.title },
    releaseName: draft.name,
    changes,
    urls: args.urls,
  });
  await recordAudit(tx, {
    actorId: args.actorId,
    action: 'update',
    entity: 'conferenceRelease',
    entityId: draft.id,
    before: { publishedAt: null },
    after: { sequence, publishedAt: publishedAt.toISOString(), counts, notified },
  });
  return { id: draft.id, name: draft.name, sequence, counts, notified, alreadyPublished: false };
}

/** The demo seed's way to publish (packages/db/src/seed/conference.ts: PublishRelease), as of its day. */
export function seedReleasePublisher(urls: SiteUrls) {
  return async (tx: Tx, release: { releaseId: string; userId: string; at: Date }): Promise<void> => {
    const { editionId } = await tx.conferenceRelease.findUniqueOrThrow({
      where: { id: release.releaseId },
      select: { editionId: true },
    });
    await publishInTransaction(tx, {
      editionId,
      releaseId: release.releaseId,
      actorId: release.userId,
      urls,
      at: release.at,
    });
  };
}

/**
 * The public change log: the edition's title (as last published) and every published
 * release, newest first, with its changes. No release published, or no such edition: 404.
 */
export async function changeLog(db: Db, slug: string) {
  const current = await latestPublished(db, slug);
  if (!current) throw notFound();
  const rows = await db.conferenceRelease.findMany({
    where: { edition: { slug }, publishedAt: { not: null }, sequence: { not: null } },
    orderBy: { sequence: 'desc' },
    select: { sequence: true, name: true, note: true, publishedAt: true, changes: true },
  });
  return {
    edition: { slug, title: current.snapshot.edition.title },
    releases: rows.map((row) => ({
      sequence: row.sequence!,
      name: row.name,
      note: row.note,
      publishedAt: row.publishedAt!.toISOString(),
      changes: asChanges(row.changes),
    })),
  };
}
