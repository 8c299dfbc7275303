import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { editionsForStaff } from './editions.ts';
import { adminSchedulingRouter } from './scheduling-router.ts';
import { adminReleasesProcedures } from './releases-router.ts';
import { adminSignupProcedures } from './signups-router.ts';
import { editingRouter } from './editing-router.ts';
import { adminSessionsRouters } from './sessions-router.ts';

/** The conference programme in the admin app (docs/adr/0023): the owners' coordinators and admins build and publish it. */
export const adminConferenceRouter = router({
  editions: staffProcedure.query(({ ctx }) => editionsForStaff(ctx.db, ctx.actor)),
  scheduling: adminSchedulingRouter,
  ...adminReleasesProcedures,
  ...adminSignupProcedures,
  // An edition's settings, partners, rooms, tracks and session types (editing-router.ts).
  editing: editingRouter,
  ...adminSessionsRouters,
});
