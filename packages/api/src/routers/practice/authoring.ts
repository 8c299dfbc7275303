import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  type PracticeContent,
  UserError,
  canReadVersion,
  isWorkingState,
  pathTo,
  practiceContentOf,
  practicePaths,
  practiceSubmission,
  slugify,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { reviewersOf } from './recipients.ts';
import type { ExampleScope, VersionInScope } from './scope.ts';
import { refusedTransition, requireTransition, transitionVersion } from './transition.ts';

/**
 * Writing practice examples: the editors' side of the workflow. The rights
 * are checked by the procedures (./procedures.ts) before these run; they get
 * the example's scope or the version already loaded.
 */

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
  actorId: string,
  input: { organisationId: string; title: string; language: 'nb' | 'nn' | 'en' },
) {
  const slug = await uniqueSlug(db, input.title);
  return db.$transaction(async (tx) => {
    const example = await tx.practiceExample.create({ data: { slug, organisationId: input.organisationId } });
    const version = await tx.practiceVersion.create({
      data: { exampleId: example.id, number: 1, title: input.title, language: input.language, authorId: actorId },
    });
    await recordAudit(tx, {
      actorId,
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
export async function getWorkingCopy(db: Db, exampleId: string) {
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
  actorId: string,
  version: VersionInScope['version'],
  input: PracticeContent & { baseUpdatedAt: string },
) {
  requireTransition(version.state, 'edit');
  const updated = await db.practiceVersion.updateMany({
    where: { id: version.id, updatedAt: new Date(input.baseUpdatedAt), state: version.state },
    data: { ...practiceContentOf(input), authorId: actorId },
  });
  if (updated.count === 0) throw new UserError('conflict', 'practice.error.staleDraft');
  return db.practiceVersion.findUniqueOrThrow({
    where: { id: version.id },
    select: { id: true, updatedAt: true, state: true },
  });
}

/** Send for review: checks that what a reader needs is there, then tells the network's coordinators. */
export async function submitVersion(db: Db, actorId: string, { version, scope }: VersionInScope, urls: SiteUrls) {
  await transitionVersion(db, {
    actorId,
    version,
    scope,
    action: 'submit',
    validate: () => {
      const check = practiceSubmission.safeParse(practiceContentOf(version));
      // The same translated field errors as a form would get, so the editor sees what is missing.
      if (!check.success) throw new UserError('badRequest', 'error.badRequest', { cause: check.error });
    },
    update: (tx, state) =>
      tx.practiceVersion.update({ where: { id: version.id }, data: { state, submittedAt: new Date() } }),
    notify: async (tx) => {
      const organisation = await tx.organisation.findUniqueOrThrow({
        where: { id: scope.organisationId },
        select: { name: true },
      });
      return {
        recipients: await reviewersOf(tx, scope.organisationId),
        message: {
          kind: 'practice.submitted',
          subject: 'practice.mail.submitted.subject',
          body: 'practice.mail.submitted.body',
          params: {
            title: version.title,
            organisation: organisation.name,
            link: urlOn(urls.admin, pathTo(practicePaths.admin.review, { versionId: version.id })),
          },
        },
      };
    },
  });
  return { state: 'IN_REVIEW' as const };
}

/** Take a version back out of review to keep writing. */
export async function withdrawVersion(db: Db, actorId: string, { version, scope }: VersionInScope) {
  await transitionVersion(db, {
    actorId,
    version,
    scope,
    action: 'withdraw',
    audit: false,
    update: (tx, state) => tx.practiceVersion.update({ where: { id: version.id }, data: { state, submittedAt: null } }),
  });
  return { state: 'DRAFT' as const };
}

/** Start revising a published example: a new draft from the published text, while the published one stays up. */
export async function startRevision(db: Db, actorId: string, exampleId: string) {
  return db.$transaction(async (tx) => {
    const versions = await tx.practiceVersion.findMany({ where: { exampleId }, orderBy: { number: 'desc' } });
    if (versions.some((v) => isWorkingState(v.state))) throw new UserError('conflict', 'practice.error.revisionExists');
    const published = versions.find((v) => v.state === 'PUBLISHED');
    if (!published) throw refusedTransition();
    const draft = await tx.practiceVersion.create({
      data: {
        ...practiceContentOf(published),
        exampleId,
        number: (versions[0]?.number ?? 0) + 1,
        authorId: actorId,
      },
    });
    return { versionId: draft.id };
  });
}

/** Every version of an example, for its editors and reviewers: what was published when, and what is under way. */
export async function versionHistory(db: Db, actor: Actor, scope: ExampleScope) {
  // Reviewers see versions from submission on; drafts stay inside the organisation.
  const editorView = canReadVersion(actor, 'DRAFT', scope.organisationId, scope.networkIds);
  const versions = await db.practiceVersion.findMany({
    where: { exampleId: scope.exampleId, ...(editorView ? {} : { state: { not: 'DRAFT' } }) },
    orderBy: { number: 'desc' },
    include: { comments: { include: COMMENT_AUTHOR, orderBy: { createdAt: 'asc' } } },
  });
  return versions;
}
