import {
  type Access,
  type Actor,
  isMeetingVisible,
  meetingIdInput,
  meetingManageAccess,
  registrationIdInput,
} from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type MeetingInScope, type RegistrationInScope, loadMeeting, loadRegistration } from './scope.ts';

/**
 * Who may do what with a meeting, as procedure builders (ADR 8): each loads the
 * meeting (or registration) named in the input, applies the domain's decision
 * and puts what it loaded in ctx. The admin router starts them from
 * staffProcedure, the web router from memberProcedure (the default).
 */

/** `manage`: plan and run it (its network's coordinators, admins). `attend`: register for it or cancel (anyone signed in, once published). */
export type MeetingAccess = 'manage' | 'attend';

const ON_MEETING: Record<MeetingAccess, (actor: Actor, meeting: MeetingInScope) => Access> = {
  manage: (actor, meeting) => meetingManageAccess(actor, meeting.networkId),
  // A draft does not exist for anyone outside the admin app; whether registration is open is the service's to say.
  attend: (_actor, meeting) => (isMeetingVisible(meeting.status) ? 'allow' : 'notFound'),
};

export function meetingRule(access: MeetingAccess): ResourceRule<typeof meetingIdInput, { meeting: MeetingInScope }> {
  return {
    input: meetingIdInput,
    load: async (db, input) => {
      const meeting = await loadMeeting(db, input.meetingId);
      return meeting && { meeting };
    },
    decide: (actor, { meeting }) => ON_MEETING[access](actor, meeting),
  };
}

/** A registration, for its meeting's coordinators. */
export function registrationRule(): ResourceRule<typeof registrationIdInput, RegistrationInScope> {
  return {
    input: registrationIdInput,
    load: (db, input) => loadRegistration(db, input.registrationId),
    decide: (actor, { meeting }) => meetingManageAccess(actor, meeting.networkId),
  };
}

/** An action on the meeting named by `meetingId`; ctx gets `meeting`. */
export const meetingProcedure = (access: MeetingAccess, base?: SignedInProcedure) =>
  scopedProcedure(meetingRule(access), base);

/** A coordinator's action on the registration named by `registrationId`; ctx gets `registration` and `meeting`. */
export const meetingRegistrationProcedure = (base?: SignedInProcedure) => scopedProcedure(registrationRule(), base);
