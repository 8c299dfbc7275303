import {
  exampleIdInput,
  practiceFlagInput,
  practicePublishInput,
  practiceQueueInput,
  practiceReturnInput,
  versionIdInput,
} from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures.ts';
import { router } from '../../trpc.ts';
import { versionHistory } from './authoring.ts';
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
  forReview: staffProcedure
    .input(versionIdInput)
    .query(({ ctx, input }) => versionForReview(ctx.db, ctx.actor, input.versionId)),
  history: staffProcedure
    .input(exampleIdInput)
    .query(({ ctx, input }) => versionHistory(ctx.db, ctx.actor, input.exampleId)),
  return: staffProcedure
    .input(practiceReturnInput)
    .mutation(({ ctx, input }) => returnVersion(ctx.db, ctx.actor, input, ctx.urls)),
  publish: staffProcedure
    .input(practicePublishInput)
    .mutation(({ ctx, input }) => publishVersion(ctx.db, ctx.actor, input, ctx.urls)),
  setArchived: staffProcedure
    .input(practiceFlagInput)
    .mutation(({ ctx, input }) => setExampleFlag(ctx.db, ctx.actor, input, 'archived')),
  setFeatured: staffProcedure
    .input(practiceFlagInput)
    .mutation(({ ctx, input }) => setExampleFlag(ctx.db, ctx.actor, input, 'featured')),
  list: staffProcedure.query(({ ctx }) => examplesForStaff(ctx.db, ctx.actor)),
});
