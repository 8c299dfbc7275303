import { hasMessage } from '../format.ts';
import { accountShared } from '../messages/account/shared.ts';
import { accountWeb } from '../messages/account/web.ts';
import { commonShared } from '../messages/common/shared.ts';
import { membershipsShared } from '../messages/memberships/shared.ts';
import { membershipsWeb } from '../messages/memberships/web.ts';
import { networksWeb } from '../messages/networks/web.ts';
import { organisationsShared } from '../messages/organisations/shared.ts';
import { organisationsWeb } from '../messages/organisations/web.ts';
import { outboxWeb } from '../messages/outbox/web.ts';
import { outboxShared } from '../messages/outbox/shared.ts';
import { notificationsShared } from '../messages/notifications/shared.ts';
import { notificationsWeb } from '../messages/notifications/web.ts';
import { practiceShared } from '../messages/practice/shared.ts';
import { practiceSharedWorkflow } from '../messages/practice/shared-workflow.ts';
import { practiceWeb } from '../messages/practice/web.ts';
import { practiceWebAttachments } from '../messages/practice/web-attachments.ts';
import { practiceWebEditor } from '../messages/practice/web-editor.ts';
import { meetingsShared } from '../messages/meetings/shared.ts';
import { meetingsSharedContributions } from '../messages/meetings/shared-contributions.ts';
import { meetingsSharedJobs } from '../messages/meetings/shared-jobs.ts';
import { meetingsSharedEvaluation } from '../messages/meetings/shared-evaluation.ts';
import { meetingsWebEvaluation } from '../messages/meetings/web-evaluation.ts';
import { meetingsWeb } from '../messages/meetings/web.ts';
import { meetingsSharedMinutes } from '../messages/meetings/shared-minutes.ts';
import { meetingsWebMinutes } from '../messages/meetings/web-minutes.ts';
import { meetingsWebContributions } from '../messages/meetings/web-contributions.ts';
import { meetingsSharedRegistration } from '../messages/meetings/shared-registration.ts';
import { meetingsWebCalendars } from '../messages/meetings/web-calendars.ts';
import { conferenceShared } from '../messages/conference/shared.ts';
import { evaluationsShared } from '../messages/evaluations/shared.ts';
import { evaluationsSharedReport } from '../messages/evaluations/shared-report.ts';
import { evaluationsWeb } from '../messages/evaluations/web.ts';
import { evaluationsWebReport } from '../messages/evaluations/web-report.ts';
import { evaluationsSharedPrivacy } from '../messages/evaluations/shared-privacy.ts';
import { evaluationsSharedSetup } from '../messages/evaluations/shared-setup.ts';
import { evaluationsSharedCollection } from '../messages/evaluations/shared-collection.ts';
import { evaluationsSharedAnalysis } from '../messages/evaluations/shared-analysis.ts';
import { evaluationsWebAnalysis } from '../messages/evaluations/web-analysis.ts';
import { evaluationsWebAnalysisService } from '../messages/evaluations/web-analysis-service.ts';
import { evaluationsSharedInstruments } from '../messages/evaluations/shared-instruments.ts';
import { evaluationsWebQuestionnaire } from '../messages/evaluations/web-questionnaire.ts';
import { evaluationsSharedFollowUp } from '../messages/evaluations/shared-follow-up.ts';
import { evaluationsWebPublic } from '../messages/evaluations/web-public.ts';
import { evaluationsWebFollowUp } from '../messages/evaluations/web-follow-up.ts';
import { evaluationsWebCollection } from '../messages/evaluations/web-collection.ts';
import { conferenceWeb } from '../messages/conference/web.ts';
import { conferenceWebProgramme } from '../messages/conference/web-programme.ts';
import { conferenceSharedExports } from '../messages/conference/shared-exports.ts';
import { conferenceSharedReleases } from '../messages/conference/shared-releases.ts';
import { conferenceWebReleases } from '../messages/conference/web-releases.ts';
import { conferenceSharedSignups } from '../messages/conference/shared-signups.ts';
import { conferenceWebSignups } from '../messages/conference/web-signups.ts';
import { conferenceWebMine } from '../messages/conference/web-mine.ts';
import { passwordResetShared } from '../messages/password-reset/shared.ts';
import { passwordResetWeb } from '../messages/password-reset/web.ts';
import { shellWeb } from '../messages/shell/web.ts';
import { signInMethodsShared } from '../messages/sign-in-methods/shared.ts';
import { signInMethodsWeb } from '../messages/sign-in-methods/web.ts';

/**
 * `@knutepunkt/domain/i18n/web`: every string the web app ships. The common strings, the web
 * frame, and each module's shared and web files; never an admin file, so the web bundle holds
 * no admin strings. A test (../layout.test.ts) checks that no file is missing here.
 */
export const webMessages = {
  ...commonShared,
  ...shellWeb,
  ...accountShared,
  ...accountWeb,
  ...membershipsShared,
  ...membershipsWeb,
  ...networksWeb,
  ...organisationsShared,
  ...organisationsWeb,
  ...outboxShared,
  ...outboxWeb,
  ...notificationsShared,
  ...notificationsWeb,
  ...practiceShared,
  ...practiceSharedWorkflow,
  ...practiceWeb,
  ...practiceWebEditor,
  ...practiceWebAttachments,
  ...meetingsShared,
  ...meetingsSharedContributions,
  ...meetingsSharedJobs,
  ...meetingsSharedEvaluation,
  ...meetingsWebEvaluation,
  ...meetingsWeb,
  ...meetingsSharedMinutes,
  ...meetingsWebMinutes,
  ...meetingsWebContributions,
  ...meetingsSharedRegistration,
  ...meetingsWebCalendars,
  ...conferenceShared,
  ...evaluationsShared,
  ...evaluationsSharedSetup,
  ...evaluationsSharedCollection,
  ...evaluationsSharedAnalysis,
  ...evaluationsWebAnalysis,
  ...evaluationsWebAnalysisService,
  ...evaluationsSharedInstruments,
  ...evaluationsWebQuestionnaire,
  ...evaluationsSharedReport,
  ...evaluationsWeb,
  ...evaluationsWebReport,
  ...evaluationsSharedPrivacy,
  ...evaluationsSharedFollowUp,
  ...evaluationsWebPublic,
  ...evaluationsWebFollowUp,
  ...evaluationsWebCollection,
  ...conferenceWeb,
  ...conferenceWebProgramme,
  ...conferenceSharedExports,
  ...conferenceSharedReleases,
  ...conferenceWebReleases,
  ...conferenceSharedSignups,
  ...conferenceWebSignups,
  ...conferenceWebMine,
  ...passwordResetShared,
  ...passwordResetWeb,
  ...signInMethodsShared,
  ...signInMethodsWeb,
};
export type WebMessageKey = keyof typeof webMessages;

export const isWebMessageKey = (key: string): key is WebMessageKey => hasMessage(webMessages, key);
