import {
  adminMeetingListInput,
  agendaInput,
  meetingCreateInput,
  meetingUpdateInput,
  moveRegistrationInput,
} from '@knutepunkt/domain';
import { networkCoordinatorProcedure, staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { adminCheckInRouter } from './check-in-admin.ts';
import {
  changeMeetingStatus,
  createMeeting,
  meetingForStaff,
  meetingsForStaff,
  setAgenda,
  updateMeeting,
} from './planning.ts';
import { adminEvaluationRouter } from './evaluation-router.ts';
import { meetingProcedure, meetingRegistrationProcedure } from './procedures.ts';
import { registrationList } from './queries.ts';
import { moveRegistration } from './registration.ts';
import { adminActionPointsRouter, adminMinutesRouter } from './minutes-router.ts';

const manage = () => meetingProcedure('manage', staffProcedure);

/** Network meetings in the admin app: the network's coordinators (and admins) plan and run them. */
export const adminMeetingsRouter = router({
  list: staffProcedure
    .input(adminMeetingListInput)
    .query(({ ctx, input }) => meetingsForStaff(ctx.db, ctx.actor, input.networkId)),
  get: manage().query(({ ctx }) => meetingForStaff(ctx.db, ctx.meeting.id)),
  create: networkCoordinatorProcedure
    .input(meetingCreateInput)
    .mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.user.id, input)),
  update: manage()
    .input(meetingUpdateInput)
    .mutation(({ ctx, input }) => updateMeeting(ctx.db, ctx.user.id, ctx.meeting.id, input, ctx.urls)),
  setAgenda: manage()
    .input(agendaInput)
    .mutation(({ ctx, input }) => setAgenda(ctx.db, ctx.user.id, ctx.meeting.id, input)),
  publish: manage().mutation(({ ctx }) =>
    changeMeetingStatus(ctx.db, ctx.user.id, ctx.meeting.id, 'publish', ctx.urls),
  ),
  cancel: manage().mutation(({ ctx }) => changeMeetingStatus(ctx.db, ctx.user.id, ctx.meeting.id, 'cancel', ctx.urls)),
  markHeld: manage().mutation(({ ctx }) =>
    changeMeetingStatus(ctx.db, ctx.user.id, ctx.meeting.id, 'markHeld', ctx.urls),
  ),
  // The list with dietary, access and travel-support answers: every read is audited.
  registrations: manage().query(({ ctx }) => registrationList(ctx.db, ctx.user.id, ctx.meeting)),
  moveRegistration: meetingRegistrationProcedure(staffProcedure)
    .input(moveRegistrationInput)
    .mutation(({ ctx, input }) => moveRegistration(ctx.db, ctx.user.id, ctx.registration.id, input.to, ctx.urls)),
  // Minutes and action points (docs/adr/0020).
  minutes: adminMinutesRouter,
  actionPoints: adminActionPointsRouter,
  evaluation: adminEvaluationRouter,
  // The day of the meeting: check-in, the participant list, badges, attendance per organisation.
  checkIn: adminCheckInRouter,
});
