import { z } from 'zod';
import { idField } from '@knutepunkt/domain';
import { adminProcedure, staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { listOutbox, resendOutboxMessage } from './service.ts';

const pageInput = z.object({ page: z.number({ error: 'validation.invalid' }).int().min(1).max(10_000).default(1) });
const messageInput = z.object({ id: idField });

/** Notifications in the admin app: coordinators see theirs, admins everyone's; admins send a failed one again. */
export const adminOutboxRouter = router({
  list: staffProcedure
    .input(pageInput)
    .query(({ ctx, input }) =>
      listOutbox(ctx.db, { page: input.page, ...(ctx.actor.isAdmin ? {} : { userId: ctx.user.id }) }),
    ),
  resend: adminProcedure
    .input(messageInput)
    .mutation(({ ctx, input }) => resendOutboxMessage(ctx.db, ctx.user.id, input.id)),
});
