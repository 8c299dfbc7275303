import type { Access, Actor } from '../roles/actor.ts';
import { coordinatesOrganisation, isEditorAnywhere, isEditorOf } from '../roles/decisions.ts';

/**
 * A practice example is written, reviewed and published in versions. Each
 * version moves through these states; the published version stays visible
 * while the next one is written and reviewed, and is kept (SUPERSEDED) when
 * a newer one is published.
 */
export const VERSION_STATES = ['DRAFT', 'IN_REVIEW', 'RETURNED', 'PUBLISHED', 'SUPERSEDED'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

/** Who acts: the owning organisation's editors write; coordinators of its networks review. */
export type PracticeParty = 'editor' | 'reviewer';

export const PRACTICE_ACTIONS = {
  edit: { from: ['DRAFT', 'RETURNED'], to: null, by: 'editor' },
  submit: { from: ['DRAFT', 'RETURNED'], to: 'IN_REVIEW', by: 'editor' },
  withdraw: { from: ['IN_REVIEW'], to: 'DRAFT', by: 'editor' },
  return: { from: ['IN_REVIEW'], to: 'RETURNED', by: 'reviewer' },
  publish: { from: ['IN_REVIEW'], to: 'PUBLISHED', by: 'reviewer' },
} as const satisfies Record<string, { from: readonly VersionState[]; to: VersionState | null; by: PracticeParty }>;
export type PracticeAction = keyof typeof PRACTICE_ACTIONS;

/** The state a version moves to, or null when the action is not allowed from its state. `edit` keeps the state. */
export function nextVersionState(state: VersionState, action: PracticeAction): VersionState | null {
  const rule = PRACTICE_ACTIONS[action];
  if (!(rule.from as readonly VersionState[]).includes(state)) return null;
  return rule.to ?? state;
}

/** A version still being worked on (at most one per example). */
export function isWorkingState(state: VersionState): boolean {
  return state === 'DRAFT' || state === 'IN_REVIEW' || state === 'RETURNED';
}

/** The parties an actor is, for one organisation's examples. */
export function practiceParties(
  actor: Actor | null,
  organisationId: string,
  organisationNetworkIds: readonly string[],
): Set<PracticeParty> {
  const parties = new Set<PracticeParty>();
  if (!actor) return parties;
  if (actor.isAdmin || isEditorOf(actor, organisationId)) parties.add('editor');
  if (actor.isAdmin || coordinatesOrganisation(actor, organisationNetworkIds)) parties.add('reviewer');
  return parties;
}

/** May this actor take this action on an example of this organisation? */
export function practiceActionAccess(
  actor: Actor | null,
  action: PracticeAction,
  organisationId: string,
  organisationNetworkIds: readonly string[],
): Access {
  const parties = practiceParties(actor, organisationId, organisationNetworkIds);
  if (parties.has(PRACTICE_ACTIONS[action].by)) return 'allow';
  if (!actor) return 'forbidden';
  // The right kind of role, but for other organisations: 404, so nothing is learnt about this one.
  const hasKindOfRole =
    PRACTICE_ACTIONS[action].by === 'editor' ? isEditorAnywhere(actor) : actor.coordinatorOf.length > 0;
  return hasKindOfRole ? 'notFound' : 'forbidden';
}

/**
 * Who may read a version that is not published. Drafts stay inside the
 * organisation; from submission on, its networks' coordinators see it too.
 */
export function canReadVersion(
  actor: Actor | null,
  state: VersionState,
  organisationId: string,
  organisationNetworkIds: readonly string[],
): boolean {
  if (state === 'PUBLISHED') return true;
  const parties = practiceParties(actor, organisationId, organisationNetworkIds);
  if (parties.has('editor')) return true;
  return state !== 'DRAFT' && parties.has('reviewer');
}

/** Archive, restore and feature examples: reviewers only. */
export function practiceCurationAccess(
  actor: Actor | null,
  organisationId: string,
  organisationNetworkIds: readonly string[],
): Access {
  return practiceActionAccess(actor, 'publish', organisationId, organisationNetworkIds);
}
