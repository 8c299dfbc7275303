import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  type PracticeContent,
  canReadVersion,
  practiceContentOf,
  isWorkingState,
  nextVersionState,
  practiceSubmission,
  slugify,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { UserError } from '../../errors.ts';
import { requireAction, requireRead, scopeOfExample, scopeOfVersion } from './access.ts';
import { notify } from '../outbox/service.ts';
import { reviewersOf } from './recipients.ts';

const stateError = () => new UserError('CONFLICT', 'practice.error.state');

/** Review comments carry their author's name (reviewers are staff; their names are not sensitive here). */
export const COMMENT_AUTHOR = { author: { select: { id: true, name: true } } } as const;

async function uniqueSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title) || 'praksis';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await db.practiceExample.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** An editor starts an example: the example and its first draft. */
export async function createPractice(
  db: Db,
  actor: Actor,
  input: { organisationId: string; title: string; language: 'nb' | 'nn' | 'en' },
) {
  const slug = await uniqueSlug(db, input.title);
  return db.$transaction(async (tx) => {
    const example = await tx.practiceExample.create({ data: { slug, organisationId: input.organisationId } });
    const version = await tx.practiceVersion.create({
      data: { exampleId: example.id, number: 1, title: input.title, language: input.language, authorId: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'practice',
      entityId: example.id,
      after: { slug, title: input.title },
    });
    return { exampleId: example.id, versionId: version.id, slug };
  });
}

/** The organisation's own examples, drafts included, for its editors. */
export async function listForOrganisation(db: Db, organisationId: string) {
  const examples = await db.practiceExample.findMany({
    where: { organisationId },
    select: {
      id: true,
      slug: true,
      archivedAt: true,
      featured: true,
      lastPublishedAt: true,
      publishedVersion: { select: { title: true } },
      versions: {
        where: { state: { in: ['DRAFT', 'IN_REVIEW', 'RETURNED'] } },
        select: { id: true, title: true, state: true, updatedAt: true },
      },
    },
    orderBy: { updatedAt: 'desc' },
  });
  return examples.map(({ versions, publishedVersion, ...e }) => ({
    ...e,
    title: versions[0]?.title ?? publishedVersion?.title ?? '',
    working: versions[0] ?? null,
    published: !!publishedVersion,
  }));
}

/**
 * What the editor works on: the version in progress (or, when there is none,
 * the published one, read-only until a revision is started), with the
 * reviewers' comments and the attachments.
 */
export async function getWorkingCopy(db: Db, actor: Actor, exampleId: string) {
  const scope = await scopeOfExample(db, exampleId);
  requireAction(actor, 'edit', scope);
  const example = await db.practiceExample.findUniqueOrThrow({
    where: { id: exampleId },
    include: {
      organisation: { select: { id: true, slug: true, name: true } },
      attachments: { orderBy: { createdAt: 'asc' } },
      versions: {
        orderBy: { number: 'desc' },
        take: 2,
        include: { comments: { include: COMMENT_AUTHOR, orderBy: { createdAt: 'asc' } } },
      },
    },
  });
  const working = example.versions.find((v) => isWorkingState(v.state)) ?? null;
  const published = example.versions.find((v) => v.id === example.publishedVersionId) ?? null;
  return {
    id: example.id,
    slug: example.slug,
    organisation: example.organisation,
    archivedAt: example.archivedAt,
    attachments: example.attachments.map(({ storageKey: _key, ...a }) => a),
    working,
    published,
  };
}

/**
 * Autosave. Refuses a save based on an older copy than the server's (another
 * tab or person saved since), so nothing is silently overwritten.
 */
export async function saveDraft(
  db: Db,
  actor: Actor,
  input: PracticeContent & { versionId: string; baseUpdatedAt: string },
) {
  const { version, scope } = await scopeOfVersion(db, input.versionId);
  requireAction(actor, 'edit', scope);
  if (!nextVersionState(version.state, 'edit')) throw stateError();
  const updated = await db.practiceVersion.updateMany({
    where: { id: version.id, updatedAt: new Date(input.baseUpdatedAt), state: version.state },
    data: { ...practiceContentOf(input), authorId: actor.userId },
  });
  if (updated.count === 0) throw new UserError('CONFLICT', 'practice.error.staleDraft');
  return db.practiceVersion.findUniqueOrThrow({
    where: { id: version.id },
    select: { id: true, updatedAt: true, state: true },
  });
}

/** Send for review: checks that what a reader needs is there, then tells the network's coordinators. */
export async function submitVersion(db: Db, actor: Actor, versionId: string, urls: SiteUrls) {
  const { version, scope } = await scopeOfVersion(db, versionId);
  requireAction(actor, 'submit', scope);
  if (!nextVersionState(version.state, 'submit')) throw stateError();
  const check = practiceSubmission.safeParse(practiceContentOf(version));
  // The same translated field errors as a form would get, so the editor sees what is missing.
  if (!check.success) throw new UserError('BAD_REQUEST', 'error.badRequest', { cause: check.error });
  return db.$transaction(async (tx) => {
    await tx.practiceVersion.update({
      where: { id: version.id },
      data: { state: 'IN_REVIEW', submittedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'update',
      entity: 'practice',
      entityId: scope.exampleId,
      before: { state: version.state },
      after: { state: 'IN_REVIEW', version: version.number },
    });
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: scope.organisationId },
      select: { name: true },
    });
    await notify(tx, await reviewersOf(tx, scope.organisationId), {
      kind: 'practice.submitted',
      subject: 'practice.mail.submitted.subject',
      body: 'practice.mail.submitted.body',
      params: {
        title: version.title,
        organisation: organisation.name,
        link: `${urls.admin}/praksis/vurdering/${version.id}`,
      },
    });
    return { state: 'IN_REVIEW' as const };
  });
}

