import {
  type Access,
  type Actor,
  type PracticeAction,
  type VersionState,
  attachmentIdInput,
  canReadVersion,
  exampleIdInput,
  practiceActionAccess,
  practiceCurationAccess,
  versionIdInput,
} from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import {
  type AttachmentInScope,
  type ExampleScope,
  type VersionInScope,
  loadAttachment,
  loadExampleScope,
  loadVersion,
} from './scope.ts';

/**
 * Who may do what with practice examples, as procedure builders: each loads
 * the example (version, attachment) named in the input, applies the domain's
 * decision and puts what it loaded in ctx. The web router starts them from
 * memberProcedure (the default), the admin router from staffProcedure.
 */

/** Taking a workflow action (edit, submit, withdraw, return, publish): 403 for the wrong role, 404 for another's. */
function actionAccess(actor: Actor, action: PracticeAction, scope: ExampleScope): Access {
  return practiceActionAccess(actor, action, scope.organisationId, scope.networkIds);
}

/** Reading what is not published: a 404 for anyone who may not, so its existence is not revealed. */
function readAccess(actor: Actor, state: VersionState, scope: ExampleScope): Access {
  return canReadVersion(actor, state, scope.organisationId, scope.networkIds) ? 'allow' : 'notFound';
}

/** What may be done with a whole example. */
export type ExampleAccess = 'edit' | 'curate' | 'readHistory';

const ON_EXAMPLE: Record<ExampleAccess, (actor: Actor, scope: ExampleScope) => Access> = {
  edit: (actor, scope) => actionAccess(actor, 'edit', scope),
  // Archive, restore, feature: the reviewers.
  curate: (actor, scope) => practiceCurationAccess(actor, scope.organisationId, scope.networkIds),
  // Every version, for those who may read one in review (drafts are filtered for reviewers by the service).
  readHistory: (actor, scope) => readAccess(actor, 'IN_REVIEW', scope),
};

export function exampleRule(access: ExampleAccess): ResourceRule<typeof exampleIdInput, { scope: ExampleScope }> {
  return {
    input: exampleIdInput,
    load: async (db, input) => {
      const scope = await loadExampleScope(db, input.exampleId);
      return scope && { scope };
    },
    decide: (actor, { scope }) => ON_EXAMPLE[access](actor, scope),
  };
}

/** What may be done with one version: a workflow action, or reading it in whatever state it is. */
export type VersionAccess = PracticeAction | 'read';

export function versionRule(access: VersionAccess): ResourceRule<typeof versionIdInput, VersionInScope> {
  return {
    input: versionIdInput,
    load: (db, input) => loadVersion(db, input.versionId),
    decide: (actor, { version, scope }) =>
      access === 'read' ? readAccess(actor, version.state, scope) : actionAccess(actor, access, scope),
  };
}

/** Attachments follow their example: changing one needs the edit right on it. */
export function attachmentRule(access: 'edit'): ResourceRule<typeof attachmentIdInput, AttachmentInScope> {
  return {
    input: attachmentIdInput,
    load: (db, input) => loadAttachment(db, input.attachmentId),
    decide: (actor, { scope }) => actionAccess(actor, access, scope),
  };
}

/** An action on the example named by `exampleId`; ctx gets `scope`. */
export const practiceExampleProcedure = (access: ExampleAccess, base?: SignedInProcedure) =>
  scopedProcedure(exampleRule(access), base);

/** An action on the version named by `versionId`; ctx gets `version` and `scope`. */
export const practiceVersionProcedure = (access: VersionAccess, base?: SignedInProcedure) =>
  scopedProcedure(versionRule(access), base);

/** An action on the attachment named by `attachmentId`; ctx gets `attachment` and `scope`. */
export const practiceAttachmentProcedure = (access: 'edit', base?: SignedInProcedure) =>
  scopedProcedure(attachmentRule(access), base);
