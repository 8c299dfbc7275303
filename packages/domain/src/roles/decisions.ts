import type { Access, Actor } from './actor.ts';

/**
 * The platform's role decisions. Pure functions: the API's procedure builders
 * and routers call them, and they are unit-tested on their own.
 */

export function isEditorOf(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'EDITOR');
}

export function isEditorAnywhere(actor: Actor): boolean {
  return actor.memberships.some((m) => m.role === 'EDITOR');
}

export function isCoordinatorOf(actor: Actor, networkId: string): boolean {
  return actor.coordinatorOf.includes(networkId);
}

/** Coordinates at least one of the networks an organisation belongs to. */
export function coordinatesOrganisation(actor: Actor, organisationNetworkIds: readonly string[]): boolean {
  return organisationNetworkIds.some((id) => isCoordinatorOf(actor, id));
}

/** Edit an organisation's profile: its editors and admins. */
export function organisationEditorAccess(actor: Actor | null, organisationId: string): Access {
  if (!actor) return 'forbidden';
  if (actor.isAdmin || isEditorOf(actor, organisationId)) return 'allow';
  return isEditorAnywhere(actor) ? 'notFound' : 'forbidden';
}

/** Manage a network (its members, its organisations' editors): its coordinators and admins. */
export function networkCoordinatorAccess(actor: Actor | null, networkId: string): Access {
  if (!actor) return 'forbidden';
  if (actor.isAdmin || isCoordinatorOf(actor, networkId)) return 'allow';
  return actor.coordinatorOf.length > 0 ? 'notFound' : 'forbidden';
}

/** Anything in the admin app at all: coordinators and admins. */
export function canUseAdminApp(actor: Actor | null): boolean {
  return !!actor && (actor.isAdmin || actor.coordinatorOf.length > 0);
}

/**
 * Decide on a person's request to be linked to an organisation. The
 * organisation's editors may approve plain members; only a coordinator of one
 * of its networks, or an admin, may make someone an editor.
 */
export function membershipDecisionAccess(
  actor: Actor | null,
  organisationId: string,
  organisationNetworkIds: readonly string[],
  grantsEditor: boolean,
): Access {
  if (!actor) return 'forbidden';
  if (actor.isAdmin || coordinatesOrganisation(actor, organisationNetworkIds)) return 'allow';
  if (isEditorOf(actor, organisationId)) return grantsEditor ? 'forbidden' : 'allow';
  return isEditorAnywhere(actor) || actor.coordinatorOf.length > 0 ? 'notFound' : 'forbidden';
}

/** Change who is an editor of an organisation: a coordinator of one of its networks, or an admin. */
export function editorAppointmentAccess(actor: Actor | null, organisationNetworkIds: readonly string[]): Access {
  if (!actor) return 'forbidden';
  if (actor.isAdmin || coordinatesOrganisation(actor, organisationNetworkIds)) return 'allow';
  return actor.coordinatorOf.length > 0 ? 'notFound' : 'forbidden';
}

/** Platform administration: organisations, networks, people, roles, audit log. */
export function adminAccess(actor: Actor | null): Access {
  return actor?.isAdmin ? 'allow' : 'forbidden';
}

/** Plan and run a network's meetings, and see their registration lists: its coordinators and admins (docs/adr/0018). */
export function meetingManageAccess(actor: Actor | null, networkId: string): Access {
  return networkCoordinatorAccess(actor, networkId);
}

/**
 * Edit a conference edition (its programme, releases, sign-ups): coordinators of a network
 * that owns it, and admins (docs/adr/0023). A coordinator of another network gets 404.
 */
export function conferenceManageAccess(actor: Actor | null, ownerNetworkIds: readonly string[]): Access {
  if (!actor) return 'forbidden';
  if (actor.isAdmin || ownerNetworkIds.some((id) => isCoordinatorOf(actor, id))) return 'allow';
  return actor.coordinatorOf.length > 0 ? 'notFound' : 'forbidden';
}

/** The facts about one Bruker Spør Bruker evaluation its access decisions need (docs/adr/0025). */
export interface EvaluationAccessFacts {
  networkId: string;
  leadId: string | null;
  /** The user-interviewers on its team (the lead is on it too, without a row). */
  teamUserIds: readonly string[];
  /** The evaluated service's organisation: its editors are the service contacts. */
  serviceOrganisationId: string | null;
  /** Closed: the team's access has ended (the lead keeps hers until the raw data is deleted). */
  closed: boolean;
  /** Admins with an unexpired «break the glass» on it. */
  breakGlassAdminIds: readonly string[];
}

/**
 * What someone does with an evaluation:
 * - `manage`: the lead's work (agreement, plan, team, guide, questionnaires, report, phases,
 *   follow-up, the raw-read log): its lead, and admins.
 * - `team`: raw data and analysis: the lead and the team members (until it closes); an admin
 *   only through «break the glass» (403 until then, with a message saying so).
 * - `service`: what the service contacts see (plan, shared findings, the report in review) and
 *   do (comment, respond, give status): its service's editors; the lead and admins read along.
 * Everyone else signed in gets 404, a team member of another evaluation included.
 */
export type EvaluationAction = 'manage' | 'team' | 'service';

export const isEvaluationLead = (actor: Actor, facts: EvaluationAccessFacts) => facts.leadId === actor.userId;
export const isOnEvaluationTeam = (actor: Actor, facts: EvaluationAccessFacts) =>
  isEvaluationLead(actor, facts) || (!facts.closed && facts.teamUserIds.includes(actor.userId));
export const isServiceContact = (actor: Actor, facts: EvaluationAccessFacts) =>
  facts.serviceOrganisationId !== null && isEditorOf(actor, facts.serviceOrganisationId);

export function evaluationAccess(actor: Actor | null, facts: EvaluationAccessFacts, action: EvaluationAction): Access {
  if (!actor) return 'forbidden';
  const lead = isEvaluationLead(actor, facts);
  switch (action) {
    case 'manage':
      return lead || actor.isAdmin ? 'allow' : 'notFound';
    case 'team':
      if (isOnEvaluationTeam(actor, facts)) return 'allow';
      if (actor.isAdmin) return facts.breakGlassAdminIds.includes(actor.userId) ? 'allow' : 'forbidden';
      return 'notFound';
    case 'service':
      return lead || actor.isAdmin || isServiceContact(actor, facts) ? 'allow' : 'notFound';
  }
}

/** Start an evaluation run by a network's user-led centre: its coordinators (who lead it) and admins. */
export function evaluationCreateAccess(actor: Actor | null, networkId: string): Access {
  return networkCoordinatorAccess(actor, networkId);
}
