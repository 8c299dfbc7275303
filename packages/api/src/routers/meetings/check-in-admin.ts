import { badgesInput, checkInMarksInput } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { attendanceByOrganisation, badges, checkInList, participantList } from './check-in-lists.ts';
import { checkIn } from './check-in.ts';
import { meetingProcedure } from './procedures.ts';

const manage = () => meetingProcedure('manage', staffProcedure);

/**
 * The day of the meeting (docs/adr/0021), as `meetings.checkIn.*` in the admin
 * router: the meeting's coordinators and admins only.
 */
export const adminCheckInRouter = router({
  list: manage().query(({ ctx }) => checkInList(ctx.db, ctx.meeting)),
  // A batch of marks from one phone; the later mark wins by when it was made (idempotent).
  mark: manage()
    .input(checkInMarksInput)
    .mutation(({ ctx, input }) => checkIn(ctx.db, ctx.user.id, ctx.meeting, input.marks)),
  participants: manage().query(({ ctx }) => participantList(ctx.db, ctx.meeting)),
  // With needs markers, the read of the sensitive answers is audited.
  badges: manage()
    .input(badgesInput)
    .query(({ ctx, input }) => badges(ctx.db, ctx.user.id, ctx.meeting, input.withNeeds)),
  attendance: manage().query(({ ctx }) => attendanceByOrganisation(ctx.db, ctx.meeting)),
});
