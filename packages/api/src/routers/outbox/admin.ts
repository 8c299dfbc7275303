import { z } from 'zod';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { listOutbox } from './service.ts';

const pageInput = z.object({ page: z.number({ error: 'validation.invalid' }).int().min(1).max(10_000).default(1) });

/** Notifications in the admin app: coordinators see theirs, admins everyone's. */
export const adminOutboxRouter = router({
  list: staffProcedure
    .input(pageInput)
    .query(({ ctx, input }) =>
      listOutbox(ctx.db, { page: input.page, ...(ctx.actor.isAdmin ? {} : { userId: ctx.user.id }) }),
    ),
});
