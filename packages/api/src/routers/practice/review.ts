import type { Db, Prisma } from '@knutepunkt/db';
import { refreshPracticeSearch } from '@knutepunkt/db';
import { type Actor, nextVersionState } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { UserError } from '../../errors.ts';
import { requireAction, requireCuration, requireRead, scopeOfExample, scopeOfVersion } from './access.ts';
import { notify } from '../outbox/service.ts';
import { editorsOf } from './recipients.ts';
import { COMMENT_AUTHOR } from './authoring.ts';

const stateError = () => new UserError('CONFLICT', 'practice.error.state');

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
export async function versionForReview(db: Db, actor: Actor, versionId: string) {
  const { version, scope } = await scopeOfVersion(db, versionId);
  requireRead(actor, version.state, scope);
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
    where: { versionId },
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
  actor: Actor,
  input: { versionId: string; comment: string },
  urls: SiteUrls,
) {
  const { version, scope } = await scopeOfVersion(db, input.versionId);
  requireAction(actor, 'return', scope);
  if (!nextVersionState(version.state, 'return')) throw stateError();
  await db.$transaction(async (tx) => {
    await tx.practiceVersion.update({
      where: { id: version.id },
      data: { state: 'RETURNED', reviewedAt: new Date(), reviewedById: actor.userId },
    });
    await addComment(tx, version.id, actor.userId, input.comment);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'update',
      entity: 'practice',
      entityId: scope.exampleId,
      before: { state: version.state },
      after: { state: 'RETURNED', version: version.number },
    });
    await notify(tx, await editorsOf(tx, scope.organisationId), {
      kind: 'practice.returned',
      subject: 'practice.mail.returned.subject',
      body: 'practice.mail.returned.body',
      params: { title: version.title, comment: input.comment, link: `${urls.web}/praksis/rediger/${scope.exampleId}` },
    });
  });
  return { state: 'RETURNED' as const };
}

/** Publish: this version becomes the one the public sees; the previous one is kept as superseded. */
export async function publishVersion(
  db: Db,
  actor: Actor,
  input: { versionId: string; comment?: string | undefined },
  urls: SiteUrls,
) {
  const { version, scope } = await scopeOfVersion(db, input.versionId);
  requireAction(actor, 'publish', scope);
  if (!nextVersionState(version.state, 'publish')) throw stateError();
  const now = new Date();
  const slug = await db.$transaction(async (tx) => {
    await tx.practiceVersion.updateMany({
      where: { exampleId: scope.exampleId, state: 'PUBLISHED' },
      data: { state: 'SUPERSEDED' },
    });
    await tx.practiceVersion.update({
      where: { id: version.id },
      data: { state: 'PUBLISHED', publishedAt: now, reviewedAt: now, reviewedById: actor.userId },
    });
    const example = await tx.practiceExample.findUniqueOrThrow({
      where: { id: scope.exampleId },
      select: { firstPublishedAt: true },
    });
    const updated = await tx.practiceExample.update({
      where: { id: scope.exampleId },
      data: { publishedVersionId: version.id, lastPublishedAt: now, firstPublishedAt: example.firstPublishedAt ?? now },
    });
    await addComment(tx, version.id, actor.userId, input.comment);
    await refreshPracticeSearch(tx, scope.exampleId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'update',
      entity: 'practice',
      entityId: scope.exampleId,
      before: { state: version.state },
      after: { state: 'PUBLISHED', version: version.number },
    });
    await notify(tx, await editorsOf(tx, scope.organisationId), {
      kind: 'practice.published',
      subject: 'practice.mail.published.subject',
      body: 'practice.mail.published.body',
      params: { title: version.title, link: `${urls.web}/praksis/${updated.slug}` },
    });
    return updated.slug;
  });
  return { state: 'PUBLISHED' as const, slug };
}

/** Archive (take out of the bank, keep the record) or restore; feature or unfeature. Coordinators only. */
export async function setExampleFlag(
  db: Db,
  actor: Actor,
  input: { exampleId: string; value: boolean },
  flag: 'archived' | 'featured',
) {
  const scope = await scopeOfExample(db, input.exampleId);
  requireCuration(actor, scope);
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
      actorId: actor.userId,
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
