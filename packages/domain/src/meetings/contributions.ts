import { type Access, type Actor, isCoordinatorOf, isEditorAnywhere, isEditorOf } from '../roles/index.ts';
import type { MeetingStatus } from './workflow.ts';

/**
 * Contributions (innspill) before a meeting: the coordinator writes prompts (free-text
 * questions, and status tables whose rows are the network's goals) with a deadline; each
 * member organisation's editors write one contribution together, saved as they go and
 * editable until the deadline; after the meeting the network's members read them
 * (docs/adr/0018, "Contributions").
 */
export const PROMPT_KINDS = ['text', 'status_table'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** What an organisation says about one of the network's goals (the Sandnes status table's column). */
export const GOAL_STATUSES = ['done', 'in_progress', 'not_started', 'not_relevant'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const CONTRIBUTION_STATUSES = ['draft', 'sent'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

/** The reminder goes out this long before the deadline to organisations that have not sent. */
export const CONTRIBUTION_REMINDER_LEAD_MS = 7 * 86_400_000;

/**
 * Whether contributions can be written now. `none`: the coordinator has asked for none
 * (no deadline set). `open`: the meeting is published and the deadline has not passed.
 * `closed`: past the deadline, or the meeting is over or cancelled (or still a draft).
 */
export type ContributionWindow = 'none' | 'open' | 'closed';

export function contributionWindow(
  call: { deadline: Date } | null,
  meetingStatus: MeetingStatus,
  now: Date,
): ContributionWindow {
  if (!call) return 'none';
  if (meetingStatus !== 'published') return 'closed';
  return now.getTime() <= call.deadline.getTime() ? 'open' : 'closed';
}

/** After the meeting (held) the contributions that were sent are shown to the network's members. */
export function contributionsAreShared(meetingStatus: MeetingStatus): boolean {
  return meetingStatus === 'held';
}

/**
 * Write an organisation's contribution: its editors, when it is a member of the meeting's
 * network. Admins and coordinators do not write for an organisation (they read the
 * compilation in the admin app). An editor of another organisation gets a 404, as does an
 * editor of an organisation outside the network.
 */
export function contributionWriteAccess(
  actor: Actor | null,
  organisationId: string,
  networkMemberIds: readonly string[],
): Access {
  if (!actor) return 'forbidden';
  if (isEditorOf(actor, organisationId)) return networkMemberIds.includes(organisationId) ? 'allow' : 'notFound';
  return isEditorAnywhere(actor) ? 'notFound' : 'forbidden';
}

/**
 * Read the shared contributions after the meeting: people linked to a member organisation
 * of the network, its coordinators and admins. Anyone else signed in gets a 404.
 */
export function sharedContributionsAccess(
  actor: Actor | null,
  networkId: string,
  networkMemberIds: readonly string[],
): Access {
  if (!actor) return 'forbidden';
  if (actor.isAdmin || isCoordinatorOf(actor, networkId)) return 'allow';
  return actor.memberships.some((m) => networkMemberIds.includes(m.organisationId)) ? 'allow' : 'notFound';
}

/** The organisations among `memberships` the person may write for: editor, and a member of the network. */
export function writableOrganisations(actor: Actor, networkMemberIds: readonly string[]): string[] {
  return actor.memberships
    .filter((m) => m.role === 'EDITOR' && networkMemberIds.includes(m.organisationId))
    .map((m) => m.organisationId);
}

/** Whether the week-before reminder is due: within the lead time before the deadline, and not after it. */
export function isContributionReminderDue(deadline: Date, now: Date): boolean {
  const ms = deadline.getTime() - now.getTime();
  return ms >= 0 && ms <= CONTRIBUTION_REMINDER_LEAD_MS;
}

/**
 * Prompts (or goals) that a new list leaves out although someone has answered them:
 * removing them would delete those answers, so the coordinator is asked first.
 */
export function removedWithAnswers(
  existing: ReadonlyArray<{ id: string; answers: number }>,
  keptIds: ReadonlySet<string>,
): string[] {
  return existing.filter((p) => p.answers > 0 && !keptIds.has(p.id)).map((p) => p.id);
}
