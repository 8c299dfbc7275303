import { hasMessage } from '../format.ts';
import { accountShared } from '../messages/account/shared.ts';
import { accountAdmin } from '../messages/account/admin.ts';
import { auditAdmin } from '../messages/audit/admin.ts';
import { commonShared } from '../messages/common/shared.ts';
import { membershipsAdmin } from '../messages/memberships/admin.ts';
import { membershipsShared } from '../messages/memberships/shared.ts';
import { networksAdmin } from '../messages/networks/admin.ts';
import { organisationsAdmin } from '../messages/organisations/admin.ts';
import { organisationsShared } from '../messages/organisations/shared.ts';
import { outboxAdmin } from '../messages/outbox/admin.ts';
import { outboxShared } from '../messages/outbox/shared.ts';
import { notificationsShared } from '../messages/notifications/shared.ts';
import { peopleAdmin } from '../messages/people/admin.ts';
import { practiceAdmin } from '../messages/practice/admin.ts';
import { practiceAdminReview } from '../messages/practice/admin-review.ts';
import { practiceShared } from '../messages/practice/shared.ts';
import { practiceSharedWorkflow } from '../messages/practice/shared-workflow.ts';
import { meetingsShared } from '../messages/meetings/shared.ts';
import { meetingsSharedContributions } from '../messages/meetings/shared-contributions.ts';
import { meetingsAdmin } from '../messages/meetings/admin.ts';
import { meetingsAdminContributions } from '../messages/meetings/admin-contributions.ts';
import { meetingsSharedRegistration } from '../messages/meetings/shared-registration.ts';
import { meetingsSharedJobs } from '../messages/meetings/shared-jobs.ts';
import { meetingsAdminRetention } from '../messages/meetings/admin-retention.ts';
import { meetingsSharedEvaluation } from '../messages/meetings/shared-evaluation.ts';
import { meetingsAdminEvaluation } from '../messages/meetings/admin-evaluation.ts';
import { meetingsSharedMinutes } from '../messages/meetings/shared-minutes.ts';
import { meetingsAdminMinutes } from '../messages/meetings/admin-minutes.ts';
import { meetingsAdminCheckIn } from '../messages/meetings/admin-check-in.ts';
import { conferenceShared } from '../messages/conference/shared.ts';
import { evaluationsShared } from '../messages/evaluations/shared.ts';
import { evaluationsSharedReport } from '../messages/evaluations/shared-report.ts';
import { evaluationsSharedPrivacy } from '../messages/evaluations/shared-privacy.ts';
import { evaluationsAdminPrivacy } from '../messages/evaluations/admin-privacy.ts';
import { evaluationsSharedSetup } from '../messages/evaluations/shared-setup.ts';
import { evaluationsAdminSetup } from '../messages/evaluations/admin-setup.ts';
import { evaluationsAdminSetupPages } from '../messages/evaluations/admin-setup-pages.ts';
import { evaluationsAdminLead } from '../messages/evaluations/admin-lead.ts';
import { evaluationsSharedCollection } from '../messages/evaluations/shared-collection.ts';
import { evaluationsSharedAnalysis } from '../messages/evaluations/shared-analysis.ts';
import { evaluationsAdminDialogue } from '../messages/evaluations/admin-dialogue.ts';
import { evaluationsSharedInstruments } from '../messages/evaluations/shared-instruments.ts';
import { evaluationsAdminInstruments } from '../messages/evaluations/admin-instruments.ts';
import { evaluationsAdminQuestionnaire } from '../messages/evaluations/admin-questionnaire.ts';
import { evaluationsAdmin } from '../messages/evaluations/admin.ts';
import { evaluationsSharedFollowUp } from '../messages/evaluations/shared-follow-up.ts';
import { evaluationsAdminFollowUp } from '../messages/evaluations/admin-follow-up.ts';
import { evaluationsAdminReport } from '../messages/evaluations/admin-report.ts';
import { conferenceSharedExports } from '../messages/conference/shared-exports.ts';
import { conferenceAdmin } from '../messages/conference/admin.ts';
import { conferenceAdminGrid } from '../messages/conference/admin-grid.ts';
import { conferenceSharedReleases } from '../messages/conference/shared-releases.ts';
import { conferenceAdminReleases } from '../messages/conference/admin-releases.ts';
import { conferenceSharedSignups } from '../messages/conference/shared-signups.ts';
import { conferenceAdminSignups } from '../messages/conference/admin-signups.ts';
import { conferenceAdminEditing } from '../messages/conference/admin-editing.ts';
import { conferenceAdminEditingParts } from '../messages/conference/admin-editing-parts.ts';
import { conferenceAdminEditingOrder } from '../messages/conference/admin-editing-order.ts';
import { conferenceAdminSessions } from '../messages/conference/admin-sessions.ts';
import { conferenceAdminSpeakers } from '../messages/conference/admin-speakers.ts';
import { passwordResetShared } from '../messages/password-reset/shared.ts';
import { passwordResetAdmin } from '../messages/password-reset/admin.ts';
import { shellAdmin } from '../messages/shell/admin.ts';
import { signInMethodsShared } from '../messages/sign-in-methods/shared.ts';

