import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AdminRouter } from './admin-router.ts';
import type { WebRouter } from './web-router.ts';

export { webRouter, type WebRouter } from './web-router.ts';
export { adminRouter, type AdminRouter } from './admin-router.ts';
export {
  DEFAULT_SITE_URLS,
  createContext,
  loadActor,
  type Context,
  type FileRemover,
  type RequestInfo,
} from './context.ts';
export { createCallerFactory } from './trpc.ts';
// For apps/server's own HTTP routes: they answer refusals as tRPC does (status, translated message).
export { describeError, httpStatusOf, type UserFacingError } from './errors.ts';
// For apps/server's own routes: attachment uploads and files, and the Atom feed.
export {
  addAttachment,
  attachmentToServe,
  checkAttachmentUpload,
  type AttachmentToServe,
} from './routers/practice/file-access.ts';
// For apps/server's minutes attachment routes (docs/adr/0020).
export {
  addMinutesAttachment,
  checkMinutesUpload,
  minutesAttachmentToServe,
} from './routers/meetings/minutes-attachments.ts';
// For apps/server's conference image routes (docs/adr/0023): speakers' photos and partners' logos.
export {
  checkConferenceEdition,
  checkConferenceImageUpload,
  conferenceImageKey,
  conferenceImageStorage,
  conferenceImageToServe,
  isConferenceImageType,
  setConferenceImage,
} from './routers/conference/editing-images.ts';
export { latestPublished } from './routers/practice/queries.ts';
export { searchPractice } from './routers/practice/search.ts';
// For apps/server's public response cache: the reads whose answer is the same for everyone.
export { PUBLIC_READS, isPublicRead, type PublicRead } from './public-reads.ts';
// For apps/server's sign-in through OpenID Connect providers (docs/adr/0016).
export {
  FLOW_COOKIE,
  blankFlowCookie,
  createSignInFlow,
  deleteExpiredSignInFlows,
  flowCookie,
  loadSignInFlow,
  type SignInFlow,
} from './routers/sign-in-methods/flow.ts';
export { finishWithEmailLink } from './routers/sign-in-methods/email-proof.ts';
export { signInWithIdentity, type ProviderIdentity, type SignInProvider } from './routers/sign-in-methods/service.ts';
export { deleteExpiredSignInEmailLinks } from './routers/sign-in-methods/email-link.ts';
// For apps/server's calendar routes and Atom feeds of meetings (docs/adr/0019).
export {
  CALENDAR_FIELDS,
  SHOWN_IN_CALENDARS,
  meetingEvent,
  meetingUid,
  type CalendarMeeting,
} from './routers/meetings/calendar.ts';
export { personalFeed, personalFeedTexts } from './routers/meetings/personal-feed.ts';
// A conference's registration meeting is kept out of the network lists (docs/adr/0023).
export { LISTED_MEETINGS } from './routers/meetings/listed.ts';
export { starredSessionEvent, starredSessionsFor, conferenceSessionUid } from './routers/conference/stars-calendar.ts';
export { newMeetings } from './routers/meetings/feed.ts';
// For the benchmark (tooling/bench): registering, as the web procedure does after its checks.
export { register as registerForMeeting } from './routers/meetings/registration.ts';
export { loadMeeting } from './routers/meetings/scope.ts';
// For apps/server's sitemap.xml.
export { sitemapEntries, type SitemapEntry } from './sitemap.ts';
export { seedReleasePublisher } from './routers/conference/releases.ts';
export {
  type RawDataKeyring,
  createKeyring,
  randomKeyring,
  sealRaw,
  openRaw,
  sealedKeyId,
  keyId as rawDataKeyId,
} from './routers/evaluations/cipher.ts';
export { sendContributionReminders } from './routers/meetings/contributions-reminders.ts';
// For apps/server: re-sealing after a key rotation, the retention job, the raw-data export (docs/adr/0025).
export { resealRawData, type RotationCounts } from './routers/evaluations/rotation.ts';
export { deleteRawData, runEvaluationRetention } from './routers/evaluations/retention-job.ts';
export { buildRawExport, type ExportFile } from './routers/evaluations/raw-export.ts';
export { evaluationRule } from './routers/evaluations/procedures.ts';
export { authorize as authorizeResource } from './procedures/index.ts';
// For apps/server's scheduled job: the 6- and 12-month follow-up requests of published evaluations (docs/adr/0025).
export { sendFollowUpRequests } from './routers/evaluations/follow-up-requests.ts';
// For the benchmark (tooling/bench): an evaluation's report tables from many questionnaire responses (issue 11).
export { questionnaireResults } from './routers/evaluations/results.ts';
// For apps/server's demo seed: the completed demo evaluation's report, frozen as publishing freezes it.
export { seedEvaluationReportPublisher } from './routers/evaluations/seed-publisher.ts';
export {
  seedQuestionnaireWithAnswers,
  type SeedAnswer,
  type SeedQuestion,
} from './routers/evaluations/results-seed.ts';

// For apps/server's job queue: e-mail delivery of the outbox (docs/adr/0014).
export {
  SEND_EVERYTHING,
  currentOutboxQueue,
  mailSendJob,
  setOutboxQueue,
  sweepOutbox,
} from './routers/outbox/delivery.ts';

export type WebRouterOutputs = inferRouterOutputs<WebRouter>;
export type WebRouterInputs = inferRouterInputs<WebRouter>;
export type AdminRouterOutputs = inferRouterOutputs<AdminRouter>;
export type AdminRouterInputs = inferRouterInputs<AdminRouter>;
// For apps/server and the mail delivery: notification choices as a delivery policy, one-click unsubscribe, the daily digest (docs/adr/0017).
export * from './routers/notifications/index.ts';
// For apps/server's scheduled jobs: the meetings' reminders and deadline notices, and deleting their sensitive answers (docs/adr/0018).
export { sendDeadlineNotices, sendMeetingReminders } from './routers/meetings/reminders.ts';
export { eraseExpiredSensitiveAnswers } from './routers/meetings/retention.ts';
export {
  buildSnapshot as buildProgrammeSnapshot,
  latestPublished as latestPublishedProgramme,
  type PublishedProgramme,
} from './routers/conference/snapshot.ts';
// For apps/server's routes of an evaluation's signed agreement (docs/adr/0025).
export {
  addAgreementFile,
  agreementFileToServe,
  checkAgreementUpload,
} from './routers/evaluations/setup-agreement-files.ts';
