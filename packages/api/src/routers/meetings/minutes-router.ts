import {
  actionPointInput,
  actionPointStatusInput,
  minutesPublishInput,
  minutesSaveInput,
  minutesSlugInput,
} from '@knutepunkt/domain';
import { publicProcedure, staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { createActionPoint, deleteActionPoint, updateActionPoint, updateActionPointStatus } from './action-points.ts';
import { deleteMinutesAttachment } from './minutes-attachments.ts';
import { actionPointProcedure, minutesAttachmentProcedure } from './minutes-procedures.ts';
import { minutesBySlug, minutesForStaff, publishMinutes, saveMinutes } from './minutes.ts';
import { meetingProcedure } from './procedures.ts';
import { sinceLast } from './since-last.ts';

/**
 * Minutes and action points (docs/adr/0020), nested into the meetings routers
 * as `meetings.minutes.*` and `meetings.actionPoints.*`. Attachments are
 * uploaded over plain HTTP (apps/server/src/files/minutes-routes.ts).
 */

const manage = () => meetingProcedure('manage', staffProcedure);

export const adminMinutesRouter = router({
  get: manage().query(({ ctx }) => minutesForStaff(ctx.db, ctx.meeting)),
  save: manage()
    .input(minutesSaveInput)
    .mutation(({ ctx, input }) => saveMinutes(ctx.db, ctx.user.id, ctx.meeting, input)),
  publish: manage()
    .input(minutesPublishInput)
    .mutation(({ ctx, input }) => publishMinutes(ctx.db, ctx.user.id, ctx.meeting, input.visibility, ctx.urls)),
  deleteAttachment: minutesAttachmentProcedure(staffProcedure).mutation(({ ctx }) =>
    deleteMinutesAttachment(ctx.db, ctx.user.id, ctx.files ?? null, ctx.attachment),
  ),
});

export const adminActionPointsRouter = router({
  create: manage()
    .input(actionPointInput)
    .mutation(({ ctx, input }) => createActionPoint(ctx.db, ctx.user.id, ctx.meeting, input, ctx.urls)),
  update: actionPointProcedure('manage', staffProcedure)
    .input(actionPointInput)
    .mutation(({ ctx, input }) => updateActionPoint(ctx.db, ctx.user.id, ctx.point.id, ctx.networkId, input)),
  delete: actionPointProcedure('manage', staffProcedure).mutation(({ ctx }) =>
    deleteActionPoint(ctx.db, ctx.user.id, ctx.point.id),
  ),
});

export const webMinutesRouter = router({
  /** The minutes for whoever may read them, else null. */
  bySlug: publicProcedure
    .input(minutesSlugInput)
    .query(({ ctx, input }) => minutesBySlug(ctx.db, input.slug, ctx.actor)),
  /** The network's open action points from earlier meetings. */
  sinceLast: publicProcedure
    .input(minutesSlugInput)
    .query(({ ctx, input }) => sinceLast(ctx.db, input.slug, ctx.actor)),
});

export const webActionPointsRouter = router({
  updateStatus: actionPointProcedure('update')
    .input(actionPointStatusInput)
    .mutation(({ ctx, input }) => updateActionPointStatus(ctx.db, ctx.user.id, ctx.point, input)),
});
