import { placeSessionInput } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { editionProcedure } from './procedures.ts';
import { placeSession, programmeGrid, unscheduleSession } from './scheduling.ts';
import { sessionToPlaceProcedure } from './scheduling-procedures.ts';

/** The programme editor (docs/adr/0023), `conference.scheduling.*` in the admin app: the edition's coordinators and admins. */
export const adminSchedulingRouter = router({
  grid: editionProcedure(staffProcedure).query(({ ctx }) => programmeGrid(ctx.db, ctx.edition)),
  placeSession: sessionToPlaceProcedure(staffProcedure)
    .input(placeSessionInput)
    .mutation(({ ctx, input }) => placeSession(ctx.db, ctx.user.id, ctx.session, ctx.edition, input)),
  unscheduleSession: sessionToPlaceProcedure(staffProcedure).mutation(({ ctx }) =>
    unscheduleSession(ctx.db, ctx.user.id, ctx.session),
  ),
});
