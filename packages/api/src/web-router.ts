import { router } from './trpc.ts';
import { webAccountRouter } from './routers/account/web.ts';
import { webMembershipsRouter } from './routers/memberships/web.ts';
import { webNetworksRouter } from './routers/networks/web.ts';
import { webOrganisationsRouter } from './routers/organisations/web.ts';
import { webPasswordResetRouter } from './routers/password-reset/web.ts';
import { webPracticeRouter } from './routers/practice/web.ts';
import { webMeetingsRouter } from './routers/meetings/web.ts';
import { webConferenceRouter } from './routers/conference/web.ts';
import { webEvaluationsRouter } from './routers/evaluations/web.ts';
import { webNotificationsRouter } from './routers/notifications/web.ts';
import { webSignInMethodsRouter } from './routers/sign-in-methods/web.ts';

/** Everything the public web listener answers. Nothing of the admin router is reachable from here. */
export const webRouter = router({
  account: webAccountRouter,
  organisations: webOrganisationsRouter,
  networks: webNetworksRouter,
  memberships: webMembershipsRouter,
  practice: webPracticeRouter,
  meetings: webMeetingsRouter,
  evaluations: webEvaluationsRouter,
  conference: webConferenceRouter,
  notifications: webNotificationsRouter,
  passwordReset: webPasswordResetRouter,
  signInMethods: webSignInMethodsRouter,
});
export type WebRouter = typeof webRouter;
