import { practiceFlagInput, practicePublishInput, practiceQueueInput, practiceReturnInput } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { versionHistory } from './authoring.ts';
import { practiceExampleProcedure, practiceVersionProcedure } from './procedures.ts';
import {
  examplesForStaff,
  publishVersion,
  returnVersion,
  reviewQueue,
  setExampleFlag,
  versionForReview,
} from './review.ts';

/** The practice bank in the admin app: the review queue, publishing, archiving and featuring. */
export const adminPracticeRouter = router({
  queue: staffProcedure
    .input(practiceQueueInput)
    .query(({ ctx, input }) => reviewQueue(ctx.db, ctx.actor, input.networkId)),
  list: staffProcedure.query(({ ctx }) => examplesForStaff(ctx.db, ctx.actor)),

  forReview: practiceVersionProcedure('read', staffProcedure).query(({ ctx }) => versionForReview(ctx.db, ctx)),
  history: practiceExampleProcedure('readHistory', staffProcedure).query(({ ctx }) =>
    versionHistory(ctx.db, ctx.actor, ctx.scope),
  ),
  return: practiceVersionProcedure('return', staffProcedure)
    .input(practiceReturnInput)
    .mutation(({ ctx, input }) => returnVersion(ctx.db, ctx.user.id, ctx, input.comment, ctx.urls)),
  publish: practiceVersionProcedure('publish', staffProcedure)
    .input(practicePublishInput)
    .mutation(({ ctx, input }) => publishVersion(ctx.db, ctx.user.id, ctx, input.comment, ctx.urls)),
  setArchived: practiceExampleProcedure('curate', staffProcedure)
    .input(practiceFlagInput)
    .mutation(({ ctx, input }) => setExampleFlag(ctx.db, ctx.user.id, input, 'archived')),
  setFeatured: practiceExampleProcedure('curate', staffProcedure)
    .input(practiceFlagInput)
    .mutation(({ ctx, input }) => setExampleFlag(ctx.db, ctx.user.id, input, 'featured')),
});
