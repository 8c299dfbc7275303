import type { Db } from '@knutepunkt/db';
import {
  contributionWriteAccess,
  idField,
  isMeetingVisible,
  meetingIdInput,
  sharedContributionsAccess,
} from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type MeetingInScope, loadMeeting } from './scope.ts';

/**
 * Who may write and read contributions (innspill), as procedure builders (ADR 8). Both load
 * the meeting and the ids of its network's member organisations, which the domain's
 * decisions need; a draft meeting is a 404 outside the admin app. The admin side uses
 * meetingProcedure('manage') from ./procedures.ts.
 */
export interface ContributionScope {
  meeting: MeetingInScope;
  /** The organisations that are members of the meeting's network. */
  memberIds: string[];
}

async function loadScope(db: Db, meetingId: string): Promise<ContributionScope | null> {
  const meeting = await loadMeeting(db, meetingId);
  if (!meeting) return null;
  const members = await db.networkMember.findMany({
    where: { networkId: meeting.networkId },
    select: { organisationId: true },
  });
  return { meeting, memberIds: members.map((m) => m.organisationId) };
}

const organisationContributionInput = meetingIdInput.extend({ organisationId: idField });

/** An organisation's contribution to a meeting: its editors, the organisation a member of the network. */
export function contributionWriteRule(): ResourceRule<typeof organisationContributionInput, ContributionScope> {
  return {
    input: organisationContributionInput,
    load: (db, input) => loadScope(db, input.meetingId),
    decide: (actor, { meeting, memberIds }, input) =>
      isMeetingVisible(meeting.status) ? contributionWriteAccess(actor, input.organisationId, memberIds) : 'notFound',
  };
}

/** The contributions shared after the meeting: people linked to a member organisation, coordinators, admins. */
export function sharedContributionsRule(): ResourceRule<typeof meetingIdInput, ContributionScope> {
  return {
    input: meetingIdInput,
    load: (db, input) => loadScope(db, input.meetingId),
    decide: (actor, { meeting, memberIds }) =>
      isMeetingVisible(meeting.status) ? sharedContributionsAccess(actor, meeting.networkId, memberIds) : 'notFound',
  };
}

/** Any signed-in person on a visible meeting, with the member ids at hand (what may I answer?). */
export function contributionOverviewRule(): ResourceRule<typeof meetingIdInput, ContributionScope> {
  return {
    input: meetingIdInput,
    load: (db, input) => loadScope(db, input.meetingId),
    decide: (_actor, { meeting }) => (isMeetingVisible(meeting.status) ? 'allow' : 'notFound'),
  };
}

export const contributionWriteProcedure = (base?: SignedInProcedure) => scopedProcedure(contributionWriteRule(), base);
export const sharedContributionsProcedure = (base?: SignedInProcedure) =>
  scopedProcedure(sharedContributionsRule(), base);
export const contributionOverviewProcedure = (base?: SignedInProcedure) =>
  scopedProcedure(contributionOverviewRule(), base);
