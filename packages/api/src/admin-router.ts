import { router } from './trpc.ts';
import { adminAccountRouter } from './routers/account/admin.ts';
import { adminAuditRouter } from './routers/audit/admin.ts';
import { adminMembershipsRouter } from './routers/memberships/admin.ts';
import { adminNetworksRouter } from './routers/networks/admin.ts';
import { adminOrganisationsRouter } from './routers/organisations/admin.ts';
import { adminOutboxRouter } from './routers/outbox/admin.ts';
import { adminPasswordResetRouter } from './routers/password-reset/admin.ts';
import { adminPeopleRouter } from './routers/people/admin.ts';
import { adminPracticeRouter } from './routers/practice/admin.ts';
import { adminMeetingsRouter } from './routers/meetings/admin.ts';
import { adminConferenceRouter } from './routers/conference/admin.ts';
import { adminEvaluationsRouter } from './routers/evaluations/admin.ts';

/** Everything the admin listener answers: for coordinators and admins. */
export const adminRouter = router({
  account: adminAccountRouter,
  organisations: adminOrganisationsRouter,
  networks: adminNetworksRouter,
  memberships: adminMembershipsRouter,
  people: adminPeopleRouter,
  audit: adminAuditRouter,
  practice: adminPracticeRouter,
  meetings: adminMeetingsRouter,
  evaluations: adminEvaluationsRouter,
  conference: adminConferenceRouter,
  outbox: adminOutboxRouter,
  passwordReset: adminPasswordResetRouter,
});
export type AdminRouter = typeof adminRouter;
