import type { Db, Prisma } from '@knutepunkt/db';
import { refreshPracticeSearch } from '@knutepunkt/db';
import { type Actor, pathTo, practicePaths, urlOn } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { COMMENT_AUTHOR } from './authoring.ts';
import { editorsOf } from './recipients.ts';
import type { VersionInScope } from './scope.ts';
import { transitionVersion } from './transition.ts';

/**
 * Reviewing and curating practice examples: the coordinators' side of the
 * workflow. The rights are checked by the procedures (./procedures.ts).
 */

/** Versions waiting for review in the networks this person coordinates (all, for an admin). */
export async function reviewQueue(db: Db, actor: Actor, networkId?: string) {
  const networks = actor.isAdmin
    ? networkId
      ? [networkId]
      : undefined
    : actor.coordinatorOf.filter((id) => !networkId || id === networkId);
  const organisationFilter: Prisma.OrganisationWhereInput | undefined = networks
    ? { networks: { some: { networkId: { in: networks } } } }
    : undefined;
  return db.practiceVersion.findMany({
    where: { state: 'IN_REVIEW', example: organisationFilter ? { organisation: organisationFilter } : {} },
    select: {
      id: true,
      number: true,
      title: true,
      submittedAt: true,
      language: true,
      example: {
        select: { id: true, slug: true, publishedVersionId: true, organisation: { select: { id: true, name: true } } },
      },
    },
    orderBy: { submittedAt: 'asc' },
  });
}

/** A version as the reviewer reads it, with the published version beside it for the diff. */
export async function versionForReview(db: Db, { version, scope }: VersionInScope) {
  const example = await db.practiceExample.findUniqueOrThrow({
    where: { id: scope.exampleId },
    select: {
      id: true,
      slug: true,
      archivedAt: true,
      featured: true,
      organisation: { select: { id: true, slug: true, name: true } },
      publishedVersion: true,
    },
  });
  const comments = await db.practiceReviewComment.findMany({
    where: { versionId: version.id },
    include: COMMENT_AUTHOR,
    orderBy: { createdAt: 'asc' },
  });
  const published =
    example.publishedVersion && example.publishedVersion.id !== version.id ? example.publishedVersion : null;
  return { example: { ...example, publishedVersion: undefined }, version, published, comments };
}

async function addComment(tx: Prisma.TransactionClient, versionId: string, authorId: string, body: string | undefined) {
  if (body) await tx.practiceReviewComment.create({ data: { versionId, authorId, body } });
}

/** Send a version back to its editors with comments. */
export async function returnVersion(
  db: Db,
  actorId: string,
  { version, scope }: VersionInScope,
  comment: string,
  urls: SiteUrls,
) {
  await transitionVersion(db, {
    actorId,
    version,
    scope,
    action: 'return',
    update: async (tx, state) => {
      await tx.practiceVersion.update({
        where: { id: version.id },
        data: { state, reviewedAt: new Date(), reviewedById: actorId },
      });
      await addComment(tx, version.id, actorId, comment);
    },
    notify: async (tx) => ({
      recipients: await editorsOf(tx, scope.organisationId),
      message: {
        kind: 'practice.returned',
        subject: 'practice.mail.returned.subject',
        body: 'practice.mail.returned.body',
        params: {
          title: version.title,
          comment,
          link: urlOn(urls.web, pathTo(practicePaths.web.edit, { exampleId: scope.exampleId })),
        },
      },
    }),
  });
  return { state: 'RETURNED' as const };
}

/** Publish: this version becomes the one the public sees; the previous one is kept as superseded. */
export async function publishVersion(
  db: Db,
  actorId: string,
  { version, scope }: VersionInScope,
  comment: string | undefined,
  urls: SiteUrls,
) {
  const now = new Date();
  const slug = await transitionVersion(db, {
    actorId,
    version,
    scope,
    action: 'publish',
    update: async (tx, state) => {
      // First, so the version published now is not superseded with the old one.
      await tx.practiceVersion.updateMany({
        where: { exampleId: scope.exampleId, state: 'PUBLISHED' },
        data: { state: 'SUPERSEDED' },
      });
      await tx.practiceVersion.update({
        where: { id: version.id },
        data: { state, publishedAt: now, reviewedAt: now, reviewedById: actorId },
      });
      const example = await tx.practiceExample.findUniqueOrThrow({
        where: { id: scope.exampleId },
        select: { firstPublishedAt: true },
      });
      const updated = await tx.practiceExample.update({
        where: { id: scope.exampleId },
        data: {
          publishedVersionId: version.id,
          lastPublishedAt: now,
          firstPublishedAt: example.firstPublishedAt ?? now,
        },
      });
      await addComment(tx, version.id, actorId, comment);
      await refreshPracticeSearch(tx, scope.exampleId);
      return updated.slug;
    },
    notify: async (tx, slug) => ({
      recipients: await editorsOf(tx, scope.organisationId),
      message: {
        kind: 'practice.published',
        subject: 'practice.mail.published.subject',
        body: 'practice.mail.published.body',
        params: { title: version.title, link: urlOn(urls.web, pathTo(practicePaths.web.example, { slug })) },
      },
    }),
  });
  return { state: 'PUBLISHED' as const, slug };
}

/** Archive (take out of the bank, keep the record) or restore; feature or unfeature. Coordinators only. */
export async function setExampleFlag(
  db: Db,
  actorId: string,
  input: { exampleId: string; value: boolean },
  flag: 'archived' | 'featured',
) {
  await db.$transaction(async (tx) => {
    const before = await tx.practiceExample.findUniqueOrThrow({
      where: { id: input.exampleId },
      select: { archivedAt: true, featured: true },
    });
    const data = flag === 'archived' ? { archivedAt: input.value ? new Date() : null } : { featured: input.value };
    const after = await tx.practiceExample.update({
      where: { id: input.exampleId },
      data,
      select: { archivedAt: true, featured: true },
    });
    await refreshPracticeSearch(tx, input.exampleId);
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'practice',
      entityId: input.exampleId,
      before,
      after,
    });
  });
  return { ok: true };
}

/** Examples of the organisations in the networks this person coordinates, for curation. */
export async function examplesForStaff(db: Db, actor: Actor) {
  return db.practiceExample.findMany({
    where: {
      publishedVersionId: { not: null },
      ...(actor.isAdmin
        ? {}
        : { organisation: { networks: { some: { networkId: { in: [...actor.coordinatorOf] } } } } }),
    },
    select: {
      id: true,
      slug: true,
      featured: true,
      archivedAt: true,
      lastPublishedAt: true,
      organisation: { select: { id: true, name: true } },
      publishedVersion: { select: { title: true } },
    },
    orderBy: { lastPublishedAt: { sort: 'desc', nulls: 'last' } },
    take: 200,
  });
}
