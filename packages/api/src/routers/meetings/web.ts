import { meetingListInput, meetingRegisterInput, meetingSlugInput } from '@knutepunkt/domain';
import { memberProcedure, publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { webEvaluationRouter } from './evaluation-router.ts';
import { meetingProcedure } from './procedures.ts';
import { listMeetings, meetingBySlug, myRegistrations } from './queries.ts';
import { cancelRegistration, register } from './registration.ts';
import { webActionPointsRouter, webMinutesRouter } from './minutes-router.ts';

/** Network meetings in the web app: finding them, registering, cancelling. */
export const webMeetingsRouter = router({
  list: publicProcedure.input(meetingListInput).query(({ ctx, input }) => listMeetings(ctx.db, input)),
  bySlug: publicProcedure
    .input(meetingSlugInput)
    .query(({ ctx, input }) => meetingBySlug(ctx.db, input.slug, ctx.user?.id ?? null)),

  register: meetingProcedure('attend')
    .input(meetingRegisterInput)
    .mutation(({ ctx, input }) => register(ctx.db, ctx.actor, ctx.meeting, input, ctx.urls)),
  cancelRegistration: meetingProcedure('attend').mutation(({ ctx }) =>
    cancelRegistration(ctx.db, ctx.user.id, ctx.meeting, ctx.urls),
  ),
  myRegistrations: memberProcedure.query(({ ctx }) => myRegistrations(ctx.db, ctx.user.id)),
  // Minutes and action points (docs/adr/0020).
  minutes: webMinutesRouter,
  actionPoints: webActionPointsRouter,
  evaluation: webEvaluationRouter,
});
