import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  type PracticeAction,
  type VersionState,
  canReadVersion,
  practiceActionAccess,
  practiceCurationAccess,
} from '@knutepunkt/domain';
import { notFound } from '../../errors.ts';
import { enforce } from '../../procedures.ts';
import { organisationNetworkIds } from '../organisations/service.ts';

/** The facts every practice decision needs: whose example it is and which networks review it. */
export interface ExampleScope {
  exampleId: string;
  organisationId: string;
  networkIds: string[];
}

export async function scopeOfExample(db: Db, exampleId: string): Promise<ExampleScope> {
  const example = await db.practiceExample.findUnique({
    where: { id: exampleId },
    select: { id: true, organisationId: true },
  });
  if (!example) throw notFound();
  return {
    exampleId,
    organisationId: example.organisationId,
    networkIds: await organisationNetworkIds(db, example.organisationId),
  };
}

export async function scopeOfVersion(db: Db, versionId: string) {
  const version = await db.practiceVersion.findUnique({ where: { id: versionId } });
  if (!version) throw notFound();
  return { version, scope: await scopeOfExample(db, version.exampleId) };
}

/** Enforce a workflow action (403/404 as the domain decides). */
export function requireAction(actor: Actor, action: PracticeAction, scope: ExampleScope): void {
  enforce(practiceActionAccess(actor, action, scope.organisationId, scope.networkIds));
}

export function requireCuration(actor: Actor, scope: ExampleScope): void {
  enforce(practiceCurationAccess(actor, scope.organisationId, scope.networkIds));
}

/** Reading an unpublished version: a 404 for anyone who may not, so its existence is not revealed. */
export function requireRead(actor: Actor | null, state: VersionState, scope: ExampleScope): void {
  if (!canReadVersion(actor, state, scope.organisationId, scope.networkIds)) throw notFound();
}