/**
 * `@knutepunkt/domain/i18n/admin`: every string the admin app ships. The common strings, the
 * admin frame, and each module's shared and admin files; never a web file. A test
 * (../layout.test.ts) checks that no file is missing here.
 */
export const adminMessages = {
  ...commonShared,
  ...shellAdmin,
  ...accountShared,
  ...accountAdmin,
  ...auditAdmin,
  ...membershipsShared,
  ...membershipsAdmin,
  ...networksAdmin,
  ...organisationsShared,
  ...organisationsAdmin,
  ...outboxShared,
  ...outboxAdmin,
  ...notificationsShared,
  ...peopleAdmin,
  ...practiceShared,
  ...practiceSharedWorkflow,
  ...practiceAdmin,
  ...practiceAdminReview,
  ...meetingsShared,
  ...meetingsSharedContributions,
  ...meetingsAdmin,
  ...meetingsAdminContributions,
  ...meetingsSharedRegistration,
  ...meetingsSharedJobs,
  ...meetingsAdminRetention,
  ...meetingsSharedEvaluation,
  ...meetingsAdminEvaluation,
  ...meetingsSharedMinutes,
  ...meetingsAdminMinutes,
  ...meetingsAdminCheckIn,
  ...conferenceShared,
  ...evaluationsShared,
  ...evaluationsSharedSetup,
  ...evaluationsAdminSetup,
  ...evaluationsAdminSetupPages,
  ...evaluationsAdminLead,
  ...evaluationsSharedCollection,
  ...evaluationsSharedAnalysis,
  ...evaluationsAdminDialogue,
  ...evaluationsSharedInstruments,
  ...evaluationsAdminInstruments,
  ...evaluationsAdminQuestionnaire,
  ...evaluationsSharedReport,
  ...evaluationsAdmin,
  ...evaluationsAdminReport,
  ...evaluationsSharedPrivacy,
  ...evaluationsAdminPrivacy,
  ...evaluationsSharedFollowUp,
  ...evaluationsAdminFollowUp,
  ...conferenceSharedExports,
  ...conferenceAdmin,
  ...conferenceAdminGrid,
  ...conferenceSharedReleases,
  ...conferenceAdminReleases,
  ...conferenceSharedSignups,
  ...conferenceAdminSignups,
  ...conferenceAdminEditing,
  ...conferenceAdminEditingParts,
  ...conferenceAdminEditingOrder,
  ...conferenceAdminSessions,
  ...conferenceAdminSpeakers,
  ...passwordResetShared,
  ...passwordResetAdmin,
  ...signInMethodsShared,
};
export type AdminMessageKey = keyof typeof adminMessages;

export const isAdminMessageKey = (key: string): key is AdminMessageKey => hasMessage(adminMessages, key);
