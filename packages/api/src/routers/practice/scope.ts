import type { Db, PracticeVersionModel } from '@knutepunkt/db';
import { organisationNetworkIds } from '../organisations/service.ts';
import { type StoredAttachment, attachmentById } from './attachments.ts';

/**
 * Loading what a practice decision is about. Each loader returns null for
 * an id that names nothing (a 404); the rules in ./procedures.ts decide on
 * what they load, and the services get it already loaded.
 */

/** The facts every practice decision needs: whose example it is and which networks review it. */
export interface ExampleScope {
  exampleId: string;
  organisationId: string;
  networkIds: string[];
}

export async function loadExampleScope(db: Db, exampleId: string): Promise<ExampleScope | null> {
  const example = await db.practiceExample.findUnique({
    where: { id: exampleId },
    select: { id: true, organisationId: true },
  });
  if (!example) return null;
  return {
    exampleId,
    organisationId: example.organisationId,
    networkIds: await organisationNetworkIds(db, example.organisationId),
  };
}

/** A version and its example's scope: what a version procedure puts in ctx. */
export interface VersionInScope {
  version: PracticeVersionModel;
  scope: ExampleScope;
}

export async function loadVersion(db: Db, versionId: string): Promise<VersionInScope | null> {
  const version = await db.practiceVersion.findUnique({ where: { id: versionId } });
  const scope = version && (await loadExampleScope(db, version.exampleId));
  return version && scope ? { version, scope } : null;
}

/** An attachment (with its storage key, for deleting the file) and its example's scope. */
export interface AttachmentInScope {
  attachment: StoredAttachment;
  scope: ExampleScope;
}

export async function loadAttachment(db: Db, attachmentId: string): Promise<AttachmentInScope | null> {
  const attachment = await attachmentById(db, attachmentId);
  const scope = attachment && (await loadExampleScope(db, attachment.exampleId));
  return attachment && scope ? { attachment, scope } : null;
}