/** Take a version back out of review to keep writing. */
export async function withdrawVersion(db: Db, actor: Actor, versionId: string) {
  const { version, scope } = await scopeOfVersion(db, versionId);
  requireAction(actor, 'withdraw', scope);
  if (!nextVersionState(version.state, 'withdraw')) throw stateError();
  await db.practiceVersion.update({ where: { id: version.id }, data: { state: 'DRAFT', submittedAt: null } });
  return { state: 'DRAFT' as const };
}

/** Start revising a published example: a new draft from the published text, while the published one stays up. */
export async function startRevision(db: Db, actor: Actor, exampleId: string) {
  const scope = await scopeOfExample(db, exampleId);
  requireAction(actor, 'edit', scope);
  return db.$transaction(async (tx) => {
    const versions = await tx.practiceVersion.findMany({ where: { exampleId }, orderBy: { number: 'desc' } });
    if (versions.some((v) => isWorkingState(v.state))) throw new UserError('CONFLICT', 'practice.error.revisionExists');
    const published = versions.find((v) => v.state === 'PUBLISHED');
    if (!published) throw stateError();
    const draft = await tx.practiceVersion.create({
      data: {
        ...practiceContentOf(published),
        exampleId,
        number: (versions[0]?.number ?? 0) + 1,
        authorId: actor.userId,
      },
    });
    return { versionId: draft.id };
  });
}

/** Every version of an example, for its editors and reviewers: what was published when, and what is under way. */
export async function versionHistory(db: Db, actor: Actor, exampleId: string) {
  const scope = await scopeOfExample(db, exampleId);
  requireRead(actor, 'IN_REVIEW', scope);
  const editorView = canReadVersion(actor, 'DRAFT', scope.organisationId, scope.networkIds);
  const versions = await db.practiceVersion.findMany({
    where: { exampleId, ...(editorView ? {} : { state: { not: 'DRAFT' } }) },
    orderBy: { number: 'desc' },
    include: { comments: { include: COMMENT_AUTHOR, orderBy: { createdAt: 'asc' } } },
  });
  return versions;
}
