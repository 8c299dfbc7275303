import type { Db, MembershipModel } from '@knutepunkt/db';
import {
  editorAppointmentAccess,
  membershipDecisionAccess,
  membershipDecisionInput,
  membershipIdInput,
} from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { organisationNetworkIds } from '../organisations/service.ts';

/**
 * Who may decide on a person's link to an organisation, as procedure
 * builders on the membership named by `membershipId`; ctx gets `membership`
 * and `networkIds` (the networks of its organisation: the coordinators' reach).
 */

export interface MembershipInScope {
  membership: MembershipModel;
  networkIds: string[];
}

async function loadMembership(db: Db, membershipId: string): Promise<MembershipInScope | null> {
  const membership = await db.membership.findUnique({ where: { id: membershipId } });
  if (!membership) return null;
  return { membership, networkIds: await organisationNetworkIds(db, membership.organisationId) };
}

const load = (db: Db, input: { membershipId: string }) => loadMembership(db, input.membershipId);

/** Approve or reject a request: making someone an editor needs more than approving a member. */
const decideRule: ResourceRule<typeof membershipDecisionInput, MembershipInScope> = {
  input: membershipDecisionInput,
  load,
  decide: (actor, { membership, networkIds }, input) =>
    membershipDecisionAccess(actor, membership.organisationId, networkIds, input.approve && input.role === 'EDITOR'),
};

/** Make a member an editor or the other way round: coordinators and admins. */
const setRoleRule: ResourceRule<typeof membershipIdInput, MembershipInScope> = {
  input: membershipIdInput,
  load,
  decide: (actor, { networkIds }) => editorAppointmentAccess(actor, networkIds),
};

/** Unlink a person: editors remove plain members; removing an editor needs a coordinator. */
const removeRule: ResourceRule<typeof membershipIdInput, MembershipInScope> = {
  input: membershipIdInput,
  load,
  decide: (actor, { membership, networkIds }) =>
    membershipDecisionAccess(actor, membership.organisationId, networkIds, membership.role === 'EDITOR'),
};

/** Deciding on the request named by `membershipId` (its input is the whole decision). */
export const membershipDecisionProcedure = (base?: SignedInProcedure) => scopedProcedure(decideRule, base);
/** Changing the role of the link named by `membershipId`. */
export const membershipRoleProcedure = (base?: SignedInProcedure) => scopedProcedure(setRoleRule, base);
/** Removing the link named by `membershipId`. */
export const membershipRemovalProcedure = (base?: SignedInProcedure) => scopedProcedure(removeRule, base);
