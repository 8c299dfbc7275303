import {
  meetingListInput,
  meetingRegisterInput,
  meetingRegistrationDetails,
  meetingSlugInput,
} from '@knutepunkt/domain';
import { memberProcedure, publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { webContributionsRouter } from './contributions-routers.ts';
import { webEvaluationRouter } from './evaluation-router.ts';
import { meetingProcedure } from './procedures.ts';
import { listMeetings, meetingBySlug, myRegistrations } from './queries.ts';
import { cancelRegistration, register } from './registration.ts';
import { webActionPointsRouter, webMinutesRouter } from './minutes-router.ts';
import { myRegistrationDetails, updateRegistrationDetails } from './details.ts';
import { calendarFeedStatus, removeCalendarFeed, renewCalendarFeed } from './personal-feed.ts';

/** Network meetings in the web app: finding them, registering, completing and cancelling, one's own calendar feed. */
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
  contributions: webContributionsRouter,
  // Attendance, needs and list consent of one's own seat: after a promotion, or changed before the start.
  myRegistrationDetails: meetingProcedure('attend').query(({ ctx }) =>
    myRegistrationDetails(ctx.db, ctx.user.id, ctx.meeting.id),
  ),
  updateRegistration: meetingProcedure('attend')
    .input(meetingRegistrationDetails)
    .mutation(({ ctx, input }) => updateRegistrationDetails(ctx.db, ctx.user.id, ctx.meeting, input)),

  // One's own calendar feed (docs/adr/0019): whether it exists; make or renew it (its address shown once); remove it.
  myCalendarFeed: memberProcedure.query(({ ctx }) => calendarFeedStatus(ctx.db, ctx.user.id)),
  renewMyCalendarFeed: memberProcedure.mutation(({ ctx }) => renewCalendarFeed(ctx.db, ctx.user.id, ctx.urls)),
  removeMyCalendarFeed: memberProcedure.mutation(({ ctx }) => removeCalendarFeed(ctx.db, ctx.user.id)),
  evaluation: webEvaluationRouter,
});
